// Title, meeting, speaker, kind and day of a speech. Not version-checked and not bumping the version: these
// fields are edited in a form beside the editor and must not make the next autosave of the text a conflict.
// A new speaker or meeting is carried into the speech's BlockUsage rows at once (reuse warnings and the
// "where used" report read them). A 定稿 speech is read-only here too.
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { AppError } from "../errors";
import { updateUsageContext } from "./block-usage";
import { SPEECH_MSG, speechFinal, speechNotFound } from "./messages";
import type { UpdateSpeechMetaInput } from "./schemas";
import { loadSpeechDetail } from "./speech-row";
import type { SpeechDetail } from "./types";

export async function updateSpeechMeta(id: string, userId: string, data: UpdateSpeechMetaInput): Promise<SpeechDetail> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { status: string }[]
    >`SELECT status::text FROM speeches WHERE id = ${id} FOR UPDATE`;
    if (!row) throw speechNotFound();
    if (row.status === "FINAL") throw speechFinal();
    if (data.meetingId) {
      const meeting = await tx.meeting.findUnique({ where: { id: data.meetingId }, select: { id: true } });
      if (!meeting) throw new AppError("invalid_input", SPEECH_MSG.meetingNotFound);
    }
    const changes: Prisma.SpeechUncheckedUpdateInput = {};
    if (data.title !== undefined) changes.title = data.title;
    if (data.meetingId !== undefined) changes.meetingId = data.meetingId;
    if (data.speaker !== undefined) changes.speaker = data.speaker;
    if (data.kind !== undefined) changes.kind = data.kind;
    if (data.date !== undefined) changes.date = data.date;
    const updated = await tx.speech.update({
      where: { id },
      data: { ...changes, updatedById: userId },
      select: { id: true, speaker: true, meetingId: true },
    });
    if (data.speaker !== undefined || data.meetingId !== undefined) await updateUsageContext(tx, updated);
    await writeAudit(
      {
        action: "speech.update",
        userId,
        targetType: "speech",
        targetId: id,
        details: JSON.parse(JSON.stringify(changes)) as Prisma.InputJsonValue,
      },
      tx,
    );
    return loadSpeechDetail(tx, id);
  });
}
