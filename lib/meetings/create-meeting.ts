// 登记会议: a meeting with its title, day, type, level, audience and place.
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { meetingRowSelect, toMeetingRow } from "./meeting-row";
import type { CreateMeetingInput } from "./schemas";
import type { MeetingRow } from "./types";

export async function createMeeting(userId: string, data: CreateMeetingInput): Promise<MeetingRow> {
  return db().$transaction(async (tx) => {
    const row = await tx.meeting.create({ data: { ...data, createdById: userId }, select: meetingRowSelect });
    await writeAudit(
      { action: "meeting.create", userId, targetType: "meeting", targetId: row.id, details: { title: row.title } },
      tx,
    );
    return toMeetingRow(row);
  });
}
