"use client";
// The version page's list: name a version of the stored text, pick two texts to compare (the URL carries them, so
// the comparison is rendered by the server), restore a version as the current text after a confirmation.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/speeches/confirm-dialog";
import { ApiError, api } from "@/components/ui/api-client";
import { Button, ErrorText, Select, TextInput } from "@/components/ui/form-controls";
import { formatDateTime } from "@/components/ui/format-date";
import { SPEECH_STATUS_LABELS, type SpeechStatus } from "@/lib/speeches/types";
import { VERSION_KIND_LABELS, type SpeechVersionItem } from "@/lib/speeches/versions/types";
import { MAX_VERSION_NAME, MAX_VERSION_NOTE } from "@/lib/speeches/versions/limits";

type Props = {
  speechId: string;
  speechVersion: number;
  status: SpeechStatus;
  canEdit: boolean;
  versions: SpeechVersionItem[];
  from: string | null;
  to: string;
};

const versionLabel = (v: SpeechVersionItem) =>
  `${v.name ?? VERSION_KIND_LABELS[v.kind]}（${formatDateTime(v.createdAt)}）`;

export function VersionsView(p: Props) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState(p.from ?? p.versions[0]?.id ?? "current");
  const [to, setTo] = useState(p.to);
  const [restoring, setRestoring] = useState<SpeechVersionItem | null>(null);
  const compareHref = (a: string, b: string) => `/speeches/${p.speechId}/versions?from=${a}&to=${b}`;

  async function saveVersion(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api(`/api/speeches/${p.speechId}/versions`, { body: { name, note } });
      setName("");
      setNote("");
      router.refresh();
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  }

  async function restore(v: SpeechVersionItem) {
    await api(`/api/speeches/${p.speechId}/versions/${v.id}/restore`, { body: { baseVersion: p.speechVersion } });
    setRestoring(null);
    router.push(compareHref(v.id, "current"));
    router.refresh();
  }

  const options = [
    { id: "current", label: "当前文本" },
    ...p.versions.map((v) => ({ id: v.id, label: versionLabel(v) })),
  ];
  return (
    <div className="space-y-4">
      {p.canEdit ? (
        <form onSubmit={saveVersion} className="flex flex-wrap items-end gap-2" aria-label="保存版本">
          <label className="block">
            <span className="mb-1 block text-sm font-medium text-stone-700">版本名称</span>
            <TextInput
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="第一稿、送审稿…"
              maxLength={MAX_VERSION_NAME}
            />
          </label>
          <label className="block min-w-64 flex-1">
            <span className="mb-1 block text-sm font-medium text-stone-700">说明（可不填）</span>
            <TextInput value={note} onChange={(e) => setNote(e.target.value)} maxLength={MAX_VERSION_NOTE} />
          </label>
          <Button type="submit" disabled={busy || !name.trim()}>
            {busy ? "正在保存…" : "保存为版本"}
          </Button>
        </form>
      ) : null}
      <ErrorText>{error}</ErrorText>

      <div className="flex flex-wrap items-end gap-2">
        <label className="block">
          <span className="mb-1 block text-sm font-medium text-stone-700">旧文本</span>
          <Select value={from} onChange={(e) => setFrom(e.target.value)} aria-label="对照的旧文本">
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        </label>
        <label className="block">
          <span className="mb-1 block text-sm font-medium text-stone-700">新文本</span>
          <Select value={to} onChange={(e) => setTo(e.target.value)} aria-label="对照的新文本">
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        </label>
        <Button variant="secondary" onClick={() => router.push(compareHref(from, to))}>
          对照
        </Button>
      </div>

      <table className="w-full text-left text-sm" aria-label="版本列表">
        <thead className="border-b border-stone-200 text-stone-500">
          <tr>
            <th className="py-2 font-normal">时间</th>
            <th className="font-normal">版本</th>
            <th className="font-normal">保存人</th>
            <th className="font-normal">字数</th>
            <th className="font-normal">当时状态</th>
            <th className="font-normal">操作</th>
          </tr>
        </thead>
        <tbody>
          {p.versions.map((v) => (
            <tr key={v.id} data-testid="version-row" className="border-b border-stone-100">
              <td className="py-2 whitespace-nowrap">{formatDateTime(v.createdAt)}</td>
              <td>
                <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs">{VERSION_KIND_LABELS[v.kind]}</span>
                <span data-testid="version-name">{v.name}</span>
                {v.note ? <span className="ml-2 text-stone-500">{v.note}</span> : null}
              </td>
              <td>{v.createdBy?.displayName ?? "—"}</td>
              <td>{v.charCount.toLocaleString("zh-CN")}</td>
              <td>{SPEECH_STATUS_LABELS[v.status]}</td>
              <td className="space-x-2 whitespace-nowrap">
                <Link className="text-brand-700 underline" href={compareHref(v.id, "current")}>
                  与当前文本对照
                </Link>
                {p.canEdit && p.status !== "FINAL" ? (
                  <button type="button" className="text-brand-700 underline" onClick={() => setRestoring(v)}>
                    恢复此版本
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!p.versions.length ? (
        <p className="text-sm text-stone-500">还没有版本。保存一个命名版本，或继续编辑（每天首次保存时会自动留存）。</p>
      ) : null}

      {restoring ? (
        <ConfirmDialog
          title="恢复此版本"
          confirmLabel="恢复"
          busyLabel="正在恢复…"
          onConfirm={() => restore(restoring)}
          onClose={() => setRestoring(null)}
        >
          用“{restoring.name ?? VERSION_KIND_LABELS[restoring.kind]}
          ”替换当前文本。当前文本会先自动保存为一个版本，随时可以找回。
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
