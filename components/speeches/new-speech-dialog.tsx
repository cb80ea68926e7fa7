"use client";
// 新建讲话稿: title, meeting, speaker, kind, day, and how to start: blank, an outline template (三点意见 …), one of
// the clerk's saved templates, a common structure mined from the corpus, the outline of a corpus speech or of an
// earlier speech, or a copy of an earlier speech. Opens the editor after.
import { MeetingOptionList, SpeechKindOptionList } from "@/components/speeches/option-lists";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api } from "@/components/ui/api-client";
import { Button, ErrorText, Field, FormActions, Select, TextInput } from "@/components/ui/form-controls";
import { ModalForm } from "@/components/ui/modal-form";
import { SPEECH_KINDS } from "@/lib/meetings/constants";
import { MAX_SPEAKER, MAX_SPEECH_TITLE } from "@/lib/speeches/limits";
import type { SpeechSource } from "@/lib/speeches/schemas";
import { OUTLINE_TEMPLATES, type OutlineTemplateKey } from "@/lib/speeches/templates";
import type { MeetingRef } from "@/lib/speeches/types";
import { MinedTemplatePicker } from "./mined-template-picker";
import { OutlineSourcePicker, type PickedSource } from "./outline-source-picker";
import { SavedTemplatePicker } from "./saved-template-picker";

type StartMode = "empty" | "template" | "saved-template" | "mined" | "corpus" | "speech-outline" | "speech-copy";

const START_MODES: { key: StartMode; label: string }[] = [
  { key: "empty", label: "空白" },
  { key: "template", label: "提纲模板" },
  { key: "saved-template", label: "我的模板" },
  { key: "mined", label: "语料中的常见结构" },
  { key: "corpus", label: "语料中某篇讲话的提纲" },
  { key: "speech-outline", label: "以前某篇讲话稿的提纲" },
  { key: "speech-copy", label: "复制以前的讲话稿" },
];

/** The title a clerk would write for the main speech at this meeting. */
const titleFor = (m: MeetingRef) => `在${m.title}上的讲话`;

