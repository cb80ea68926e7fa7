// Deleting a meeting is refused while speeches belong to it: a speech without its meeting would lose the
// meeting's title and day in the reuse warnings and the "where used" report, silently. The clerk deletes the
// speeches or moves them to another meeting first (the message says so). The check and the delete run under a
// lock on the meeting row, so a speech attached at the same moment cannot slip in between.
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { AppError } from "../errors";
import { meetingNotFound } from "./meeting-row";

export async function deleteMeeting(id: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ title: string }[]>`SELECT title FROM meetings WHERE id = ${id} FOR UPDATE`;
    if (!row) throw meetingNotFound();
    const speeches = await tx.speech.count({ where: { meetingId: id } });
    if (speeches > 0) {
      throw new AppError(
        "conflict",
        `该会议下还有 ${speeches} 篇讲话稿，不能删除；请先删除这些讲话稿或把它们改到其他会议。`,
        { speechCount: speeches },
      );
    }
    await tx.meeting.delete({ where: { id } });
    await writeAudit(
      { action: "meeting.delete", userId, targetType: "meeting", targetId: id, details: { title: row.title } },
      tx,
    );
  });
}
