// Restoring a version as the current text. The text as it stands is kept first as a BEFORE_RESTORE version, so
// nothing is lost; the restore is itself a save: it names the version it started from (optimistic locking, as
// save-speech.ts), bumps it, is refused for a 定稿 speech, and brings the block usages in line with the text.
import { writeAudit } from "../../audit/audit-log";
import { parseInput } from "../../blocks/schemas";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import type { SpeechDoc } from "../../speech-doc/types";
import { syncSpeechUsages } from "../block-usage";
import { speechFinal, speechNotFound, versionConflictMessage } from "../messages";
import { loadSpeechDetail } from "../speech-row";
import type { SpeechDetail } from "../types";
import { versionNotFound } from "./messages";
import { restoreVersionInput } from "./schemas";
import { takeSnapshot } from "./take-snapshot";
import { VERSION_KIND_LABELS, type VersionKind } from "./types";

export async function restoreVersion(input: {
  speechId: string;
  versionId: string;
  baseVersion: number;
  userId: string;
}): Promise<SpeechDetail> {
  const { speechId, versionId, userId } = input;
  const { baseVersion } = parseInput(restoreVersionInput, { baseVersion: input.baseVersion });
  return db().$transaction(async (tx) => {
    const [speech] = await tx.$queryRaw<
      { version: number; status: string; speaker: string | null; meetingId: string | null }[]
    >`SELECT version, status::text AS status, speaker, meeting_id AS "meetingId" FROM speeches
      WHERE id = ${speechId} FOR UPDATE`;
    if (!speech) throw speechNotFound();
    if (speech.status === "FINAL") throw speechFinal();
    if (speech.version !== baseVersion) {
      const newer = await loadSpeechDetail(tx, speechId);
      throw new AppError("conflict", versionConflictMessage(newer.updatedBy?.displayName, new Date(newer.updatedAt)), {
        current: newer,
      });
    }
    const [rev] = await tx.$queryRaw<
      { title: string; content: SpeechDoc; charCount: number; name: string | null; kind: VersionKind }[]
    >`SELECT title, content, char_count AS "charCount", name, kind::text AS kind FROM speech_revisions
      WHERE id = ${versionId} AND speech_id = ${speechId}`;
    if (!rev) throw versionNotFound();
    const label = rev.name ?? VERSION_KIND_LABELS[rev.kind];
    await takeSnapshot(tx, { speechId, kind: "BEFORE_RESTORE", name: `恢复“${label}”之前`, userId });
    await tx.$executeRaw`
      UPDATE speeches SET content = ${JSON.stringify(rev.content)}::jsonb, title = ${rev.title},
        char_count = ${rev.charCount}, version = version + 1, updated_by_id = ${userId},
        updated_at = now() AT TIME ZONE 'UTC'
      WHERE id = ${speechId}`;
    await syncSpeechUsages(
      tx,
      { id: speechId, speaker: speech.speaker, meetingId: speech.meetingId },
      rev.content,
      userId,
    );
    await writeAudit(
      {
        action: "speech.restore",
        userId,
        targetType: "speech",
        targetId: speechId,
        details: { versionId, name: label },
      },
      tx,
    );
    return loadSpeechDetail(tx, speechId);
  });
}
