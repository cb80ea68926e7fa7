// 编辑会议: only the fields given change. Speeches keep pointing at the meeting, and the reuse records
// (BlockUsage.meetingId) follow the meeting by id, so a new title or day shows everywhere at once.
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { meetingNotFound, meetingRowSelect, toMeetingRow } from "./meeting-row";
import type { UpdateMeetingInput } from "./schemas";
import type { MeetingRow } from "./types";

export async function updateMeeting(id: string, userId: string, data: UpdateMeetingInput): Promise<MeetingRow> {
  return db().$transaction(async (tx) => {
    const found = await tx.meeting.updateMany({ where: { id }, data });
    if (found.count !== 1) throw meetingNotFound();
    await writeAudit(
      {
        action: "meeting.update",
        userId,
        targetType: "meeting",
        targetId: id,
        details: JSON.parse(JSON.stringify(data)),
      },
      tx,
    );
    return toMeetingRow(await tx.meeting.findUniqueOrThrow({ where: { id }, select: meetingRowSelect }));
  });
}
