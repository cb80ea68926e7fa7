// Rejoins hard-wrapped lines (fixed-width copies from PDF or Word) into paragraphs. Blank lines and sentence-final
// punctuation are paragraph breaks; a line cut mid-sentence continues on the next line. Two document-wide signals
// help when present: a wrap width (many lines end at the same column) and first-line indentation.
import {
  dateOfLine,
  endsSentence,
  isHeaderSalutation,
  isTitleLine,
  parseEnumerator,
  speakerAndDate,
  type Family,
} from "./outline-patterns";
import {
  blankLineMode,
  charColumns,
  CONTINUATION_START,
  displayWidth,
  indentMode,
  type Item,
  type Mode,
  paragraphIndentMode,
  sentenceLineMode,
  indentedSentenceMode,
  STANDALONE_START,
  strayBlank,
  strictIndentMode,
  tagBreakMode,
  wrapWidth,
} from "./rejoin-modes";
import { charWrapMode } from "./rejoin-char-wrap";
import { lostIndentWidth, opensAfterLostIndent } from "./rejoin-lost-indents";
import { spokenJoins, spokenLineMode } from "./rejoin-spoken-lines";
import { headingGoesOn, isStandalone, mendBrokenPage, type Joined, type Run } from "./rejoin-broken-lines";
import { trailingHeadingBreaks } from "./run-in-heading";
import type { Paragraph, SourceLine } from "./types";

export function leadingWidth(s: string): number {
  let i = 0;
  while (i < s.length && s[i] === " ") i++;
  return i;
}

