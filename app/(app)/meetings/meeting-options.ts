// The meetings offered in the speech forms and filters: the 100 most recent, plus the one the page is about
// (a filter or a preset) when it is older than those.
import { getMeeting } from "@/lib/meetings/get-meeting";
import { listMeetings } from "@/lib/meetings/list-meetings";
import type { MeetingRef } from "@/lib/speeches/types";

export async function meetingOptions(include?: string): Promise<MeetingRef[]> {
  const { meetings } = await listMeetings({ page: 1, pageSize: 100 });
  const options = meetings.map((m) => ({ id: m.id, title: m.title, date: m.date }));
  if (include && include !== "none" && !options.some((m) => m.id === include)) {
    const extra = await getMeeting(include).catch(() => null);
    if (extra) options.push({ id: extra.id, title: extra.title, date: extra.date });
  }
  return options;
}
