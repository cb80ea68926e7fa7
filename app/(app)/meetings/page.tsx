import type { Metadata } from "next";
import { MeetingList } from "@/components/meetings/meeting-list";
import { can } from "@/lib/auth/roles";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { requireUser } from "../../_lib/current-user";

export const metadata: Metadata = { title: "会议" };

const PAGE_SIZE = 50;

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const canEdit = can(user.role, "edit");
  const requested = Math.max(1, Math.floor(Number((await searchParams).page ?? 1)) || 1);
  const { meetings, total, page } = await listMeetings({ page: Math.min(requested, 10_000), pageSize: PAGE_SIZE });
  return <MeetingList meetings={meetings} page={page} pages={Math.ceil(total / PAGE_SIZE)} canEdit={canEdit} />;
}
