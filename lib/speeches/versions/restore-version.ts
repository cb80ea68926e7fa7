// Restoring a version as the current text. The text as it stands is kept first as a BEFORE_RESTORE version, so
// nothing is lost; the restore is itself a save: it names the version it started from (optimistic locking, as
// save-speech.ts), bumps it, is refused for a 定稿 speech, and brings the block usages in line with the text.
import { writeAudit } from "../../audit/audit-log";
import { db } from "../../db/client";
import { loadSpeechDetail } from "../speech-row";
import type { SpeechDetail } from "../types";
import { lockSpeechWithVersion, writeRestoredText } from "./restore-text";
import type { RestoreVersionInput } from "./schemas";
import { VERSION_KIND_LABELS } from "./types";

export async function restoreVersion({
  speechId,
  versionId,
  baseVersion,
  userId,
}: RestoreVersionInput & { speechId: string; versionId: string; userId: string }): Promise<SpeechDetail> {
  return db().$transaction(async (tx) => {
    const { speech, rev } = await lockSpeechWithVersion(tx, speechId, versionId, baseVersion);
    const label = rev.name ?? VERSION_KIND_LABELS[rev.kind];
    await writeRestoredText(tx, speech, rev, userId, `恢复“${label}”之前`);
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
