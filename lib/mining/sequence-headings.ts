// Section headings led by the words of a sequence (首先，肯定成绩，正视问题 / 其次，… / 最后，…, or a plain talk's
// 先说… / 再说… / 最后说说…): short lines of their own, each over paragraphs of prose, the series opened by 首先 and
// closed by 最后. A speech's own sentence that starts 首先， is a paragraph of it: a line with a sentence inside it, a
// line too long for a heading, one 首先， without its siblings on lines of their own, or members with nothing of the
// speech under them is no such series. A line printed with its closing 。 reads as a heading only where the page sets
// it apart by shape: flush left while the paragraphs under it are indented. A host's cue (首先，请…同志通报…。) is the
// 主持词's sentence, set flush left as such cues are: a member that calls on someone (请…, …同志…) is no heading, nor
// is its series. Beside another short line alone between paragraphs (关于当前形势: the speech's own headings), the
// series is a section's points: none.
// Where the paragraph right above the series is the speaker's outline of his talk, as many points as it has (就讲三件
// 事：…, 我讲三点意见), he has said that its parts follow: the lines printed with their 。 are their headings, however
// the page sets them; not a host's cues (观看…, …作讲话) nor his own first-person sentences (我代表…表示感谢).
import { countAnnouncedIn } from "./announced-sections";
import type { Paragraph } from "./types";

type Series = { first: RegExp; middle: RegExp; last: RegExp };
const SERIES: Series[] = [
  { first: /^首先[，,]/, middle: /^(?:其次|再次|再者|再有|第三|然后)[，,]/, last: /^最后[，,]/ },
  // 先说实验实训室 / 再说学生宿舍 / 还有顶岗实习 / 最后说说责任: a plain talk names each topic after the word that
  // says it comes next, without a comma.
  {
    first: /^(?:首先|先)(?:说|讲|谈)/,
    // (还有人…/还有的…/还有些…: "some people", a sentence's subject, not a topic.)
    middle: /^(?:(?:再|接着|然后|其次)(?:说|讲|谈)|还有(?![人的些]|不少|很多|部分|一些))/,
    last: /^最后(?:再)?(?:说|讲|谈)/,
  },
];
/** A heading's length (without its closing 。); a longer line is a sentence of the speech. */
const MIN_HEAD = 6;
const MAX_HEAD = 30;
/** A paragraph of prose under a heading. */
const MIN_PROSE = 40;
/** 首先, one sibling or more, 最后. */
const MIN_SERIES = 3;

const stopless = (t: string) => t.replace(/[。]$/, "");

/** A member's line: the sequence word, a phrase without a sentence's inner stop, of a heading's length. */
function memberLine(t: string): boolean {
  const core = stopless(t);
  return core.length >= MIN_HEAD && core.length <= MAX_HEAD && !/[。！？；：!?;:…“”"（）()《》【】]/.test(core);
}

/** A host's cue: the sequence word, then a call on someone (请县长…, 由…, …同志作讲话). */
const CUE_RE = /^[^，,]{2}[，,]\s*(?:请|有请|由)|同志/;

/** In a series the opening announces, a member that is still the host's or the speaker's sentence: a cue to watch,
 *  report or speak (观看警示教育片, 县应急局通报…, 县长作重要讲话), or one said in the first person (我代表…表示感谢). */
const SENTENCE_MEMBER_RE = /观看|收看|通报|宣读|传达|作.{0,6}(?:讲话|发言|报告|部署)|发言|表态|讲话|我|咱|大家|各位/;

const prose = (p: Paragraph | undefined) => !!p && p.text.trim().length >= MIN_PROSE;

/** A short line without a sentence's end, alone between paragraphs, that is not one of the series. */
const loneLine = (body: Paragraph[], series: number[]) =>
  body.some((p, i) => {
    const t = p.text.trim();
    return (
      !series.includes(i) &&
      t.length <= MAX_HEAD &&
      !/[。！？；：!?;:]$/.test(t) &&
      prose(body[i - 1]) &&
      prose(body[i + 1])
    );
  });

/** The series' lines, in order (首先 … 最后, 先说 … 最后说说), or null when the body has none. */
export function sequenceHeadings(body: Paragraph[]): number[] | null {
  for (const words of SERIES) {
    const series = seriesOf(body, words);
    if (series) return series;
  }
  return null;
}

function seriesOf(body: Paragraph[], { first: FIRST_RE, middle: MIDDLE_RE, last: LAST_RE }: Series): number[] | null {
  const texts = body.map((p) => p.text.trim());
  const first = texts.findIndex((t) => FIRST_RE.test(t) && memberLine(t));
  if (first < 0) return null;
  const series = [first];
  for (let i = first + 1; i < texts.length; i++) {
    const t = texts[i]!;
    if (FIRST_RE.test(t)) return null; // a second 首先: sentences of the speech, not one series
    if (!(MIDDLE_RE.test(t) || LAST_RE.test(t)) || !memberLine(t)) continue;
    series.push(i);
    if (LAST_RE.test(t)) break;
  }
  if (series.length < MIN_SERIES || !LAST_RE.test(texts[series.at(-1)!]!)) return null;
  if (series.some((i) => CUE_RE.test(texts[i]!)) || loneLine(body, series)) return null;
  // Each member over prose, the one before it prose too (or the opening's salutation, for the first).
  if (!series.every((i, k) => prose(body[i + 1]) && (k === 0 || prose(body[i - 1])))) return null;
  // Printed as sentences (…。), all of them, flush left over indented prose; else none ends with a stop.
  const stopped = series.filter((i) => /。$/.test(texts[i]!)).length;
  if (stopped === 0) return series;
  const apart = series.every((i) => !body[i]!.indented && body[i + 1]!.indented);
  const announced =
    countAnnouncedIn(texts[series[0]! - 1] ?? "") === series.length &&
    !series.some((i) => SENTENCE_MEMBER_RE.test(texts[i]!));
  return stopped === series.length && (apart || announced) ? series : null;
}

/** A speech that speaks its outline in its sentences (首先，要… / 最后，要…): a paragraph opening with a series' first
 *  word and one further down opening with its last. */
export function spokenSequence(body: Paragraph[]): boolean {
  const texts = body.map((p) => p.text.trim());
  return SERIES.some(({ first, last }) => {
    const at = texts.findIndex((t) => first.test(t));
    return at >= 0 && texts.slice(at + 1).some((t) => last.test(t));
  });
}

/** A series heading as labelled: without its closing 。. */
export const sequenceHeadingText = (p: Paragraph): string => stopless(p.text.trim());
