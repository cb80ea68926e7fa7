// 草稿 → 审阅 → 定稿, and back: a 定稿 speech is read-only (saves and metadata edits are refused) until someone
// with edit permission reopens it (sets it to 草稿 or 审阅). Every change is in the audit log and in the version
// list (a STATUS version holds the text as it stood before the change). The version is not bumped: the text does
// not change. A speech finalised without a day of its own takes its meeting's, so its print no longer follows the
// meeting's record.
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { speechNotFound } from "./messages";
import type { SetSpeechStatusInput } from "./schemas";
import { loadSpeechDetail } from "./speech-row";
import { SPEECH_STATUS_LABELS, type SpeechDetail, type SpeechStatus } from "./types";
import { takeSnapshot } from "./versions/take-snapshot";

export async function setSpeechStatus(
  id: string,
  userId: string,
  { status }: SetSpeechStatusInput,
): Promise<SpeechDetail> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: SpeechStatus }[]>`
      SELECT status::text AS status FROM speeches WHERE id = ${id} FOR UPDATE`;
    if (!row) throw speechNotFound();
    if (row.status !== status) {
      const name = `${SPEECH_STATUS_LABELS[row.status]} → ${SPEECH_STATUS_LABELS[status]}`;
      await takeSnapshot(tx, { speechId: id, kind: "STATUS", name, userId });
      await tx.speech.update({ where: { id }, data: { status, updatedById: userId }, select: { id: true } });
      // A 定稿 speech prints its meeting's day when it has none of its own (export-speech.ts): it keeps the day it
      // was finalised with, whatever the meeting's record says later.
      if (status === "FINAL")
        await tx.$executeRaw`UPDATE speeches s SET date = m.date FROM meetings m
          WHERE s.id = ${id} AND s.date IS NULL AND m.id = s.meeting_id AND m.date IS NOT NULL`;
      const action =
        row.status === "FINAL" ? "speech.reopen" : status === "FINAL" ? "speech.finalise" : "speech.status";
      await writeAudit(
        { action, userId, targetType: "speech", targetId: id, details: { before: row.status, after: status } },
        tx,
      );
    }
    return loadSpeechDetail(tx, id);
  });
}
