// How a hard-wrapped text marks its paragraphs, read over the whole document before its lines are rejoined
// (rejoin-lines.ts): first-line indents, blank lines around a narrow wrap, one sentence a line.
import { endsSentence, isCjkCode, isFullPunctCode, type Family } from "./outline-patterns";
import type { SourceLine } from "./types";

export type Item = {
  text: string;
  indent: number;
  width: number;
  line: SourceLine;
  header: boolean;
  family: Family | null;
  /** A blank line stands right above it. */
  afterBlank: boolean;
  /** The line right above it ends a sentence. */
  afterStop: boolean;
};

/** `blankLines`: the median width of a narrow wrap between blank lines (0: none); `sentences`: one sentence a line;
 *  `strictIndents`: every paragraph seen to end is followed by an indented line; `tagBreaks`: a break at every tag. */
export type Mode = {
  width: number;
  indents: boolean;
  strictIndents: boolean;
  blankLines: number;
  sentences: boolean;
  tagBreaks: boolean;
  /** The wrap counts characters, not columns (rejoin-char-wrap.ts). */
  charWrap?: boolean;
  /** Paragraphs broken over lines at arbitrary points, no wrap width (rejoin-broken-lines.ts): the page's numbered
   *  headings standing alone on their lines. */
  broken?: { headings: Item[] };
  /** A paragraph's first-line indent says where it starts (a lost break can be told from a writer's run-on). */
  paragraphIndents?: boolean;
  /** The width a justified page's first lines stop at, their indents lost in the copy (rejoin-lost-indents.ts). */
  lostIndent?: number;
  /** A voice-typed talk, one paragraph a line (rejoin-spoken-lines.ts): the median length of its lines. */
  spoken?: number;
  /** One sentence a line, each paragraph's first line indented (indentedSentenceMode). */
  indentedSentences?: boolean;
};

/** A line's width in columns: a Chinese character or a full-width mark two, anything else one. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    w += isCjkCode(c) || isFullPunctCode(c) || (c >= 0xff00 && c <= 0xffef) ? 2 : 1;
  }
  return w;
}

/** The column most lines stop at, when the text was wrapped at a fixed width; 0 otherwise. */
export function wrapWidth(lineWidths: number[]): number {
  const widths = lineWidths.filter((w) => w >= 30).sort((a, b) => a - b);
  if (widths.length < 6) return 0;
  let best = 0;
  let bestCount = 0;
  for (let lo = 0, hi = 0; hi < widths.length; hi++) {
    while (widths[hi]! - widths[lo]! > 3) lo++;
    if (hi - lo + 1 >= bestCount) {
      bestCount = hi - lo + 1;
      best = widths[hi]!;
    }
  }
  const longer = widths.filter((w) => w > best + 2).length;
  return bestCount >= 5 && bestCount >= widths.length * 0.4 && longer <= widths.length * 0.05 ? best : 0;
}

/** The page indents its paragraphs' first lines: in indent mode, or where every paragraph is one line and the frame
 *  (title, speaker, salutation) stands at the margin while the paragraphs open indented. A page indented throughout,
 *  its title too, has a margin, which says nothing of where paragraphs start. */
export function paragraphIndentMode(items: Item[], indents: boolean): boolean {
  if (indents) return true;
  const headers = items.filter((it) => it.text && it.header);
  const body = items.filter((it) => it.text && !it.header);
  return headers.length > 0 && headers.every((it) => it.indent < 2) && body.some((it) => it.indent >= 2);
}

/** True when paragraphs are marked by first-line indentation (and continuation lines are not indented). */
export function indentMode(items: Item[]): boolean {
  const lines = items.filter((it) => it.text);
  const indented = lines.filter((it) => it.indent >= 2).length;
  return indented >= 3 && indented >= lines.length * 0.05 && lines.length - indented >= lines.length * 0.2;
}

