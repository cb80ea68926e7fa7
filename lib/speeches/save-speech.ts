// Saving a speech's text (autosave and explicit save): optimistic locking on the version the editor started
// from, so that a save from a stale copy is refused with the newer speech attached, never silently overwriting
// it. The same transaction records which library blocks the speech now uses. No revision is written: versions
// of a speech to go back to are a later feature, and autosave runs every few seconds.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { parseInput } from "../blocks/schemas";
import { AppError } from "../errors";
import { bodyChars } from "../speech-doc/doc-text";
import type { SpeechDoc } from "../speech-doc/types";
import { syncSpeechUsages } from "./block-usage";
import { speechFinal, speechNotFound, versionConflictMessage } from "./messages";
import { saveSpeechInput, type SaveSpeechInput } from "./schemas";
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
};

export async function saveSpeech(input: SaveSpeechInput & { id: string; userId: string }): Promise<SpeechSaved> {
  const { id, userId } = input;
  const data = parseInput(saveSpeechInput, {
    baseVersion: input.baseVersion,
    title: input.title,
    content: input.content,
    settings: input.settings,
  });
  const content = data.content as SpeechDoc;
  const charCount = bodyChars(content);
  const settingsPatch = data.settings ? JSON.stringify(data.settings) : "{}";

  return db().$transaction(async (tx) => {
    // One statement both checks and takes the version: concurrent saves of the same version queue on the row
    // lock, and all but the first find the version moved on and update nothing.
    const [row] = await tx.$queryRaw<Saved[]>(Prisma.sql`
      UPDATE speeches SET
        content = ${JSON.stringify(content)}::jsonb,
        settings = settings || ${settingsPatch}::jsonb,
        title = coalesce(${data.title ?? null}, title),
        char_count = ${charCount},
        version = version + 1,
        updated_by_id = ${userId},
        updated_at = now() AT TIME ZONE 'UTC'
      WHERE id = ${id} AND version = ${data.baseVersion} AND status <> 'FINAL'
      RETURNING id, title, version, char_count AS "charCount", updated_at AS "updatedAt", speaker,
        meeting_id AS "meetingId", (SELECT display_name FROM users WHERE id = ${userId}) AS "userName"`);
    if (!row) {
      const current = await tx.speech.findUnique({ where: { id }, select: { status: true } });
      if (!current) throw speechNotFound();
      if (current.status === "FINAL") throw speechFinal();
      const newer = await loadSpeechDetail(tx, id);
      throw new AppError("conflict", versionConflictMessage(newer.updatedBy?.displayName, new Date(newer.updatedAt)), {
        current: newer,
      });
    }
    await syncSpeechUsages(tx, row, content, userId);
    return {
      id: row.id,
      title: row.title,
      version: row.version,
      charCount: row.charCount,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.userName === null ? null : { id: userId, displayName: row.userName },
    };
  });
}
