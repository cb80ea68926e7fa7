// The text stages of the miner, chained: normalise → remove noise → rejoin lines → split speeches → parse structure.
import { repairScript, type MojibakeSignal } from "./decode-script";
import { splitGluedHeadings } from "./glued-headings";
import { splitHeadingsAtLineEnds } from "./glued-heading-ends";
import { splitLongParagraphs } from "./long-paragraphs";
import { removeNoise } from "./noise";
import { jieba } from "./jieba";
import { normaliseText, typesAsciiStops, type NormaliseOptions } from "./normalise";
import { inlineFooterCuts } from "./page-footers";
import { isTitleLine } from "./outline-patterns";
import { rejoinLines } from "./rejoin-lines";
import { withCuePauses } from "./subtitle-cues";
import { withoutNoteSyntax } from "./markdown-notes";
import { withoutRepeatedCopies } from "./speech-copies";
import { spacedRunIn } from "./run-in-heading";
import { splitSpacedLines } from "./spaced-paragraphs";
import { joinTableRowCells, splitTabbedCells } from "./tab-cells";
import { withoutAfterword, withoutHostLines } from "./speech-afterwords";
import { withoutCover, withoutCoverNotes } from "./speech-covers";
import { withTitleFromLead } from "./speech-title-in-lead";
import { withoutAsides, withoutLockedTeasers } from "./speech-asides";
import { withoutNotices } from "./speech-notices";
import { splitSpeakerTitles } from "./speaker-titles";
import { withoutNameLabel } from "./speech-name-labels";
import { withoutLineNumbers } from "./line-numbers";
import { withoutSheetCells } from "./sheet-cells";
import { splitSpeeches } from "./split-speeches";
import { parseStructure } from "./structure";
import type { InferredSplit, LineHint, ParsedSpeech, Removed, SourceLine } from "./types";

export type TextMiningResult = {
  speeches: ParsedSpeech[];
  removed: Removed[];
  cleanedText: string;
  /** Problems with the text itself (mojibake, Traditional script converted), in Chinese, for the import report. */
  warnings: string[];
  mojibake?: MojibakeSignal;
  /** Paragraph breaks inferred from the text's cues (line number and reason in Chinese). */
  inferredSplits: InferredSplit[];
  /** How the page's characters were read, when not as usual (mineLines; the report quotes removed lines so). */
  normaliseOptions?: NormaliseOptions;
};

const QUOTE_PREFIX_RE = /^[ \t]*(?:>[ \t]?)+/;

// 一、提高认识 全县上下要…。 : a heading set off from its body by a space only (a bold run in the web page). The
// space is the sole trace of the break and normalising removes it, so the line is split first.
function splitSpacedRunIn(line: SourceLine): SourceLine[] {
  const parts = spacedRunIn(line.text);
  if (!parts) return [line];
  return [
    { ...line, text: parts[0] },
    { text: parts[1], lineNo: line.lineNo },
  ];
}

/** How normaliseText reads a page's lines: on a page typed in half-width punctuation, its dots between sentences are
 *  stops, told from a site's dots inside words by jieba's words. */
function pageNormaliseOptions(texts: readonly string[]): NormaliseOptions {
  return typesAsciiStops(texts) ? { asciiStops: { cut: (text) => jieba().cut(text, false) } } : {};
}

/** Character-level normalisation, line by line (breaks kept only as spaces and a spaced run-in heading become
 *  lines of their own; `inferred` collects where). */
export function normaliseLines(lines: SourceLine[], inferred?: InferredSplit[], ownText = false): SourceLine[] {
  return normalisePage(lines, inferred, ownText).lines;
}