export function NewSpeechDialog({
  meetings,
  meetingId: presetMeetingId = "",
  onClose,
}: {
  meetings: MeetingRef[];
  /** The meeting the speech is for, when created from a meeting's page. */
  meetingId?: string;
  onClose: () => void;
}) {
  const router = useRouter();
  const preset = meetings.find((m) => m.id === presetMeetingId);
  const [title, setTitle] = useState(preset ? titleFor(preset) : "");
  // The title follows the chosen meeting until the user writes one of their own.
  const [titleTouched, setTitleTouched] = useState(false);
  const [meetingId, setMeetingId] = useState(preset?.id ?? "");
  const [speaker, setSpeaker] = useState("");
  const [kind, setKind] = useState<string>(SPEECH_KINDS[0]);
  const [date, setDate] = useState(preset?.date ?? "");
  const [mode, setMode] = useState<StartMode>("empty");
  const [template, setTemplate] = useState<OutlineTemplateKey>(OUTLINE_TEMPLATES[0].key);
  const [savedTemplate, setSavedTemplate] = useState<string | null>(null);
  const [minedShape, setMinedShape] = useState<string | null>(null);
  const [corpusSource, setCorpusSource] = useState<PickedSource | null>(null);
  const [speechSource, setSpeechSource] = useState<PickedSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function chooseMeeting(id: string) {
    const previous = meetings.find((m) => m.id === meetingId);
    const next = meetings.find((m) => m.id === id);
    setMeetingId(id);
    if (!titleTouched || (previous && title === titleFor(previous))) setTitle(next ? titleFor(next) : "");
    if (next?.date && (!date || date === previous?.date)) setDate(next.date);
  }

  function source(): SpeechSource | string {
    switch (mode) {
      case "empty":
        return { kind: "empty" };
      case "template":
        return { kind: "template", template };
      case "saved-template":
        return savedTemplate ? { kind: "saved-template", templateId: savedTemplate } : "请选择一个我的模板。";
      case "mined":
        return minedShape ? { kind: "mined", shapeKey: minedShape } : "请选择一种语料中的常见结构。";
      case "corpus":
        return corpusSource ? { kind: "corpus", corpusSpeechId: corpusSource.id } : "请选择一篇语料中的讲话。";
      case "speech-outline":
      case "speech-copy":
        return speechSource
          ? { kind: "speech", speechId: speechSource.id, copy: mode === "speech-copy" }
          : "请选择一篇以前的讲话稿。";
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setError("请填写讲话稿标题。");
    const from = source();
    if (typeof from === "string") return setError(from);
    setBusy(true);
    setError(null);
    try {
      const res = await api<{ speech: { id: string } }>("/api/speeches", {
        body: {
          title: title.trim(),
          meetingId: meetingId || null,
          speaker: speaker.trim() || null,
          kind: kind || null,
          date: date || null,
          from,
        },
      });
      router.push(`/speeches/${res.speech.id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  const chosenTemplate = OUTLINE_TEMPLATES.find((t) => t.key === template)!;

  return (
    <ModalForm title="新建讲话稿" onSubmit={submit} onClose={onClose}>
      {/* The dialog does not scroll as a whole: the fields do, so that the buttons stay in view on a small screen. */}
      <div className="-mx-1 max-h-[calc(100vh-16rem)] space-y-4 overflow-y-auto px-1 pb-1">
        <Field label="标题">
          <TextInput
            name="title"
            value={title}
            maxLength={MAX_SPEECH_TITLE}
            required
            autoFocus
            placeholder="如：在全县安全生产工作会议上的讲话"
            onChange={(e) => {
              setTitle(e.target.value);
              setTitleTouched(true);
            }}
          />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="会议">
            <Select name="meetingId" value={meetingId} onChange={(e) => chooseMeeting(e.target.value)}>
              <option value="">不关联会议</option>
              <MeetingOptionList meetings={meetings} />
            </Select>
          </Field>
          <Field label="讲话人" hint="职务和姓名，如：县长 张三">
            <TextInput
              name="speaker"
              value={speaker}
              maxLength={MAX_SPEAKER}
              onChange={(e) => setSpeaker(e.target.value)}
            />
          </Field>
          <Field label="讲话类型">
            <Select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <SpeechKindOptionList />
            </Select>
          </Field>
          <Field label="讲话日期">
            <TextInput name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </Field>
        </div>

        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-medium text-stone-700">从哪里开始</legend>
          <div className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
            {START_MODES.map((m) => (
              <label key={m.key} className="flex items-center gap-1.5 text-sm">
                <input
                  type="radio"
                  name="start"
                  value={m.key}
                  checked={mode === m.key}
                  onChange={() => {
                    // A copy may start from a speech without headings; its outline may not.
                    if (m.key === "speech-outline") setSpeechSource(null);
                    setMode(m.key);
                  }}
                />
                {m.label}
              </label>
            ))}
          </div>
          {mode === "template" ? (
            <div className="grid gap-3 rounded-lg border border-stone-200 bg-stone-50 p-3 sm:grid-cols-[200px_1fr]">
              <div role="radiogroup" aria-label="提纲模板" className="space-y-1">
                {OUTLINE_TEMPLATES.map((t) => (
                  <label key={t.key} className="flex items-start gap-2 text-sm">
                    <input
                      type="radio"
                      name="template"
                      className="mt-1"
                      checked={template === t.key}
                      onChange={() => setTemplate(t.key)}
                    />
                    <span>
                      <span className="block font-medium">{t.label}</span>
                      <span className="block text-xs text-stone-500">{t.description}</span>
                    </span>
                  </label>
                ))}
              </div>
              <ol aria-label="模板提纲" className="space-y-0.5 text-sm text-stone-700" data-testid="template-preview">
                {chosenTemplate.headings.map((h, i) => (
                  <li key={i} className={h.level === 2 ? "pl-5 text-stone-600" : "font-medium"}>
                    {h.text}
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          {mode === "saved-template" ? <SavedTemplatePicker value={savedTemplate} onChange={setSavedTemplate} /> : null}
          {mode === "mined" ? <MinedTemplatePicker value={minedShape} onChange={setMinedShape} /> : null}
          {mode === "corpus" ? (
            <OutlineSourcePicker kind="corpus" needsOutline value={corpusSource} onChange={setCorpusSource} />
          ) : null}
          {mode === "speech-outline" || mode === "speech-copy" ? (
            <OutlineSourcePicker
              kind="speech"
              needsOutline={mode === "speech-outline"}
              value={speechSource}
              onChange={setSpeechSource}
            />
          ) : null}
        </fieldset>
      </div>

      <ErrorText>{error}</ErrorText>
      <FormActions onCancel={onClose} submitLabel="创建并开始写作" busyLabel="创建中…" busy={busy} />
    </ModalForm>
  );
}

export function NewSpeechButton({ meetings, meetingId }: { meetings: MeetingRef[]; meetingId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>新建讲话稿</Button>
      {open ? <NewSpeechDialog meetings={meetings} meetingId={meetingId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
