// Title, meeting, speaker, kind and day of a speech. Not version-checked and not bumping the version: these
// fields are edited in a form beside the editor and must not make the next autosave of the text a conflict.
// A new speaker or meeting is carried into the speech's BlockUsage rows at once (reuse warnings and the
// "where used" report read them). A 定稿 speech is read-only here too.
// A new speaker is also written into the speaker line of the stored text (the line always shows the field). The
// composer rewrites its own line and saves it first, so there the text is already right and nothing else moves;
// from elsewhere the text changes, and then the version moves on: an editor open meanwhile gets the usual
// conflict instead of saving the old line, which would set the old speaker again.
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { AppError } from "../errors";
import { docWithSpeaker } from "../speech-doc/speaker-line";
import { withSpeechStructure } from "../speech-doc/doc-structure";
import type { SpeechDoc } from "../speech-doc/types";
import { updateUsageContext } from "./block-usage";
import { SPEECH_MSG, speechFinal, speechNotFound } from "./messages";
import type { UpdateSpeechMetaInput } from "./schemas";
import { loadSpeechDetail } from "./speech-row";
import type { SpeechDetail } from "./types";

export async function updateSpeechMeta(id: string, userId: string, data: UpdateSpeechMetaInput): Promise<SpeechDetail> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { status: string; title: string; content: SpeechDoc }[]
    >`SELECT status::text, title, content FROM speeches WHERE id = ${id} FOR UPDATE`;
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
    const stored = withSpeechStructure(row.content, row.title);
    const content = data.speaker !== undefined ? docWithSpeaker(stored, data.speaker) : stored;
    const textChanged = content !== stored;
    const updated = await tx.speech.update({
      where: { id },
      data: {
        ...changes,
        ...(textChanged && { content: content as unknown as Prisma.InputJsonValue, version: { increment: 1 } }),
        updatedById: userId,
      },
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