/** normaliseLines, and how it read the page (the report quotes removed lines as written by the same reading). */
function normalisePage(
  lines: SourceLine[],
  inferred?: InferredSplit[],
  ownText = false,
): { lines: SourceLine[]; options: NormaliseOptions } {
  const normalised: SourceLine[] = [];
  // A forwarded e-mail's "> " marks are set aside while its lines are split (> (一)突出…。清明… splits at its
  // space), and every part keeps them: the thread's depth is read from them.
  const quotes = new Map<number, string>();
  const unquoted = lines.map((l) => {
    const mark = QUOTE_PREFIX_RE.exec(l.text)?.[0];
    if (!mark) return l;
    quotes.set(l.lineNo, mark);
    return { ...l, text: l.text.slice(mark.length) };
  });
  const parts = ownText
    ? unquoted
    : splitSpacedLines(splitTabbedCells(withCuePauses(unquoted), inferred), inferred).flatMap(splitSpacedRunIn);
  const split = quotes.size
    ? parts.map((l) => (quotes.has(l.lineNo) ? { ...l, text: quotes.get(l.lineNo)! + l.text } : l))
    : parts;
  const options = pageNormaliseOptions(split.map((l) => l.text));
  for (const raw of split.map(joinTableRowCells)) {
    const parts = normaliseText(raw.text, options).split("\n");
    parts.forEach((text, k) => {
      if (k > 0) return void normalised.push({ text, lineNo: raw.lineNo });
      // Object.assign, not a spread: V8 (Node 20) adds a new key (written) to a spread copy by a slow path.
      const line: SourceLine = Object.assign({}, raw, { text });
      if (parts.length === 1 && text !== raw.text) line.written = raw.text;
      normalised.push(line);
    });
  }
  return { lines: normalised, options };
}

function mineNormalised(lines: SourceLine[], inferredSplits: InferredSplit[], ownText = false): TextMiningResult {
  const { lines: kept, removed } = ownText ? { lines, removed: [] as Removed[] } : removeNoise(lines);
  inferredSplits.push(...inlineFooterCuts(removed, kept));
  const paragraphs = splitSpeakerTitles(
    splitLongParagraphs(
      splitGluedHeadings(rejoinLines(splitHeadingsAtLineEnds(kept, inferredSplits)), inferredSplits),
      inferredSplits,
    ),
  );
  const speeches: ParsedSpeech[] = [];
  const titleLines: (string | null)[] = [];
  for (const found of splitSpeeches(paragraphs)) {
    const raw = withoutNameLabel(withoutCover(withTitleFromLead(found, removed), removed), removed);
    const speech = withoutHostLines(withoutAfterword(parseStructure(raw, inferredSplits, removed), removed), removed);
    if (speech.blocks.length) {
      speeches.push(speech);
      titleLines.push(raw.paragraphs.find((p) => isTitleLine(p.text))?.text ?? null);
    }
    // A title with no text under it (a list of related articles, a stray heading) is reported, not kept.
    else for (const p of raw.paragraphs) removed.push({ text: p.text, reason: "无正文的标题", lineNo: p.lineNo });
  }
  inferredSplits.sort((a, b) => a.lineNo - b.lineNo);
  return {
    speeches: withoutRepeatedCopies(
      withoutLockedTeasers(
        withoutNotices(withoutAsides(withoutCoverNotes(speeches, titleLines, removed), removed), removed),
        removed,
      ),
      removed,
    ),
    removed,
    cleanedText: paragraphs.map((p) => p.text).join("\n"),
    warnings: [],
    inferredSplits,
  };
}

/** Mines decoded source lines (.txt lines or .docx paragraphs with their Word heading hints); `ownText`: a clerk's
 *  finished speech (mine-document.ts), read for its structure only. */
export function mineLines(lines: SourceLine[], ownText = false): TextMiningResult {
  const script = repairScript(lines);
  const sheet = ownText ? { lines: script.lines, removed: [] } : withoutSheetCells(script.lines);
  const numbered = ownText ? { lines: sheet.lines, removed: [] } : withoutLineNumbers(sheet.lines);
  const noted = ownText ? { lines: numbered.lines, removed: [] } : withoutNoteSyntax(numbered.lines);
  const inferred: InferredSplit[] = [];
  const page = normalisePage(noted.lines, inferred, ownText);
  const result = mineNormalised(page.lines, inferred, ownText);
  const removed = [...script.removed, ...sheet.removed, ...numbered.removed, ...noted.removed, ...result.removed].sort(
    (a, b) => (a.lineNo ?? 0) - (b.lineNo ?? 0),
  );
  return {
    ...result,
    removed,
    warnings: script.warnings,
    ...(page.options.asciiStops && { normaliseOptions: page.options }),
    ...(script.mojibake && { mojibake: script.mojibake }),
  };
}

/** Mines a decoded text; `hints[i]` is the structural hint of line i + 1 (for text built from .docx paragraphs). */
export function mineText(text: string, hints?: ReadonlyArray<LineHint | undefined>): TextMiningResult {
  const lines = text
    .split(/\r\n?|\n|[\u2028\u2029\u0085]/)
    .map((t, i): SourceLine => (hints?.[i] ? { text: t, lineNo: i + 1, hint: hints[i] } : { text: t, lineNo: i + 1 }));
  return mineLines(lines);
}