const SOFT_END = /[，、；,;—（(“‘《【「『]$/;
const BULLET_START = /^(?:——|[●•◆■☆★○◇□√])/;
const RULE_LINE_RE = /^[-=_~—―─━═*]{5,}$/;
const DASHED_LABEL_RE = /^[—―]{2}[^—―]{1,30}[—―]{2}$/; // ——形势不容乐观——: its closing dash is no soft end
const WEAK_FAMILIES = new Set<Family>(["shi", "yao", "num-dot", "num-paren", "circled"]);
/** A line's outline number as joining reads it: a 1.1 heading stands short on its line like any title, and a wrapped
 *  line that opens with a figure (2.5小时内…) runs on, so a decimal number is none here. */
const joiningFamily = (text: string): Family | null => {
  const family = parseEnumerator(text)?.family ?? null;
  return family === "num-decimal" ? null : family;
};

function joins(first: Item, prev: Item, next: Item, mode: Mode, items: Item[], k: number): boolean {
  const after = items[k + 1];
  const leadIn = /[：:]$/.test(next.text) && !!after && (after.family === "cn-dun" || after.family === "cn-paren");
  const lastOfRun = !after?.text;
  const { width, indents } = mode;
  // (A subtitle's cue that reads like a title, once it runs on in the speaker's sentence, is none.)
  const cueInSentence = prev !== first && prev.line.hint?.flows;
  if ((prev.header && !cueInSentence) || prev.line.hint?.headingLevel || next.line.hint?.headingLevel) return false;
  // A .docx table's rows are paragraphs of their own; a row stopped at a comma runs on only into a line that is no
  // row (a paragraph carried over into a row whose number cell is empty).
  if (prev.line.hint?.tableRow || next.line.hint?.tableRow)
    return !!prev.line.hint?.tableRow && !next.line.hint?.tableRow && SOFT_END.test(prev.text);
  // A rule (------) parts what is above from what is below: it is no wrapped line, and nothing wraps into it.
  if (RULE_LINE_RE.test(prev.text) || RULE_LINE_RE.test(next.text) || DASHED_LABEL_RE.test(prev.text)) return false;
  // A page break cut the sentence: it runs on into the next page (a heading or a numbered item does not, but for
  // the next of a paragraph's 一是…；二是…； items, after the semicolon or comma that ended the one before, where an
  // indent does not start it as a paragraph of its own).
  const afterBreak = next.line.hint?.afterBreak;
  const nextItem =
    (next.family === "shi" || next.family === "yao") && /[；;，,]$/.test(prev.text) && !(indents && next.indent >= 2);
  if (afterBreak && !next.header && (!next.family || nextItem) && !(prev === first && first.family)) {
    // Where every paragraph opens indented, a page's first line without the indent goes on the paragraph the page
    // before ended at its margin, even after a full stop (…我完全同意。 / — 1 — / 下面，我就…).
    if (afterBreak === "page" && indents && next.indent < 2 && !next.family && /[，。；]/.test(next.text)) {
      // …only from a line that reached the margin: a paragraph that ended before the break stops short of it, and a
      // heading set flush left at the page's top (坚持问题导向，狠抓…) starts a part of its own.
      if (width > 0 && prev.width >= width - 4) return true;
    }
    if (endsSentence(prev.text) || /[：:]$/.test(prev.text)) return false;
    // Two messages of a chat: one sentence runs on only where the first stopped at a comma (a heading sent alone stays).
    if (afterBreak === "message") return SOFT_END.test(prev.text);
    const full = width > 0 && prev.width >= width - 6;
    // A page cuts a line of some length (a heading standing alone before the break is short: 坚持底线思维 守牢安全
    // 防线); a site's 展开全文 or an address cuts a paragraph anywhere, but not a heading set apart by a blank line.
    // Inside a paragraph of several lines no heading stands: the page cut a sentence, however short its last line.
    if (afterBreak === "page") return prev !== first || prev.text.length >= 25 || SOFT_END.test(prev.text) || full;
    const short = prev.text.length < (prev.afterBlank ? 40 : 16);
    return !(prev === first && short && !SOFT_END.test(prev.text) && !full);
  }
  // A break at every tag: a run between blank lines is one paragraph, its sentences and the pieces its tags cut;
  // a heading (numbered, or a line without a stop after a full stop) stands alone, as do a list's items and thanks.
  if (mode.tagBreaks) {
    if (next.header || STANDALONE_START.test(next.text) || (prev === first && isTagHeading(first))) return false;
    if (/[：:；;]$/.test(prev.text) && (next.family || BULLET_START.test(next.text))) return false;
    return endsSentence(prev.text) ? !next.family && STOP_RE.test(next.text) : true;
  }
  if (mode.spoken) return spokenJoins(prev, next, mode.spoken);
  // One sentence a line: a sentence runs on into the next, up to a heading, a header line or 同志们，….
  if (mode.sentences && endsSentence(prev.text) && !(prev === first && first.family) && !next.family)
    return !next.header && !STANDALONE_START.test(next.text) && endsSentence(next.text);
  // One sentence a line and the paragraphs' first lines indented: an unindented sentence goes on the paragraph.
  if (mode.indentedSentences && endsSentence(prev.text) && !(prev === first && first.family) && !next.family)
    return !next.header && next.indent < 2 && !STANDALONE_START.test(next.text) && endsSentence(next.text);
  // Between blank lines a full line of a narrow wrap runs on (a short one ends its paragraph: a slogan, a heading,
  // 谢谢大家！); a heading runs on only into a short last line of its run (第一，…面临 / 的严峻形势).
  if (mode.blankLines && !next.header && !CONTINUATION_START.test(next.text)) {
    if (prev === first && first.family && isStandalone(prev.text))
      return lastOfRun && next.text.length <= 20 && !next.family && !endsSentence(prev.text);
    const full = prev.width >= mode.blankLines - 6;
    if (!full && (STANDALONE_START.test(next.text) || /[：:]$/.test(prev.text))) return false;
    if (next.family && endsSentence(prev.text)) return false;
    // A line left short because the next word (GB/T33000-2016, a number) did not fit is full too.
    const word = /^[A-Za-z0-9][\x21-\x7e]*/.exec(next.text)?.[0] ?? "";
    return (
      full ||
      (word && prev.width + word.length >= mode.blankLines - 6) ||
      (SOFT_END.test(prev.text) && prev.width >= mode.blankLines / 2)
    );
  }
  // Subtitle cues cut the text anywhere, sentence ends included: it runs on up to a heading or a lead-in's colon
  // (long runs are split at the speech's own cues afterwards).
  // A cue that reads like a title (××镇和县住建局作了表态发言) is a piece of the sentence the speaker is saying, and
  // a cue opening with 一是 goes on the sentence that announced the items.
  const runIn = next.family === "shi" || next.family === "yao";
  if (
    prev.line.hint?.flows &&
    next.line.hint?.flows &&
    (!next.header || (isTitleLine(next.text) && !endsSentence(prev.text))) &&
    (!next.family || runIn)
  )
    return !/[：:]$/.test(prev.text) && !(prev === first && first.family && isStandalone(prev.text));
  const final = endsSentence(prev.text);
  // A line cut mid-sentence may stop a few columns short (half-width digits, a first-line indent lost in the copy);
  // a wrap counted in characters leaves a line with figures in it (全镇126家…隐患318) shorter still, cut inside a word
  // or a number (a numbered item or a caption ending in %, ）, stops there of itself).
  const cutInWord = !final && !prev.family && /[\p{Script=Han}A-Za-z0-9]$/u.test(prev.text);
  const full =
    width > 0 &&
    (prev.width >= width - (final ? 4 : 6) || (cutInWord && charColumns(prev) >= width - 4)) &&
    !(final && mode.charWrap && charColumns(prev) < width - 2);
  if (CONTINUATION_START.test(next.text)) return true;
  if (mode.lostIndent && opensAfterLostIndent(first, prev, next, mode, after)) return false;
  // An item of a list (——… / ●…) after the lead-in or another item, and 同志们， after a list's ；, start lines of
  // their own: the semicolon ends an item, not a wrapped line.
  const bullet = BULLET_START.exec(next.text)?.[0];
  if (bullet && (prev.text.startsWith(bullet) || /[；;：:。！？]$/.test(prev.text))) return false;
  if (STANDALONE_START.test(next.text) && /[；;]$/.test(prev.text)) return false;
  if (indents && next.indent >= 2) return false;
  // After a comma the sentence goes on, even into a line that reads like a title (…学习领会会议上的讲话).
  if (next.header) return /[，、；,;]$/.test(prev.text) && !next.family;
  // A wrap may land just before an inline 一是 or “安全第一、…” (after an unfinished full line; after 。 only a
  // full line of 一是… runs on, a heading line is short). A run-in 一要… joined by mistake is split by the outline.
  if (next.family) {
    const nextFull = width > 0 && next.width >= width - 4;
    if (prev === first && first.family) return false;
    // Where paragraphs are indented, a full line ending in its colon and an unindented 一是… below it are one
    // paragraph that wrapped right after the colon (…几个方面： / 一是农村自建房多，…).
    const unindented = indents && next.indent < 2 && WEAK_FAMILIES.has(next.family);
    if (full && unindented && /[：:]$/.test(prev.text)) return true;
    if (!full || /[：:]$/.test(prev.text)) return false;
    return WEAK_FAMILIES.has(next.family) ? !final || nextFull : !final && nextFull;
  }
  if (final && STANDALONE_START.test(next.text)) return false;
  // 今天我重点讲两个方面的问题： right above 一、…: the outline's lead-in is a paragraph of its own.
  if (final && leadIn && !(width > 0 && next.width >= width - 4)) return false;
  // A heading line only continues when it was itself wrapped.
  // (When a full heading line ends in 。 and the body follows, the run-in split of the outline separates them.)
  if (prev === first && first.family && isStandalone(prev.text))
    return SOFT_END.test(prev.text) || full || headingGoesOn(prev, next, after, mode);
  // Every paragraph indented: a line near the margin continues, in columns or, for a wrap counted in characters
  // (half-width digits narrower), in characters.
  if (indents)
    return !final || full || (mode.strictIndents && (prev.width >= width - 10 || charColumns(prev) >= width - 4));
  // At a fixed wrap width a full line runs on even after 。: a paragraph rarely ends exactly at the margin.
  if (full) return true;
  if (final) return false;
  if (/[：:]$/.test(prev.text)) return false;
  if (SOFT_END.test(prev.text)) return true;
  if (width > 0) return false;
  // On a page broken at arbitrary points, a paragraph's later line, a piece of prose stopped inside a word (…将带队
  // 分片督查，对 / 隐患整改不力…), runs on into prose (a figure there is a list's: 事故起数 12 / 死亡人数 5; on a page of
  // one paragraph a line, such a line is a list's last item or a slogan without its stop).
  if (mode.broken && prev !== first && /\p{Script=Han}$/u.test(prev.text) && /[，、；。！？]/.test(prev.text))
    return STOP_RE.test(next.text) && !STANDALONE_START.test(next.text);
  // A converter that breaks lines only at spaces (pandoc) leaves a sentence's Latin word (HAZOP, DCS) at a line's end
  // (a figure there is a list's or a phone number's: 事故起数 12 / 举报电话：12350).
  if (prev !== first && /[A-Za-z]{2,}$/.test(prev.text) && !/[：:]/.test(prev.text)) return true;
  // …件件有回音。三、压紧压实安全责任: a heading run into the end of a paragraph keeps the break after it.
  if (trailingHeadingBreaks(prev.text, next.text, items, k - 1)) return false;
  // No punctuation at the end: a long line was cut mid-sentence; a short one is a title or heading.
  return prev.text.length >= 40 || (prev.text.length >= 25 && /[，、；]/.test(prev.text));
}

/** Any stop inside a sentence or at its end. */
const STOP_RE = /[，。、；：！？]/;
/** A paragraph's first line that is a heading in a text broken at every tag: numbered, or without any stop right
 *  after a full stop (elsewhere such a line is a tag's piece: a heading there is a run of its own). */
const isTagHeading = (it: Item) => (!!it.family && isStandalone(it.text)) || (it.afterStop && !STOP_RE.test(it.text));

// A word of latin letters wrapped at its space; digits on both sides are one number cut by the wrap (1 / 2.5%).
const needsSpace = (a: string, b: string) =>
  (/[A-Za-z]$/.test(a) && /^[A-Za-z0-9]/.test(b)) || (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z]/.test(b));

