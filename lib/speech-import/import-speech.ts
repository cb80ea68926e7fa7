// 导入讲话稿: a finished speech (.docx or .txt) read by the mining engine becomes a new draft with its title,
// speaker, date, headings and paragraphs; on request the same file also goes into the corpus as blocks, through
// the ordinary corpus import (its own batch, so it can be undone on the import page like any other).
// Everything that can refuse the file (type, size, encoding, not speech material, no speech text, too long a text)
// does so before the draft is written, so a refused file leaves nothing behind.
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { parseInput } from "../blocks/schemas";
import { AppError } from "../errors";
import { importFiles, type FileResult } from "../corpus/import-files";
import { DEFAULT_LIMITS, type DecodeLimits } from "../mining/decode-document";
import { mineDocument } from "../mining/mine-document";
import { speechDocSchema, speechSettingsPatchSchema } from "../speeches/content-schema";
import { assertMeeting, insertSpeech } from "../speeches/create-speech";
import { createSpeechInput } from "../speeches/schemas";
import { speakerOfDoc } from "../speech-doc/speaker-line";
import type { SpeechDoc } from "../speech-doc/types";
import { isImportableName } from "./formats";
import { IMPORT_MSG, notSpeechFile } from "./messages";
import { speechDocFromMined } from "./speech-doc-from-mined";

export type ImportSpeechInput = {
  fileName: string;
  bytes: Uint8Array;
  userId: string;
  meetingId?: string | null;
  /** Also import the file into the corpus (素材库) as blocks. */
  alsoCorpus?: boolean;
  /** Which speech of a file holding several (1-based); the first by default. */
  order?: number;
  limits?: DecodeLimits;
};

export type ImportSpeechResult = {
  speech: { id: string; title: string };
  /** The speech of the file that was imported (1-based) and how many the file holds. */
  order: number;
  speechCount: number;
  /** The corpus import's outcome for the file, when asked for. */
  corpus: (Pick<FileResult, "status" | "error" | "duplicateOf"> & { blocks: number | null }) | null;
};

export async function importSpeech(input: ImportSpeechInput): Promise<ImportSpeechResult> {
  const { fileName, bytes, userId } = input;
  if (!isImportableName(fileName)) throw new AppError("unsupported", IMPORT_MSG.unsupported);
  // The decoder refuses an empty, too large, binary or broken file with its own Chinese message.
  // A clerk's own finished text: read for its structure, with no web page's rules cutting anything out of it.
  const mined = await mineDocument(fileName, bytes, { limits: input.limits ?? DEFAULT_LIMITS, ownText: true });
  // A configuration file or a program would become a draft of its scraps: refused, where the corpus import asks.
  if (mined.notSpeech) throw new AppError("invalid_input", notSpeechFile(mined.notSpeech.reason));
  const imported = speechDocFromMined(mined, { order: input.order });
  const content = parseInput(speechDocSchema, imported.content) as SpeechDoc;
  const settings = parseInput(speechSettingsPatchSchema, imported.settings);
  const meta = parseInput(createSpeechInput, {
    title: imported.title,
    // The speaker line's speaker: one the miner read only from the title (县长在…上的讲话) is not printed under it,
    // and the field is what the line shows.
    speaker: speakerOfDoc(content),
    date: imported.date,
    meetingId: input.meetingId ?? null,
  });

  const speech = await db().$transaction(async (tx) => {
    await assertMeeting(tx, meta.meetingId);
    return insertSpeech(tx, userId, {
      title: meta.title,
      meetingId: meta.meetingId ?? null,
      speaker: meta.speaker ?? null,
      date: meta.date ?? null,
      content,
      settings: settings as Prisma.InputJsonValue,
      from: { kind: "import", fileName: fileName.slice(0, 255), order: imported.order },
    });
  });

  let corpus: ImportSpeechResult["corpus"] = null;
  if (input.alsoCorpus) {
    // After the draft: a corpus failure (or the file being there already) is reported, the draft stays.
    const { results } = await importFiles([{ name: fileName, bytes }], userId, { limits: input.limits });
    const r = results[0]!;
    corpus = { status: r.status, error: r.error, duplicateOf: r.duplicateOf, blocks: r.summary?.blocks ?? null };
  }
  return {
    speech: { id: speech.id, title: speech.title },
    order: imported.order,
    speechCount: imported.speechCount,
    corpus,
  };
}
