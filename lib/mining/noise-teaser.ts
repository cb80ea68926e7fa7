// The teaser test: a site's summary of the page (摘要：…, a line cut off with … that the text below repeats, or a
// reply quoting the post above it cut short), which the noise rules remove as a repeat, not as new text.

import { squeeze, squeezedLines } from "./page-line-views";

/** A line without a closing ellipsis is a teaser only when a longer line soon after opens with all of it: the
 *  page's summary above its one-line text (a repeated paragraph or title is a line of its own, not an opening). */
function repeatsAsOpening(
  lines: string[],
  i: number,
  verdict: (string | null)[],
  core: string,
  compacted: readonly string[],
): boolean {
  if (core.length < 30 || core.length > 1000) return false;
  const following: string[] = [];
  // An opening whose paragraphs became lines of their own (the title, 同志们：, the first paragraph) is looked for
  // across lines only when the next line starts like the teaser and is too short to hold it.
  let spans = false;
  for (let j = i + 1, seen = 0; j < lines.length && seen < (spans ? 6 : 3); j++) {
    if (verdict[j] || !lines[j]!.trim()) continue;
    seen++;
    const next = compacted[j]!;
    const at = seen <= 3 ? next.indexOf(core) : -1;
    if (at >= 0) return at <= 20 && next.length >= core.length + 20;
    if (seen === 1) {
      const start = next.indexOf(core.slice(0, 8));
      spans = start >= 0 && start <= 20 && next.length < core.length + 20;
    }
    if (spans) following.push(next);
  }
  if (following.length < 2) return false;
  const joined = following.join("");
  const at = joined.indexOf(core);
  return at >= 0 && at <= 20 && at + core.length > following[0]!.length && joined.length >= at + core.length + 20;
}

/** How far above a cut-off line its quoted text is looked for (a reply quotes the post it answers), and how many
 *  such lines a file may have looked up: both bound the work on a hostile file. */
const QUOTE_WINDOW = 8_000;
const QUOTE_LOOKUPS = 200;

/** The kept text above each line, for quotesEarlier, and every line without its spaces: compacted once per file. */
export type EarlierText = { text: string; offsets: number[]; lookups: number; compacted: readonly string[] };

export function earlierText(lines: string[], verdict: (string | null)[]): EarlierText {
  const offsets: number[] = [];
  const compacted = [...squeezedLines(lines)]; // a copy: the view is redone when a later pass edits a line
  let text = "";
  compacted.forEach((l, j) => {
    offsets.push(text.length);
    if (!verdict[j]) text += l;
  });
  return { text, offsets, lookups: 0, compacted };
}

/** The kept text in the QUOTE_WINDOW characters above line i holds the core of the cut-off line i. */
function quotesEarlier(earlier: EarlierText, i: number, core: string): boolean {
  if (earlier.lookups++ >= QUOTE_LOOKUPS) return false;
  const end = earlier.offsets[i]!;
  return earlier.text.slice(Math.max(0, end - QUOTE_WINDOW), end).includes(core);
}

/** The label a site puts before its summary of the page (摘要：…, a portal's 【文字解读】 link under the text, an
 *  account's 导读｜… in the bar its credits use: 来源｜, 编辑｜), not part of the text it repeats. */
const TEASER_LABEL_RE =
  /^[【\[]?(?:摘要|内容摘要|内容提要|提要|导读|导语|简介|核心提示|文字解读)[】\]]?\s*[：:｜|丨]?\s*/;

/** 县长安全生产会议讲话稿（精选2篇）同志们：今天，我们… — a summary that opens with the page's headline, then the text
 *  from its salutation on: what follows the salutation is what the text below repeats. A 文库's 简介：在…上的讲话
 *  同志们：… opens with the speech's own title instead, which stands on its line under the summary (its speaker and
 *  date between it and the salutation there). */
const HEADLINE_SALUTATION_RE = /^(.{4,60}?)同志们[：:，,]/;
/** How far above the summary its page's headline is looked for. */
const HEADLINE_REACH = 30;
/** How many lines with text below the summary its speech's title is looked for in. */
const TITLE_BELOW_REACH = 3;

/** The words before 同志们 are a line above the summary (the page's headline) or one of the first lines under it (the
 *  speech's title), not a speaker's own words. */
function isHeadlineNear(lines: string[], compacted: readonly string[], i: number, words: string): boolean {
  for (let j = Math.max(0, i - HEADLINE_REACH); j < i; j++) if (compacted[j] === words) return true;
  for (let j = i + 1, seen = 0; j < compacted.length && seen < TITLE_BELOW_REACH; j++) {
    if (!lines[j]!.trim()) continue;
    if (compacted[j] === words) return true;
    seen++;
  }
  return false;
}

/** A line ending in ... whose text is repeated by the lines that follow (a site's summary of the page). */
export function isTeaser(lines: string[], i: number, verdict: (string | null)[], earlier: EarlierText): boolean {
  const trimmed = lines[i]!.trim();
  const t = trimmed.replace(TEASER_LABEL_RE, "");
  // Bounded runs: an unbounded \.{3,} retried at every dot of a long run of dots is quadratic.
  const m =
    /(?:\.{3,12}|…{1,12}|。{3,12})\s*(?:[【\[（(]?(?:阅读全文|展开全[文部]|查看全文|全文|更多|详细)[】\]）)]?)?$/.exec(
      t,
    );
  // A whole line with no label cut from it is its compacted copy.
  const core = !m && t.length === trimmed.length ? earlier.compacted[i]! : squeeze(m ? t.slice(0, m.index) : t);
  if (!m) return repeatsAsOpening(lines, i, verdict, core, earlier.compacted);
  if (core.length < 15 || core.length > 1000) return false;
  let following = "";
  for (let j = i + 1; j < lines.length && following.length < core.length + 300; j++) {
    if (!verdict[j]) following += earlier.compacted[j]!;
  }
  // Where the text below repeats the core: from its first words on, or all of it up to its last words.
  const repeated = (c: string, at: number) => {
    if (following.startsWith(c, at)) return true;
    const end = following.indexOf(c.slice(-10), at);
    return end >= 0 && end <= at + c.length + 20;
  };
  const at = following.indexOf(core.slice(0, 12));
  // (Found from its first words but not repeated whole: a summary that opens with the speech's title, whose speaker
  // and date lines stand between the title and the salutation below, is read by its text after the salutation.)
  const found = at >= 0 && at <= 300;
  if (found && repeated(core, at)) return true;
  const headline = HEADLINE_SALUTATION_RE.exec(core);
  const text =
    headline && isHeadlineNear(lines, earlier.compacted, i, headline[1]!) ? core.slice(headline[0].length) : "";
  const textAt = text.length >= 15 ? following.indexOf(text.slice(0, 12)) : -1;
  if (textAt >= 0 && textAt <= 300 && repeated(text, textAt)) return true;
  // A cut-off line that quotes text above it (a reply quoting the post, a summary placed after the text).
  return !found && core.length >= 20 && quotesEarlier(earlier, i, core);
}
