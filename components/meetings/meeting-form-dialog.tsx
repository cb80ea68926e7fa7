"use client";
// 登记会议 / 编辑会议: title, date, type (the usual ones offered, any other typed), level, audience, place.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api } from "@/components/ui/api-client";
import { ErrorText, Field, FormActions, Select, TextInput } from "@/components/ui/form-controls";
import { ModalForm } from "@/components/ui/modal-form";
import {
  MAX_AUDIENCE,
  MAX_LOCATION,
  MAX_MEETING_TITLE,
  MAX_SHORT_FIELD,
  MEETING_LEVELS,
  MEETING_TYPES,
} from "@/lib/meetings/constants";
import type { MeetingRow } from "@/lib/meetings/types";

type Draft = { title: string; date: string; type: string; level: string; audience: string; location: string };

const fromMeeting = (m: MeetingRow | null): Draft => ({
  title: m?.title ?? "",
  date: m?.date?.slice(0, 10) ?? "",
  type: m?.type ?? "",
  level: m?.level ?? "",
  audience: m?.audience ?? "",
  location: m?.location ?? "",
});

const orNull = (s: string) => s.trim() || null;

export function MeetingFormDialog({
  meeting,
  onClose,
  onSaved,
}: {
  /** The meeting to edit; null registers a new one. */
  meeting: MeetingRow | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState(() => fromMeeting(meeting));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.title.trim()) return setError("请填写会议名称。");
    setBusy(true);
    setError(null);
    const body = {
      title: draft.title.trim(),
      date: orNull(draft.date),
      type: orNull(draft.type),
      level: orNull(draft.level),
      audience: orNull(draft.audience),
      location: orNull(draft.location),
    };
    try {
      const res = meeting
        ? await api<{ meeting: { id: string } }>(`/api/meetings/${meeting.id}`, { method: "PATCH", body })
        : await api<{ meeting: { id: string } }>("/api/meetings", { body });
      router.refresh();
      onSaved?.(res.meeting.id);
      onClose();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <ModalForm title={meeting ? "编辑会议" : "登记会议"} onSubmit={submit} onClose={onClose}>
      <Field label="会议名称">
        <TextInput
          name="title"
          value={draft.title}
          maxLength={MAX_MEETING_TITLE}
          required
          autoFocus
          placeholder="如：2025年第一季度全县安全生产工作会议"
          onChange={set("title")}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="日期">
          <TextInput name="date" type="date" value={draft.date} onChange={set("date")} />
        </Field>
        <Field label="会议类型" hint="可从列表中选择，也可直接填写。">
          <TextInput
            name="type"
            list="meeting-types"
            value={draft.type}
            maxLength={MAX_SHORT_FIELD}
            onChange={set("type")}
          />
          <datalist id="meeting-types">
            {MEETING_TYPES.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </Field>
        <Field label="级别">
          <Select name="level" value={draft.level} onChange={set("level")}>
            <option value="">未填写</option>
            {MEETING_LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
            {draft.level && !(MEETING_LEVELS as readonly string[]).includes(draft.level) ? (
              <option value={draft.level}>{draft.level}</option>
            ) : null}
          </Select>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="参会范围">
          <TextInput
            name="audience"
            value={draft.audience}
            maxLength={MAX_AUDIENCE}
            placeholder="如：各乡镇、县直各部门主要负责人"
            onChange={set("audience")}
          />
        </Field>
        <Field label="地点">
          <TextInput name="location" value={draft.location} maxLength={MAX_LOCATION} onChange={set("location")} />
        </Field>
      </div>
      <ErrorText>{error}</ErrorText>
      <FormActions onCancel={onClose} submitLabel={meeting ? "保存修改" : "登记会议"} busyLabel="保存中…" busy={busy} />
    </ModalForm>
  );
}
