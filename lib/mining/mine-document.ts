// The whole pipeline for one file: decode → text stages (normalise, noise, rejoin, split, structure)
// → classify → tag → placeholders, length and repeat hash; each speech's genre, whether the file is speech material
// at all, and the hash of its content. Pure: no database. Near-duplicates are grouped across documents later.
import { defaultClassifier, classifyBlock, type BlockClassifier } from "./classify";
import { decodeDocument, DEFAULT_LIMITS, type DecodedDocument, type DecodeLimits } from "./decode-document";
import { blockTagger, speechLevel } from "./tags";
import { textFields } from "./text-fields";
import { mineLines } from "./text-pipeline";
import { splitGluedParagraphs } from "./glued-paragraphs";
import { SPEAKER_LABEL } from "./noise-speaker-transcript";
import { normaliseText, type NormaliseOptions } from "./normalise";
import { contentHash } from "./content-hash";
import { speechGenre } from "./genre";
import { notSpeechReason } from "./speech-material";
import type { MinedDocument, MinedSpeech, Removed } from "./types";

export type MineOptions = {
  limits?: DecodeLimits;
  knownCategories?: Set<string>;
  /** Another classifier than the shipped model (evaluation: one trained without the file being mined). */
  classifier?: BlockClassifier;
  /** A finished speech a clerk wrote or exported (导入讲话稿), not a scraped page: its lines are its own text, so no
   *  site chrome is looked for and no paragraph is inferred inside a line; only its structure is read. */
  ownText?: boolean;
};

export function mineDecoded(file: string, decoded: DecodedDocument, opts: MineOptions = {}): MinedDocument {
  const lines = mineLines(decoded.lines, opts.ownText);
  const { removed, cleanedText, warnings, mojibake, inferredSplits } = lines;
  const classifier = opts.classifier ?? defaultClassifier(); // load once, outside the loop
  // A clerk's own text keeps its lines as its paragraphs; a scraped page's glued paragraphs are told apart by the
  // classifier, so they are cut here rather than in the text stages.
  const chunked = removed.some((r) => r.reason === SPEAKER_LABEL);
  const speeches = opts.ownText
    ? lines.speeches
    : lines.speeches.map((s) => splitGluedParagraphs(s, classifier, inferredSplits, chunked));
  inferredSplits.sort((a, b) => a.lineNo - b.lineNo);
  const mined: MinedSpeech[] = speeches.map((speech, i) => {
    const level = speechLevel(speech.blocks.map((b) => b.text).join("\n"));
    const tagsOf = blockTagger({ title: speech.title, level });
    return {
      ...speech,
      order: i + 1,
      genre: speechGenre(speech),
      blocks: speech.blocks.map((block) => {
        const { category, confidence } = classifyBlock(
          block,
          { speechTitle: speech.title },
          opts.knownCategories,
          classifier,
        );
        // Object.assign, not a spread followed by new keys: Node 20 builds such a copy about twenty times slower.
        return Object.assign({}, block, { category, confidence, tags: tagsOf(block.text) }, textFields(block.text));
      }),
    };
  });
  const notSpeech = notSpeechReason(decoded.text, { speeches: mined });
  const hash = contentHash(mined);
  return {
    file,
    encoding: decoded.encoding,
    format: decoded.format,
    speeches: mined,
    removed: [...(decoded.removed ?? []), ...asWritten(removed, decoded, lines.normaliseOptions ?? {})],
    rawText: decoded.text,
    cleanedText,
    warnings,
    ...(mojibake && { mojibake }),
    ...(notSpeech && { notSpeech: { reason: notSpeech } }),
    ...(hash && { contentHash: hash }),
    ...(inferredSplits.length > 0 && { inferredSplits }),
  };
}

/** A removed whole line is reported as it was written in the file, not in its normalised form (`options`: as the
 *  pipeline read the page, its dots as stops on a page typed in half-width punctuation). */
function asWritten(removed: Removed[], decoded: DecodedDocument, options: NormaliseOptions): Removed[] {
  const byLine = new Map(decoded.lines.map((l) => [l.lineNo, l.text]));
  return removed.map((r) => {
    const original = r.lineNo !== undefined ? byLine.get(r.lineNo) : undefined;
    return original !== undefined && normaliseText(original, options).trim() === r.text.trim()
      ? { ...r, text: original.trim() }
      : r;
  });
}

export async function mineDocument(file: string, bytes: Uint8Array, opts: MineOptions = {}): Promise<MinedDocument> {
  const decoded = await decodeDocument(file, bytes, opts.limits ?? DEFAULT_LIMITS);
  return mineDecoded(file, decoded, opts);
}
