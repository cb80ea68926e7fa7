// Paste from Word, WPS, a web page or plain text: the browser extracts paragraphs (components/composer/
// paste-html.ts), and this module decides what each becomes in the speech. Only headings and paragraphs come out:
// paste never creates a title, speaker line or salutation (同志们： stays a paragraph), because a fragment pasted
// into the middle of a speech cannot know it is the speech's head, and the editor keeps exactly one of each.
import { normaliseText } from "../mining/normalise";
import { rejoinLines } from "../mining/rejoin-lines";
import { RUN_IN_HEAD_MAX, runInHeadingEnd, spacedRunIn } from "../mining/run-in-heading";
import { stripOutlineNumber, type StrippedNumber } from "./strip-number";
import { NODE, type HeadingLevel, type HeadingNode, type ParagraphNode, type SpeechNode } from "./types";

/** One paragraph as the browser extracted it from the clipboard. */
export type PastedParagraph = {
  text: string;
  /** h1..h6, p, li, div …: the element it came from, when it came from HTML. */
  tag?: string;
  bold?: boolean;
  centered?: boolean;
};

/** An unnumbered h1–h3 longer than this is body text a web page happened to style as a heading. */
const TAGGED_HEAD_MAX = 80;

/** Whitespace as a clerk means it: soft hyphens, zero-width characters and NBSP gone, line breaks inside a
 *  paragraph and indentation (full-width spaces) dropped, spaces between Chinese characters removed,
 *  half-width punctuation in Chinese text made full-width (the miner's normalisation, one line at a time). */
export function cleanPastedText(text: string): string {
  const unbulleted = text.replace(/^[\s\u3000\u00a0]+/, "").replace(BULLET, "");
  return normaliseText(unbulleted.replace(/[\r\n\u2028\u2029\u0085]+/g, " ")).trim();
}

// A list bullet as Word, WPS and web pages put it into the text: solid glyphs and Word's Symbol/Wingdings bullets
// (private-use characters), or Ø, § and o (the same bullets when the font is lost) with a space after them.
// ○○ and □□ are blanks, not bullets, so hollow shapes are left alone.
const BULLET = /^(?:[•●■◆▪▶►·・\uf000-\uf0ff][\s\u3000\u00a0]*|[Ø§o][\s\u3000\u00a0]+)/;

const textContent = (text: string) => [{ type: NODE.text, text }];

const heading = (level: HeadingLevel, text: string): HeadingNode => ({
  type: NODE.heading,
  attrs: { level },
  content: textContent(text),
});

// Pasted text has no library provenance: all three attributes are null, as for typed text.
const paragraph = (text: string): ParagraphNode => ({
  type: NODE.paragraph,
  attrs: { blockId: null, blockVersion: null, sourceHash: null },
  content: textContent(text),
});

/** An item that goes on after a comma or semicolon (1.加强领导；) is part of a list sentence, not a heading. */
const LIST_ITEM_END = /[，、；,;]$/;

/** A paragraph that starts with an outline number: a heading plus its run-in body, a heading, or (too long to be
 *  a heading, with no heading run into it) a numbered paragraph that keeps its number as text. Where a run-in heading
 *  ends is the miner's rule, so a pasted speech gets the same outline as the same text imported into the library. */
function numbered(text: string, number: StrippedNumber & { level: HeadingLevel }): SpeechNode[] {
  const body = number.text;
  if (!body) return []; // a lone 一、 (Word sometimes puts the list number on a line of its own)
  if (LIST_ITEM_END.test(body)) return [paragraph(text)];
  const from = text.length - body.length;
  const cut = runInHeadingEnd(text, from, number.family);
  if (cut > 0) return [heading(number.level, text.slice(from, cut).trim()), paragraph(text.slice(cut).trim())];
  return [body.length <= RUN_IN_HEAD_MAX ? heading(number.level, body) : paragraph(text)];
}

function taggedLevel(tag: string | undefined): HeadingLevel | null {
  const m = /^h([1-3])$/i.exec(tag ?? "");
  return m ? (Number(m[1]) as HeadingLevel) : null;
}

/**
 * The speech nodes for pasted paragraphs. A paragraph that starts with an outline number becomes a heading of the
 * level that numbering style marks (一、 → 1, （一） → 2, 1. → 3), without the number; an unnumbered h1–h3 becomes
 * a heading of its tag's level; everything else is a paragraph. Empty paragraphs are dropped. Bold and centring
 * are not used: web pages bold arbitrary lines and Word centres titles, which paste does not create.
 */
export function pastedNodes(paragraphs: readonly PastedParagraph[]): SpeechNode[] {
  return paragraphs.flatMap((p) => {
    // 一、提高认识 全县上下要…: a web page's bold heading whose break is only a space, which cleaning removes.
    const spaced = spacedRunIn(p.text);
    return spaced ? [...nodesOf(spaced[0], p.tag), ...nodesOf(spaced[1])] : nodesOf(p.text, p.tag);
  });
}

function nodesOf(raw: string, tag?: string): SpeechNode[] {
  const text = cleanPastedText(raw);
  if (!text) return [];
  const number = stripOutlineNumber(text);
  if (number.level) return numbered(text, { ...number, level: number.level });
  const tagged = taggedLevel(tag);
  return [tagged && text.length <= TAGGED_HEAD_MAX ? heading(tagged, text) : paragraph(text)];
}

/**
 * Plain clipboard text as paragraphs: one per line, except that lines hard-wrapped mid-sentence (copied from a
 * PDF or a fixed-width text) are joined again by the miner's rejoinLines, which also knows indentation and wrap
 * width. Full-width indentation is turned into spaces first so that rejoinLines can see it.
 */
export function pastedPlainText(text: string): PastedParagraph[] {
  const lines = text.split(/\r\n?|\n|\u2028|\u2029/).map((line, i) => ({
    text: line
      .replace(/^[\u3000\t\u00a0 ]+/, (lead) => lead.replace(/\u3000|\t/g, "  ").replace(/\u00a0/g, " "))
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ""),
    lineNo: i + 1,
  }));
  return rejoinLines(lines).map((p) => ({ text: p.text }));
}
