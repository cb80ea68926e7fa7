// A page that broke every paragraph over two to four lines at arbitrary points (text copied out of a PDF viewer:
// no wrap width, no indent, blank lines only now and then). Its line ends carry no paragraph marks, so three cuts the
// general joining rules (rejoin-lines.ts) cannot see are mended here, once the page is seen to be such a page: a
// line stopped inside a word (in rejoin-lines.ts), a heading's last words alone on the next line, and a sentence left
// alone on its line at the end of a paragraph that was cut at a full stop.
import { endsSentence, firstSentenceEnd } from "./outline-patterns";
import { STANDALONE_START, type Item, type Mode } from "./rejoin-modes";
import type { Paragraph } from "./types";

/** A paragraph as joined: its first line and how many lines it took. */
export type Run = { first: Item; lines: number };
/** The paragraphs of a page as joined, each with its run of lines. */
export type Joined = { out: Paragraph[]; runs: Run[] };

/** A heading line without a run-in body (nothing after its first sentence). */
export function isStandalone(t: string): boolean {
  const end = firstSentenceEnd(t);
  return end < 0 || end >= t.length;
}

const STOP_RE = /[，。、；：！？,.;:!?]/;

/** A prose paragraph: not a heading, a title, a speaker's or a date line, nor a salutation. */
const prose = (r: Run) => !r.first.header && !(r.first.family && isStandalone(r.first.text));

/** The page broke its paragraphs at arbitrary points: four lines or more of some length stop inside a word with a
 *  clause before it (…刚才，局安全股通报了暑期). On a page of one paragraph a line only a list's last item or a slogan
 *  without its stop ends so, once or twice (a short list item, 危险化学品整治，县应急局牵头, is shorter). */
function cutInWords(items: Item[]): boolean {
  const cut = (it: Item) => !it.header && !it.family && it.text.length >= 20 && /[，、；。！？]/.test(it.text);
  return items.filter((it) => cut(it) && /\p{Script=Han}$/u.test(it.text)).length >= 4;
}

/** A plain page's paragraphs as `joined` by the general rules, or, where the page is seen broken at arbitrary points,
 *  joined again with the broken page's rules (`join`, given the numbered headings standing alone on their lines:
 *  the peers a heading cut short is measured against) and its lone sentences mended. */
export function mendBrokenPage(items: Item[], joined: Joined, join: (headings: Item[]) => Joined): Paragraph[] {
  if (!cutInWords(items)) return joined.out;
  return joinLoneSentences(join(items.filter((it) => it.family && !it.header && isStandalone(it.text))));
}

/** 二、聚焦重点环节，扎实开展 / 开学前后安全隐患大排查 / （一）…: on a broken page, a numbered heading of two clauses, its
 *  last clause cut in a word, goes on into a short line with no stop at all that stands between it and the next
 *  numbered line. The heading is shorter than every other heading of its kind on the page (a speech writes the
 *  headings of one rank to one length): one as long as they are is whole, and the short line under it is its body
 *  (a 提纲's 事故起数同比下降18%) or its subtitle (——坚决遏制重特大事故发生). */
export function headingGoesOn(prev: Item, next: Item, following: Item | undefined, mode: Mode): boolean {
  if (!mode.broken || !prev.family || !isStandalone(prev.text) || !/[，,]/.test(prev.text)) return false;
  if (!/\p{Script=Han}$/u.test(prev.text) || next.header || next.family || /^[—–-]/.test(next.text)) return false;
  if (next.text.length > 16 || STOP_RE.test(next.text) || prev.text.length + next.text.length > 40) return false;
  const peers = mode.broken.headings.filter((h) => h !== prev && h.family === prev.family);
  if (peers.length < 2 || peers.some((h) => h.text.length < prev.text.length + 3)) return false;
  return !!following?.family && !following.afterBlank;
}

/** 下面，我讲三点意见。/ 以上意见，请…抓好落实。: a sentence that announces the speech's parts or closes it. */
const LEAD_OR_CLOSE_RE = /^(?:下面|以下|以上|最后|总之|总的来说)/;

/** One sentence alone on its line, right before a heading, a 同志们，… or the page's end, goes on the paragraph above
 *  where the page leaves no other paragraph on one line: eight paragraphs of several lines at least, at most two
 *  sentences alone (a page of one paragraph a line, or of short paragraphs, has many). The sentence is as long as
 *  the page's lines (the cut fell at the full stop of a line): a one-sentence paragraph that is shorter, or one
 *  that announces the speech's parts or closes it, stands. */
function joinLoneSentences({ out, runs }: Joined): Paragraph[] {
  // Paragraphs of sentences (a headline, a label or a name above the text is none).
  const body = runs.filter((r, k) => prose(r) && out[k]!.text.length >= 15 && endsSentence(out[k]!.text));
  const lone = body.filter((r) => r.lines === 1);
  if (body.length - lone.length < 8 || lone.length > 2) return out;
  const perLine = body
    .filter((r) => r.lines >= 2)
    .map((r) => out[runs.indexOf(r)]!.text.length / r.lines)
    .sort((a, b) => a - b);
  const lineLength = perLine[Math.floor(perLine.length / 2)]!;
  const closes = (r: Run | undefined) =>
    !r || r.first.header || STANDALONE_START.test(r.first.text) || (!!r.first.family && isStandalone(r.first.text));
  const kept: Paragraph[] = [];
  runs.forEach((r, k) => {
    const above = runs[k - 1];
    const joins =
      r.lines === 1 &&
      lone.includes(r) &&
      !r.first.afterBlank &&
      !r.first.family &&
      !STANDALONE_START.test(r.first.text) &&
      !LEAD_OR_CLOSE_RE.test(r.first.text) &&
      r.first.text.length >= lineLength &&
      endsSentence(r.first.text) &&
      !!above &&
      above.lines >= 2 &&
      prose(above) &&
      endsSentence(out[k - 1]!.text) &&
      closes(runs[k + 1]);
    if (joins) kept[kept.length - 1] = { ...kept[kept.length - 1]!, text: kept[kept.length - 1]!.text + out[k]!.text };
    else kept.push(out[k]!);
  });
  return kept;
}
