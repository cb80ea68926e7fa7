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
import type { SpeechDoc } from "../../speech-doc/types";
import { readSettings } from "../settings";
import { loadSpeechDetail } from "../speech-row";
import type { SpeechDetail } from "../types";
import { VERSION_MSG, versionNotFound } from "./messages";
import { lockSpeechAt, writeRestoredText } from "./restore-text";
import type { PutBackInput } from "./schemas";
import { VERSION_KIND_LABELS, type VersionKind } from "./types";

export async function putBackParagraph({
  speechId,
  versionId,
  baseVersion,
  row,
  userId,
}: PutBackInput & { speechId: string; versionId: string; userId: string }): Promise<SpeechDetail> {
  return db().$transaction(async (tx) => {
    const speech = await lockSpeechAt(tx, speechId, baseVersion);
    const [rev] = await tx.$queryRaw<{ title: string; content: SpeechDoc; name: string | null; kind: VersionKind }[]>`
      SELECT title, content, name, kind::text AS kind FROM speech_revisions
      WHERE id = ${versionId} AND speech_id = ${speechId}`;
    if (!rev) throw versionNotFound();
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
