// Putting one paragraph of a version back into the current text, from the compare view (that version → 当前文本).
// The row is named by its index in that comparison; the clerk's base version must still be the current one, so
// the comparison recomputed here under the row lock is the one the clerk saw. What a row puts back, and where, is
// lib/speech-doc/compare/put-back.ts. Like a restore, it is a save that keeps the text before it as a version.
import { writeAudit } from "../../audit/audit-log";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { compareDocs } from "../../speech-doc/compare/compare-docs";
import { putBackRow } from "../../speech-doc/compare/put-back";
import { withSpeechStructure } from "../../speech-doc/doc-structure";
import { readSettings } from "../settings";
import { loadSpeechDetail } from "../speech-row";
import type { SpeechDetail } from "../types";
import { VERSION_MSG } from "./messages";
import { lockSpeechWithVersion, writeRestoredText } from "./restore-text";
import type { PutBackInput } from "./schemas";
import { VERSION_KIND_LABELS } from "./types";

export async function putBackParagraph({
  speechId,
  versionId,
  baseVersion,
  row,
  userId,
}: PutBackInput & { speechId: string; versionId: string; userId: string }): Promise<SpeechDetail> {
  return db().$transaction(async (tx) => {
    const { speech, rev } = await lockSpeechWithVersion(tx, speechId, versionId, baseVersion);
    const styles = readSettings(speech.settings).numbering;
    const older = withSpeechStructure(rev.content, rev.title);
    const current = withSpeechStructure(speech.content, speech.title);
    const { rows } = compareDocs(older, current, { oldStyles: styles, newStyles: styles });
    const content = putBackRow(older, current, rows, row);
    if (!content) throw new AppError("invalid_input", VERSION_MSG.nothingToPutBack);
    const label = rev.name ?? VERSION_KIND_LABELS[rev.kind];
    await writeRestoredText(tx, speech, { title: speech.title, content }, userId, `放回“${label}”的一段之前`);
    await writeAudit(
      {
        action: "speech.put_back",
        userId,
        targetType: "speech",
        targetId: speechId,
        details: { versionId, name: label, row },
      },
      tx,
    );
    return loadSpeechDetail(tx, speechId);
  });
}
