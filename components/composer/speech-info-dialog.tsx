"use client";
// 讲话信息: the meeting, speaker, kind and day of the speech (the title is the speech's first line). The speaker
// and meeting decide the reuse warnings, so the composer reopens with the new ones after a change. The speaker is
// also the line under the title: a new one is written there and saved with the text first, so that the text's
// save (which takes the line as the speaker) and this form never disagree.
import { MeetingOptionList, SpeechKindOptionList } from "@/components/speeches/option-lists";
import { useState, type FormEvent } from "react";
import { api } from "@/components/ui/api-client";
import { cleanTag } from "@/lib/blocks/plain-text";
import { ErrorText, Field, FormActions, Select, TextInput } from "@/components/ui/form-controls";
import { ModalForm } from "@/components/ui/modal-form";
import { MAX_SPEAKER } from "@/lib/speeches/limits";
import type { MeetingRef, SpeechDetail } from "@/lib/speeches/types";

export function SpeechInfoDialog(p: {
  speech: SpeechDetail;
  meetings: MeetingRef[];
  /** Saves the text first: nothing typed may be lost when the composer reopens. */
  beforeSave: () => Promise<boolean>;
  /** Writes the new speaker into the line under the title and saves the text; false when that save failed. */
  onSpeaker: (speaker: string | null) => Promise<boolean>;
  onSaved: () => void;
  onClose: () => void;
}) {
  const [meetingId, setMeetingId] = useState(p.speech.meeting?.id ?? "");
  const [speaker, setSpeaker] = useState(p.speech.speaker ?? "");
  const [kind, setKind] = useState(p.speech.kind ?? "");
  const [date, setDate] = useState(p.speech.date ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (!(await p.beforeSave())) throw new Error("正文还没有保存成功，请先处理保存问题再修改讲话信息。");
      const next = cleanTag(speaker) || null;
      if (next !== p.speech.speaker && !(await p.onSpeaker(next)))
        throw new Error("讲话人没能写进标题下的一行并保存，请先处理保存问题再修改讲话信息。");
      await api(`/api/speeches/${p.speech.id}`, {
        method: "PATCH",
        body: { meetingId: meetingId || null, speaker: next, kind: kind || null, date: date || null },
      });
      p.onSaved();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <ModalForm title="讲话信息" onSubmit={submit} onClose={p.onClose}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="会议">
          <Select value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
            <option value="">（不关联会议）</option>
            <MeetingOptionList meetings={p.meetings} />
          </Select>
        </Field>
        <Field label="讲话人" hint="职务和姓名，如：县长 张三；重复使用提醒按讲话人计算">
          <TextInput value={speaker} maxLength={MAX_SPEAKER} onChange={(e) => setSpeaker(e.target.value)} />
        </Field>
        <Field label="讲话类型">
          <Select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">（未指定）</option>
            <SpeechKindOptionList />
          </Select>
        </Field>
        <Field label="讲话日期">
          <TextInput type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
      </div>
      <ErrorText>{error}</ErrorText>
      <FormActions onCancel={p.onClose} submitLabel="保存" busyLabel="保存中…" busy={busy} />
    </ModalForm>
  );
}
