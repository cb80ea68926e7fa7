"use client";
// Speeches as a table (the 讲话稿 list and a meeting's page): status, title linking to the editor, kind, meeting,
// speaker, last editor and time, length. Editors may reopen a 定稿 speech and delete the others (asked first).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api-client";
import { Button, ErrorText } from "@/components/ui/form-controls";
import { formatDateTime } from "@/components/ui/format-date";
import type { SpeechListItem } from "@/lib/speeches/types";
import { ConfirmDialog } from "./confirm-dialog";
import { StatusBadge } from "./status-badge";

export function SpeechTable({
  speeches,
  canEdit,
  showMeeting = true,
}: {
  speeches: SpeechListItem[];
  canEdit: boolean;
  showMeeting?: boolean;
}) {
  const router = useRouter();
  const [deleting, setDeleting] = useState<SpeechListItem | null>(null);
  const [reopening, setReopening] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function reopen(s: SpeechListItem) {
    setReopening(s.id);
    setError(null);
    try {
      await api(`/api/speeches/${s.id}/status`, { body: { status: "DRAFT" } });
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setReopening(null);
    }
  }

  return (
    <>
      <ErrorText>{error}</ErrorText>
      <section className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full min-w-[44rem] text-left text-sm" data-testid="speech-table">
          <thead className="bg-stone-100 text-stone-600">
            <tr>
              <th className="px-3 py-2 font-medium">状态</th>
              <th className="min-w-[18rem] px-3 py-2 font-medium">标题</th>
              <th className="px-3 py-2 font-medium">类型</th>
              {showMeeting ? <th className="px-3 py-2 font-medium">会议</th> : null}
              <th className="px-3 py-2 font-medium">讲话人</th>
              <th className="px-3 py-2 font-medium">最后修改</th>
              <th className="px-3 py-2 text-right font-medium">字数</th>
              {canEdit ? <th className="px-3 py-2 font-medium">操作</th> : null}
            </tr>
          </thead>
          <tbody>
            {speeches.map((s) => (
              <tr key={s.id} className="border-t border-stone-100 align-top" data-testid="speech-row">
                <td className="px-3 py-2">
                  <StatusBadge status={s.status} />
                </td>
                <td className="px-3 py-2">
                  <Link href={`/speeches/${s.id}`} className="font-medium text-brand-700 hover:underline">
                    {s.title}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-3 py-2">{s.kind ?? "—"}</td>
                {showMeeting ? (
                  <td className="px-3 py-2">
                    {s.meeting ? (
                      <Link href={`/meetings/${s.meeting.id}`} className="hover:underline">
                        {s.meeting.title}
                      </Link>
                    ) : (
                      <span className="text-stone-400">未关联会议</span>
                    )}
                  </td>
                ) : null}
                <td className="whitespace-nowrap px-3 py-2" data-testid="speech-speaker">
                  {s.speaker ?? "—"}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-stone-600">
                  {s.updatedBy?.displayName ?? "—"}
                  <span className="block text-xs text-stone-500">{formatDateTime(s.updatedAt)}</span>
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {s.charCount.toLocaleString("zh-CN")} 字
                </td>
                {canEdit ? (
                  <td className="space-x-2 whitespace-nowrap px-3 py-2">
                    {s.status === "FINAL" ? (
                      <Button
                        variant="secondary"
                        className="px-2 py-1"
                        aria-label={`重新打开：${s.title}`}
                        disabled={reopening === s.id}
                        onClick={() => void reopen(s)}
                      >
                        {reopening === s.id ? "打开中…" : "重新打开"}
                      </Button>
                    ) : (
                      <Button
                        variant="danger"
                        className="px-2 py-1"
                        aria-label={`删除讲话稿：${s.title}`}
                        onClick={() => setDeleting(s)}
                      >
                        删除
                      </Button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {deleting ? (
        <ConfirmDialog
          title="删除讲话稿"
          confirmLabel="删除讲话稿"
          busyLabel="删除中…"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api(`/api/speeches/${deleting.id}`, { method: "DELETE" });
            setDeleting(null);
            router.refresh();
          }}
        >
          <p>
            确定删除讲话稿“<strong>{deleting.title}</strong>”吗？正文和修改记录将一并删除，无法恢复；
            它用过的素材的使用记录也会一并清除。
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
