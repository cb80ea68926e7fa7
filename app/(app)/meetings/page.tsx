import type { Metadata } from "next";
import { MeetingList } from "@/components/meetings/meeting-list";
import { can } from "@/lib/auth/roles";
import { MAX_MEETING_TITLE } from "@/lib/meetings/constants";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { requireUser } from "../../_lib/current-user";

export const metadata: Metadata = { title: "会议" };

const PAGE_SIZE = 50;

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ page?: string; q?: string }> }) {
  const user = await requireUser();
  const canEdit = can(user.role, "edit");
  const search = await searchParams;
  const requested = Math.max(1, Math.floor(Number(search.page ?? 1)) || 1);
  const q = search.q?.trim().slice(0, MAX_MEETING_TITLE) || undefined;
  const { meetings, total, page } = await listMeetings({ q, page: Math.min(requested, 10_000), pageSize: PAGE_SIZE });
  return <MeetingList meetings={meetings} page={page} pages={Math.ceil(total / PAGE_SIZE)} canEdit={canEdit} q={q} />;
}