/**
 * True when blank lines part the paragraphs and the lines inside a paragraph were wrapped at a narrow, uneven width
 * (a page saved from a phone): several runs of lines between blank lines, whose inner lines mostly stop mid-sentence.
 * No wrap width is found there, and the lines are too short for the length rule. Returns the inner lines' median
 * width (0: not such a page).
 */
export function blankLineMode(items: Item[]): number {
  let runs = 0;
  let inner = 0;
  let innerFinal = 0;
  const innerWidths: number[] = [];
  let run: Item[] = [];
  const close = () => {
    if (run.length >= 3) {
      runs++;
      // A heading (第一节　…) is short by nature, not by the wrap.
      for (const it of run.slice(0, -1).filter((x) => !x.family)) {
        inner++;
        innerWidths.push(it.width);
        if (endsSentence(it.text)) innerFinal++;
      }
    }
    run = [];
  };
  for (const it of items) {
    if (it.text) run.push(it);
    else close();
  }
  close();
  if (runs < 4 || inner < 12 || innerFinal > inner * 0.25) return 0;
  const widths = innerWidths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)]!;
}

/**
 * True when a line break follows every sentence (a page copied from a phone's reading view): many prose lines, short,
 * nearly all holding exactly one sentence. Paragraphs there are runs of sentences between blank lines and headings.
 */
export function sentenceLineMode(items: Item[]): boolean {
  const prose = items.filter((it) => it.text.length >= 15 && endsSentence(it.text) && !it.family);
  if (prose.length < 12) return false;
  const single = prose.filter((it) => (it.text.match(/[。！？!?]/g)?.length ?? 0) === 1).length;
  const lengths = prose.map((it) => it.text.length).sort((a, b) => a - b);
  if (single < prose.length * 0.85 || lengths[Math.floor(lengths.length / 2)]! > 60) return false;
  // Blank lines part some paragraphs of several sentences (a page of one-sentence paragraphs, a host's agenda, has
  // no such runs).
  let runs = 0;
  let inRun = 0;
  for (const it of [...items, null]) {
    if (it?.text) {
      if (endsSentence(it.text) && !it.family) inRun++;
      continue;
    }
    if (inRun >= 2) runs++;
    inRun = 0;
  }
  return runs >= 2;
}

/**
 * True when a line break follows every sentence and only a paragraph's first line is indented (a page copied from a
 * reader that breaks at sentences, its paragraphs' indents kept): no wrap width, prose lines of one sentence each,
 * and many unindented ones right after a line that ended a sentence — a wrapped page's unindented lines follow a line
 * cut mid-sentence, and a page of one paragraph a line has none.
 */
export function indentedSentenceMode(items: Item[]): boolean {
  let opened = 0;
  let continued = 0;
  let prose = 0;
  let single = 0;
  let prev: Item | null = null;
  for (const it of items) {
    if (!it.text) continue;
    if (it.text.length >= 8 && !it.header && !it.family) {
      prose++;
      if ((it.text.match(/[。！？!?]/g)?.length ?? 0) === 1 && endsSentence(it.text)) single++;
      if (it.indent >= 2) opened++;
      else if (prev && !prev.header && endsSentence(prev.text) && endsSentence(it.text)) continued++;
    }
    prev = it;
  }
  return opened >= 4 && continued >= 6 && single >= prose * 0.8;
}

/** A line's width counted in characters, two columns each (a wrap counted in characters, half-width digits
 *  narrower in columns), indent included. */
export const charColumns = (it: Item) => it.indent + it.text.length * 2;

/** At a wrap width with first-line indents: after each line that plainly ends a paragraph (a sentence end well
 *  short of the margin) the next line is indented, four times or more. Such a text indents every paragraph, so a
 *  line that is not indented continues the one above, even one ending in 。 a few columns short (a wrap counted in
 *  characters leaves a line with half-width digits short of the margin). */