export function rejoinLines(lines: SourceLine[]): Paragraph[] {
  const items: Item[] = lines.map((line, k) => {
    const text = line.text.trim();
    // 各位同志： / 各位校长、各位老师：: an address to the room stands alone (a speaker's line above it never runs on).
    const header =
      !!text && (isTitleLine(text) || isHeaderSalutation(text) || !!dateOfLine(text) || !!speakerAndDate(text));
    return {
      text,
      indent: leadingWidth(line.text),
      // Columns from the line's start: a fixed-width wrap counts a first line's indent too, and what a cut took out.
      width: displayWidth(text) + leadingWidth(line.text) + (line.hint?.cutColumns ?? 0),
      line,
      header,
      family: text ? joiningFamily(text) : null,
      afterBlank: k > 0 && !lines[k - 1]!.text.trim(),
      afterStop: k > 0 && endsSentence(lines[k - 1]!.text.trim()),
    };
  });
  const width = wrapWidth(items.filter((it) => it.text).map((it) => it.width));
  const indents = indentMode(items);
  const plain = width === 0 && !indents;
  const mode: Mode = {
    width,
    indents,
    strictIndents: indents && width > 0 && strictIndentMode(items, width),
    blankLines: plain ? blankLineMode(items) : 0,
    sentences: plain && sentenceLineMode(items),
    tagBreaks: plain && tagBreakMode(items),
    charWrap: charWrapMode(items, width),
    paragraphIndents: paragraphIndentMode(items, indents),
    spoken: plain ? spokenLineMode(items) : 0,
    indentedSentences: indents && width === 0 && indentedSentenceMode(items),
  };
  mode.lostIndent = lostIndentWidth(items, mode);
  const joined = joinAll(items, mode);
  // A page of one paragraph a line, or one broken at arbitrary points, which its lines show (rejoin-broken-lines.ts).
  if (!plain || mode.blankLines || mode.sentences || mode.tagBreaks || mode.spoken) return joined.out;
  return mendBrokenPage(items, joined, (headings) => joinAll(items, { ...mode, broken: { headings } }));
}

function joinAll(items: Item[], mode: Mode): Joined {
  const out: Paragraph[] = [];
  const runs: Run[] = [];
  let parts: string[] = [];
  let first: Item | null = null;
  let prev: Item | null = null;
  const flush = () => {
    if (first && parts.length) {
      const p: Paragraph = { text: parts.join(""), lineNo: first.line.lineNo };
      if (first.line.hint) p.hint = first.line.hint;
      if (mode.paragraphIndents && first.indent >= 2) p.indented = true;
      out.push(p);
      runs.push({ first, lines: parts.length });
    }
    parts = [];
    first = prev = null;
  };
  items.forEach((it, k) => {
    if (!it.text) {
      if (!strayBlank(items, k, mode)) flush();
      return;
    }
    if (first && prev && joins(first, prev, it, mode, items, k)) {
      parts.push(needsSpace(prev.text, it.text) ? " " + it.text : it.text);
    } else {
      flush();
      first = it;
      parts = [it.text];
    }
    prev = it;
  });
  flush();
  return { out, runs };
}
