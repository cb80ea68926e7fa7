// Saving a speech's text (autosave and explicit save): optimistic locking on the version the editor started
// from, so that a save from a stale copy is refused with the newer speech attached, never silently overwriting
// it. The same transaction records which library blocks the speech now uses. The same statement keeps the text as
// it was before as an automatic version on the first save of a day, at most every 10 minutes of editing, and
// whenever the text it replaces is a colleague's or is saved over on purpose (versions/auto-snapshot.ts).
// The speaker line is the speech's 讲话人 (speech-doc/speaker-line.ts): the saved line sets the field, so a speaker
// typed (or cleared) under the title reaches the list, the reuse warnings and their usages at once.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { AppError } from "../errors";
import { bodyChars, usedBlockIds } from "../speech-doc/doc-text";
import { speakerOfDoc } from "../speech-doc/speaker-line";
import type { SpeechDoc } from "../speech-doc/types";
import { syncSpeechUsages, type UsageSpeech } from "./block-usage";
import { autoSnapshotCte } from "./versions/auto-snapshot";
import { speechFinal, speechNotFound, versionConflictMessage } from "./messages";
import type { SaveSpeechInput } from "./schemas";
import { loadSpeechDetail } from "./speech-row";
import type { SpeechSaved } from "./types";

type Saved = {
  id: string;
  title: string;
  version: number;
  charCount: number;
  updatedAt: Date;
  speaker: string | null;
  meetingId: string | null;
  userName: string | null;
  usages: { blockId: string; speaker: string | null; meetingId: string | null }[];
};

/** `clock.now` pins the time the automatic versions are judged and stamped by (tests); the database's by default. */
export async function saveSpeech(
  data: SaveSpeechInput & { id: string; userId: string },
  clock: { now?: Date } = {},
): Promise<SpeechSaved> {
  const { id, userId } = data;
  const content = data.content as SpeechDoc;
  const charCount = bodyChars(content);
  const speaker = speakerOfDoc(content);
  const settingsPatch = data.settings ? JSON.stringify(data.settings) : "{}";

  // One statement takes the version, writes the text and reads back the usages recorded so far: concurrent saves
  // of the same version queue on the row lock, and all but the first find the version moved on and update
  // nothing. An autosave that uses the same blocks as before (nearly all of them) is then done, in one round trip.
  // `cur` locks the row first, so the snapshot of the text before the save is taken only by the save that wins.
  const [row] = await db().$queryRaw<Saved[]>(Prisma.sql`
    WITH cur AS (
      SELECT id, version, title, content, char_count, status, updated_by_id FROM speeches
      WHERE id = ${id} AND version = ${data.baseVersion} AND status <> 'FINAL' FOR UPDATE),
    ${autoSnapshotCte(userId, data.overwrite === true, clock.now)},
    saved AS (
      UPDATE speeches SET
        content = ${JSON.stringify(content)}::jsonb,
        settings = settings || ${settingsPatch}::jsonb,
        title = coalesce(${data.title ?? null}, title),
        speaker = ${speaker},
        char_count = ${charCount},
        version = version + 1,
        updated_by_id = ${userId},
        updated_at = now() AT TIME ZONE 'UTC'
      WHERE id = ${id} AND version = ${data.baseVersion} AND status <> 'FINAL' AND EXISTS (SELECT 1 FROM cur)
      RETURNING id, title, version, char_count, updated_at, speaker, meeting_id)
    SELECT s.id, s.title, s.version, s.char_count AS "charCount", s.updated_at AS "updatedAt", s.speaker,
      s.meeting_id AS "meetingId", (SELECT display_name FROM users WHERE id = ${userId}) AS "userName",
      (SELECT coalesce(json_agg(json_build_object('blockId', u.block_id, 'speaker', u.speaker, 'meetingId', u.meeting_id)), '[]'::json)
         FROM block_usages u WHERE u.speech_id = s.id) AS usages
    FROM saved s`);
  if (!row) {
    const current = await db().speech.findUnique({ where: { id }, select: { status: true } });
    if (!current) throw speechNotFound();
    if (current.status === "FINAL") throw speechFinal();
    const newer = await loadSpeechDetail(db(), id);
    throw new AppError("conflict", versionConflictMessage(newer.updatedBy?.displayName, new Date(newer.updatedAt)), {
      current: newer,
    });
  }
  if (!usagesUpToDate(row, content)) await syncUsagesToLatest(id, userId);
  return {
    id: row.id,
    title: row.title,
    version: row.version,
    charCount: row.charCount,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.userName === null ? null : { id: userId, displayName: row.userName },
    speaker: row.speaker,
  };
}

/** Whether the recorded usages are exactly the blocks the text uses, with the speech's speaker and meeting. */
function usagesUpToDate(row: Saved, content: SpeechDoc): boolean {
  const wanted = new Set(usedBlockIds(content));
  return (
    row.usages.length === wanted.size &&
    row.usages.every((u) => wanted.has(u.blockId) && u.speaker === row.speaker && u.meetingId === row.meetingId)
  );
}

/**
 * Brings the usages in line with the speech's text as stored now, under the speech's row lock: when two saves
 * that changed the blocks finish close together, whichever synchronises last works from the newest text, so
 * the usages never follow an older save. A crash between the save and this leaves them to the next save.
 */
async function syncUsagesToLatest(id: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const [speech] = await tx.$queryRaw<(UsageSpeech & { content: SpeechDoc })[]>(Prisma.sql`
      SELECT id, speaker, meeting_id AS "meetingId", content FROM speeches WHERE id = ${id} FOR UPDATE`);
    if (speech) await syncSpeechUsages(tx, speech, speech.content, userId);
  });
}
