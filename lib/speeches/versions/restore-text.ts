// What the two ways of bringing older text back share (a whole version: restore-version.ts; one paragraph:
// put-back-paragraph.ts). Both are saves: the speech's row is locked, the version the clerk started from must
// still be the current one (else the usual conflict, with the newer speech attached), a 定稿 speech is refused;
// the text as it stands is kept first as a BEFORE_RESTORE version, so nothing is lost; the new text bumps the
// version and the block usages follow it. Like any save, the restored speaker line sets the 讲话人.
import type { DbTx } from "../../db/client";
import { AppError } from "../../errors";
import { bodyChars } from "../../speech-doc/doc-text";
import { speakerOfDoc } from "../../speech-doc/speaker-line";
import type { SpeechDoc } from "../../speech-doc/types";
import { syncSpeechUsages } from "../block-usage";
import { speechFinal, speechNotFound, versionConflictMessage } from "../messages";
import { loadSpeechDetail } from "../speech-row";
import { versionNotFound } from "./messages";
import { takeSnapshot } from "./take-snapshot";
import type { VersionKind } from "./types";

export type LockedSpeech = {
  id: string;
  version: number;
  status: string;
  speaker: string | null;
  meetingId: string | null;
  title: string;
  content: SpeechDoc;
  settings: unknown;
};

/** Locks the speech for the rest of the transaction; refuses a 定稿 speech and a stale base version. */
export async function lockSpeechAt(tx: DbTx, speechId: string, baseVersion: number): Promise<LockedSpeech> {
  const [speech] = await tx.$queryRaw<LockedSpeech[]>`
    SELECT id, version, status::text AS status, speaker, meeting_id AS "meetingId", title, content, settings
    FROM speeches WHERE id = ${speechId} FOR UPDATE`;
  if (!speech) throw speechNotFound();
  if (speech.status === "FINAL") throw speechFinal();
  if (speech.version !== baseVersion) {
    const newer = await loadSpeechDetail(tx, speechId);
    throw new AppError("conflict", versionConflictMessage(newer.updatedBy?.displayName, new Date(newer.updatedAt)), {
      current: newer,
    });
  }
  return speech;
}

/** Keeps the current text as a version named `snapshotName`, then writes the given text as the current one. */
export async function writeRestoredText(
  tx: DbTx,
  speech: LockedSpeech,
  text: { title: string; content: SpeechDoc },
  userId: string,
  snapshotName: string,
): Promise<void> {
  await takeSnapshot(tx, { speechId: speech.id, kind: "BEFORE_RESTORE", name: snapshotName, userId });
  const speaker = speakerOfDoc(text.content);
  await tx.$executeRaw`
    UPDATE speeches SET content = ${JSON.stringify(text.content)}::jsonb, title = ${text.title}, speaker = ${speaker},
      char_count = ${bodyChars(text.content)}, version = version + 1, updated_by_id = ${userId},
      updated_at = now() AT TIME ZONE 'UTC'
    WHERE id = ${speech.id}`;
  await syncSpeechUsages(tx, { ...speech, speaker }, text.content, userId);
}

export type StoredVersion = { title: string; content: SpeechDoc; name: string | null; kind: VersionKind };

/** The speech locked at the clerk's version (lockSpeechAt) and one of its stored versions. */
export async function lockSpeechWithVersion(
  tx: DbTx,
  speechId: string,
  versionId: string,
  baseVersion: number,
): Promise<{ speech: LockedSpeech; rev: StoredVersion }> {
  const speech = await lockSpeechAt(tx, speechId, baseVersion);
  const [rev] = await tx.$queryRaw<StoredVersion[]>`
    SELECT title, content, name, kind::text AS kind FROM speech_revisions
    WHERE id = ${versionId} AND speech_id = ${speechId}`;
  if (!rev) throw versionNotFound();
  return { speech, rev };
}
