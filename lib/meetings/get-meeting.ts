// One meeting with its speeches (the meeting page), newest updated speech first.
import { db } from "../db/client";
import { speechListSelect, toSpeechListItem } from "../speeches/speech-row";
import { meetingNotFound, meetingRowSelect, toMeetingRow } from "./meeting-row";
import type { MeetingDetail } from "./types";

export async function getMeeting(id: string): Promise<MeetingDetail> {
  const row = await db().meeting.findUnique({ where: { id }, select: meetingRowSelect });
  if (!row) throw meetingNotFound();
  const speeches = await db().speech.findMany({
    where: { meetingId: id },
    select: speechListSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
  });
  return { ...toMeetingRow(row), speeches: speeches.map(toSpeechListItem) };
}
