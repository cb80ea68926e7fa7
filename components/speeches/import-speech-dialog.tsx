"use client";
// 导入讲话稿: upload a finished speech (.docx or .txt); the server recognises title, speaker, date, headings and
// paragraphs and makes a draft, optionally also putting the file into the 素材库. Opens the draft afterwards, or
// first says what the clerk should know (a file of several speeches, a corpus import that did not happen).
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { uploadFile } from "@/components/corpus/upload-file";
import { Button, ErrorText, Field, FormActions, Select } from "@/components/ui/form-controls";
import { ModalForm } from "@/components/ui/modal-form";
import type { ImportSpeechResult } from "@/lib/speech-import/import-speech";
import { IMPORT_ACCEPT, IMPORT_FIELDS, isImportableName } from "@/lib/speech-import/formats";
import { IMPORT_MSG } from "@/lib/speech-import/messages";
import type { MeetingRef } from "@/lib/speeches/types";
import { MeetingOptionList } from "./option-lists";

/** What the clerk should know before opening the draft; empty when there is nothing to say. */
function notices(r: ImportSpeechResult): string[] {
  const out: string[] = [];
  if (r.speechCount > 1) {
    out.push(
      `该文件包含 ${r.speechCount} 篇讲话，已导入第 ${r.order} 篇《${r.speech.title}》。其余各篇可在素材库中查看，或另存为单独的文件后再导入。`,
    );
  }
  if (r.corpus?.status === "duplicate") {
    out.push(
      `素材库中已有这份文件${r.corpus.duplicateOf ? `（${r.corpus.duplicateOf.fileName}）` : ""}，没有重复导入。`,
    );
  } else if (r.corpus?.status === "failed") {
    out.push(`讲话稿已导入，但导入素材库没有成功：${r.corpus.error ?? "请稍后在素材库页面重新上传。"}`);
  }
  return out;
}

export function ImportSpeechDialog({
  meetings,
  canImportCorpus,
  maxFileMb,
  onClose,
}: {
  meetings: MeetingRef[];
  /** Whether the user may also put the file into the corpus (素材库). */
  canImportCorpus: boolean;
  maxFileMb: number;
  onClose: () => void;
}) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [meetingId, setMeetingId] = useState("");
  const [alsoCorpus, setAlsoCorpus] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; notices: string[] } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setError(IMPORT_MSG.noFile);
    if (!isImportableName(file.name)) return setError(IMPORT_MSG.unsupported);
    if (file.size > maxFileMb * 1024 * 1024) return setError(`文件超过 ${maxFileMb} MB 的上限，请拆分后再上传。`);
    setError(null);
    setProgress(0);
    const fields: Record<string, string> = { [IMPORT_FIELDS.alsoCorpus]: String(canImportCorpus && alsoCorpus) };
    if (meetingId) fields[IMPORT_FIELDS.meetingId] = meetingId;
    const outcome = await uploadFile<ImportSpeechResult>("/api/speeches/import", file, setProgress, fields);
    if (!outcome.ok) {
      setError(outcome.message);
      setProgress(null);
      return;
    }
    const said = notices(outcome.data);
    if (said.length) setDone({ id: outcome.data.speech.id, notices: said });
    else router.push(`/speeches/${outcome.data.speech.id}`);
  }

  if (done) {
    const open = (e: FormEvent) => {
      e.preventDefault();
      router.push(`/speeches/${done.id}`);
    };
    return (
      <ModalForm title="导入讲话稿" onSubmit={open} onClose={onClose}>
        <div
          role="status"
          className="space-y-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {done.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
        <div className="flex justify-end">
          <Button type="submit" autoFocus>
            打开讲话稿
          </Button>
        </div>
      </ModalForm>
    );
  }

  const busy = progress !== null;
  return (
    <ModalForm title="导入讲话稿" onSubmit={submit} onClose={onClose}>
      <p className="text-sm leading-6 text-stone-600">
        导入已经写好的讲话稿，自动识别标题、讲话人、日期、各级标题和段落，生成一篇新的草稿继续修改。标题编号由系统重新生成。
      </p>
      <Field
        label="讲话稿文件"
        hint={`支持 Word 文档（.docx）和纯文本（.txt，UTF-8 或 GBK 编码），不超过 ${maxFileMb} MB。`}
      >
        <input
          type="file"
          name="file"
          accept={IMPORT_ACCEPT}
          required
          data-testid="speech-import-file"
          className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-stone-800 hover:file:bg-stone-100"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setError(null);
          }}
        />
      </Field>
      <Field label="会议">
        <Select name="meetingId" value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
          <option value="">不关联会议</option>
          <MeetingOptionList meetings={meetings} />
        </Select>
      </Field>
      {canImportCorpus ? (
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="alsoCorpus"
            className="mt-1"
            checked={alsoCorpus}
            onChange={(e) => setAlsoCorpus(e.target.checked)}
          />
          <span>
            <span className="block font-medium">同时导入素材库</span>
            <span className="block text-xs text-stone-500">把这篇讲话按段落拆成素材，以后写作时可以检索和引用。</span>
          </span>
        </label>
      ) : null}
      <ErrorText>{error}</ErrorText>
      <FormActions
        onCancel={onClose}
        submitLabel="导入并开始修改"
        busyLabel={progress !== null && progress < 1 ? `上传中 ${Math.round(progress * 100)}%…` : "识别中…"}
        busy={busy}
      />
    </ModalForm>
  );
}

export function ImportSpeechButton(props: { meetings: MeetingRef[]; canImportCorpus: boolean; maxFileMb: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        导入讲话稿
      </Button>
      {open ? <ImportSpeechDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