export function strictIndentMode(items: Item[], width: number): boolean {
  let ends = 0;
  let indented = 0;
  let prev: Item | null = null;
  for (const it of items) {
    if (!it.text) continue;
    // A heading (一、…) may stand unindented: only the lines that open paragraphs count.
    if (
      prev &&
      endsSentence(prev.text) &&
      prev.width < width - 12 &&
      charColumns(prev) < width - 12 &&
      !prev.header &&
      !it.header &&
      !it.family
    ) {
      ends++;
      if (it.indent >= 2) indented++;
    }
    prev = it;
  }
  return ends >= 4 && indented === ends;
}

/** A piece of a sentence long enough to be prose cut short, a clause ended inside it. */
const STRAY_PIECE_MIN = 20;
const isProsePiece = (t: string) => t.length >= STRAY_PIECE_MIN && /[，。；！？,;]/.test(t.slice(0, -1));

/** A blank line astray inside a paragraph: the line above stops at a comma (or, where every paragraph opens indented
 *  and a sentence takes a line, at its stop), the one below goes on without an indent and ends a sentence (a
 *  heading, a title or a numbered point does not). */
export function strayBlank(items: Item[], k: number, mode: Mode): boolean {
  const [prev, next] = [items[k - 1], items[k + 1]];
  if (mode.width > 0 || !prev?.text || !next?.text || next.indent >= 2) return false;
  // A line stopped at a comma goes on across one blank line, wherever paragraphs start; one sentence a line, the
  // sentence above may have ended (a removed advert's line left the blank), though not a heading.
  // Where a blank line parts every paragraph, only a piece of prose stops so: a line of a word or two (各位同志，/
  // 第一个方面，/ 最后，/ 好，), a vocative or a lead the speaker set alone, is a paragraph as written.
  const comma = /[，、,]$/.test(prev.text) && (mode.indents || isProsePiece(prev.text));
  const goesOn = comma || (!!mode.indentedSentences && endsSentence(prev.text) && !prev.family);
  if (!goesOn || (!mode.indents && !comma) || prev.header || prev.line.hint?.headingLevel) return false;
  return !next.header && !next.family && !next.line.hint && endsSentence(next.text) && /[，。]/.test(next.text);
}

/** 谢谢大家！ / 同志们，…: a line that opens a paragraph of its own, whatever ends the line above. */
export const STANDALONE_START = /^(?:谢谢|同志们[，,！!：:])/;

/** A line that no writer starts: it goes on the sentence above (…发生 / 中毒窒息事故 / ，造成2人死亡。). */
export const CONTINUATION_START = /^[，。、；：！？）》”’」』】,.;:!?)%]/;

/** A bold or linked phrase a break at each tag leaves alone on its line, inside a sentence: short, no stop. */
const isTagPiece = (it: Item) => it.text.length <= 12 && !it.family && !/[，。、；：！？,.;:!?]/.test(it.text);

/**
 * True when a scraper broke the text at every tag (a page's text taken node by node, BeautifulSoup's get_text("\n")):
 * blank lines part the paragraphs, and inside them a line ends at each sentence and at each inline tag, so that lines
 * open with a comma where a bold or linked phrase ended. Several runs of lines between blank lines, nearly all
 * ending a sentence; inside them, two lines or more opening with a stop and two phrases alone on their lines after
 * a line that stops mid-sentence (a wrap or a stray break leaves no such phrases).
 */
export function tagBreakMode(items: Item[]): boolean {
  let runs = 0;
  let finalRuns = 0;
  let cut = 0;
  let pieces = 0;
  let run: Item[] = [];
  const close = () => {
    if (run.length >= 2) {
      runs++;
      if (endsSentence(run[run.length - 1]!.text)) finalRuns++;
      cut += run.slice(1).filter((it) => CONTINUATION_START.test(it.text)).length;
      pieces += run.slice(1, -1).filter((it, k) => isTagPiece(it) && !endsSentence(run[k]!.text)).length;
    }
    run = [];
  };
  for (const it of [...items, null]) {
    if (it?.text) run.push(it);
    else close();
  }
  return runs >= 4 && finalRuns >= runs * 0.7 && cut >= 2 && pieces >= 2;
}
