"use client";
// The 会议 page: every meeting with its day, type, level, place and number of speeches; 登记、编辑、删除 for
// editors. Deleting asks first (and the server refuses while speeches belong to the meeting, saying so).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api-client";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/form-controls";
import { formatDay } from "@/components/ui/format-date";
import { ConfirmDialog } from "@/components/speeches/confirm-dialog";
import { UrlPagination } from "@/components/speeches/url-pagination";
import { MAX_MEETING_TITLE } from "@/lib/meetings/constants";
import type { MeetingRow } from "@/lib/meetings/types";
import { MeetingFormDialog } from "./meeting-form-dialog";

export function MeetingList({
  meetings,
  pages,
  page,
  canEdit,
  q,
}: {
  meetings: MeetingRow[];
  pages: number;
  page: number;
  canEdit: boolean;
  /** The title search (?q=), if any. */
  q?: string;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<MeetingRow | "new" | null>(null);
  const [deleting, setDeleting] = useState<MeetingRow | null>(null);

  return (
    <div className="space-y-4">
      <PageTitle
        title="会议"
        description="安全生产工作会议、安委会全体会议、季度例会等，以及每次会议的讲话稿和用过的素材。"
      >
        {canEdit ? <Button onClick={() => setEditing("new")}>登记会议</Button> : null}
      </PageTitle>
      <form action="/meetings" role="search" className="flex max-w-md gap-2">
        <input
          type="search"
          name="q"
          defaultValue={q ?? ""}
          maxLength={MAX_MEETING_TITLE}
          aria-label="按会议名称搜索"
          placeholder="按会议名称搜索"
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm focus:border-brand-600 focus:outline-none"
        />
        <Button type="submit" variant="secondary">
          搜索
        </Button>
      </form>
      {meetings.length === 0 && q ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-8 text-center text-sm text-stone-600">
          没有名称含“{q}”的会议。
        </p>
      ) : meetings.length === 0 ? (
        <EmptyState title="还没有会议">
          登记会议后，可以为会议新建讲话稿；系统会记录每次讲话用过哪些段落，避免领导在不同会议上重复同样的话。
        </EmptyState>
      ) : (
        <section className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm" data-testid="meeting-table">
            <thead className="bg-stone-100 text-stone-600">
              <tr>
                <th className="px-4 py-2 font-medium">会议名称</th>
                <th className="px-4 py-2 font-medium">日期</th>
                <th className="px-4 py-2 font-medium">类型</th>
                <th className="px-4 py-2 font-medium">级别</th>
                <th className="px-4 py-2 font-medium">地点</th>
                <th className="px-4 py-2 text-right font-medium">讲话稿</th>
                {canEdit ? <th className="px-4 py-2 font-medium">操作</th> : null}
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id} className="border-t border-stone-100" data-testid="meeting-row">
                  <td className="px-4 py-2">
                    <Link href={`/meetings/${m.id}`} className="font-medium text-brand-700 hover:underline">
                      {m.title}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap px-4 py-2">{formatDay(m.date)}</td>
                  <td className="px-4 py-2">{m.type ?? "—"}</td>
                  <td className="whitespace-nowrap px-4 py-2">{m.level ?? "—"}</td>
                  <td className="px-4 py-2">{m.location ?? "—"}</td>
                  <td className="px-4 py-2 text-right tabular-nums" data-testid="meeting-speech-count">
                    {m.speechCount}
                  </td>
                  {canEdit ? (
                    <td className="space-x-2 whitespace-nowrap px-4 py-2">
                      <Button
                        variant="secondary"
                        className="px-2 py-1"
                        aria-label={`编辑会议：${m.title}`}
                        onClick={() => setEditing(m)}
                      >
                        编辑
                      </Button>
                      <Button
                        variant="danger"
                        className="px-2 py-1"
                        aria-label={`删除会议：${m.title}`}
                        onClick={() => setDeleting(m)}
                      >
                        删除
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <UrlPagination path="/meetings" page={page} pages={pages} params={{ q }} />

      {editing ? (
        <MeetingFormDialog meeting={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {deleting ? (
        <DeleteMeetingDialog
          meeting={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}

export function DeleteMeetingDialog({
  meeting,
  onClose,
  onDeleted,
}: {
  meeting: Pick<MeetingRow, "id" | "title" | "speechCount">;
  onClose: () => void;
  onDeleted: () => void;
}) {
  return (
    <ConfirmDialog
      title="删除会议"
      confirmLabel="删除会议"
      busyLabel="删除中…"
      onClose={onClose}
      blocked={meeting.speechCount > 0}
      onConfirm={async () => {
        await api(`/api/meetings/${meeting.id}`, { method: "DELETE" });
        onDeleted();
      }}
    >
      <p>
        确定删除会议“<strong>{meeting.title}</strong>”吗？删除后无法恢复。
      </p>
      {meeting.speechCount > 0 ? (
        <p className="mt-2 text-amber-800">
          该会议下还有 {meeting.speechCount} 篇讲话稿，需先删除它们或改到其他会议，才能删除会议。
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
