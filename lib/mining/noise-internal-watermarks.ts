// An office system's per-reader watermark (中岳能源内部资料 严禁外传 孙晓雯 08731), printed as a band on lines of its own
// again and again, and once in a while copied into a sentence where the band crossed it. The band's own lines are the
// page rules' (noise-office-records.ts); the same words inside a line of text are cut there. A band that names its
// reader (a staff number, the address of his computer) is the system's at its first copy; an office's mark copied
// into a sentence alone (…整改一个青石镇党政办  内部资料销号一个) is known by the office's name, which the page prints
// elsewhere at a line's start (its printing note, its signature).
import { cut, type Ctx } from "./noise-fragments";
import { escapeRegExp } from "./escape-regexp";
import { CLASS_WORDS, INTERNAL_MARK, isInternalMark } from "./noise-office-records";

/** A band this often on lines of its own is the page's; its words inside a sentence are the band again. */
const MIN_BANDS = 2;
const MIN_BAND_CHARS = 8;
/** A reader's name and staff number in a band, apart from its other words (… 孙晓雯 08731), his computer's address
 *  (… 张敏 10.20.3.115) or his login and the day (… chenxiao 2024-03-13): what the system stamps for whoever opened
 *  the copy. */
const READER_STAMP_RE =
  /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}\s*\d{3,8}(?!\d)|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|(?<![A-Za-z\d_.])[A-Za-z][\w.]{2,19}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/;

/** A classification word, and a run of them (内部资料 严禁外传): each pattern below that looks for marks inside a
 *  sentence opens with the run, so a line without the word has none of them. */
const CLASS_WORD = `(?:${CLASS_WORDS})`;
const CLASS_RUN = `${CLASS_WORD}(?:\\s*${CLASS_WORD})*`;
const CLASS_RUN_RE = new RegExp(CLASS_RUN, "g");
const CLASS_WORD_RE = new RegExp(CLASS_WORD);
/** An office's name, as it ends. */
const OFFICE_END_RE = /(?:办公室|办|局|委|部|处|公司|集团|中心|厂|院|政府)$/;
const MIN_OFFICE = 4;
const MAX_OFFICE = 20;

/** The characters of `t`, which spaces may part. */
const spaced = (t: string) => [...t].map(escapeRegExp).join("\\s*");

/** Each office's mark copied into a sentence (青石镇党政办  内部资料): classification words inside a line of text after
 *  the longest office's name that another line of the page opens with, a line of no sentence and no such words (its
 *  signature or printing note: a mark printed on lines of its own is a band or a running header, whose rules know
 *  where it is glued to the text). The file sets the name apart from the words by spaces, as the band prints them;
 *  a speech's own words run on (标注集团公司内部资料的文件, 清单由县政府办会后收回, 县应急管理局仅限内部使用). */
function splicedMarks(lines: { text: string; written?: string }[], texts: string[]): string[] {
  // Only a sentence's line with classification words can carry a mark: where there is none, the heads are not read.
  const carriers = texts.flatMap((t, i) => (CLASS_WORD_RE.test(t) && /[。！？，；]/.test(t) ? [i] : []));
  if (!carriers.length) return [];
  // The heads' openings, as long as a name may be (a sentence's line is no head: the two never coincide).
  const openings = new Set<string>();
  for (const h of texts) {
    if (!h || /[。！？，；]/.test(h) || CLASS_WORD_RE.test(h)) continue;
    for (let n = MIN_OFFICE; n <= Math.min(MAX_OFFICE, h.length); n++) openings.add(h.slice(0, n));
  }
  const marks = new Set<string>();
  if (!openings.size) return [];
  for (const i of carriers) {
    const t = texts[i]!;
    const written = lines[i]!.written ?? lines[i]!.text;
    for (const m of t.matchAll(CLASS_RUN_RE)) {
      const before = t.slice(0, m.index);
      for (let n = Math.min(MAX_OFFICE, before.length - 1); n >= MIN_OFFICE; n--) {
        const name = before.slice(-n);
        if (!/^[\u4e00-\u9fff]+$/.test(name) || !OFFICE_END_RE.test(name) || !openings.has(name)) continue;
        if (new RegExp(`${spaced(name)}\\s+${spaced(m[0])}`).test(written)) marks.add(name + m[0]);
        break;
      }
    }
  }
  return [...marks];
}

/** A reader's band set into a sentence where no line of its own shows it: classification words, then the reader's
 *  name and staff number set apart by spaces as the system prints them (…供电所内部资料 刘晓燕 0416在没有验电…). A
 *  sentence never spaces a name from a number so; the band is known when it recurs. A number that runs on as a date,
 *  a count or an edition (汇编 2024 版, 2024-09-12) is the sentence's own. */
const SPLICED_STAMP_RE = new RegExp(
  `${CLASS_RUN}\\s+[\\u4e00-\\u9fff]{2,4}\\s+\\d{3,8}(?!\\s*[\\d年月日号个份件条项版期%.．:：\\-/])`,
  "g",
);

/** The reader's bands set into lines of text as the file wrote them, each found twice or more on the page (spaces
 *  taken out). */
function splicedStamps(lines: { text: string; written?: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const written = l.written ?? l.text;
    if (!CLASS_WORD_RE.test(written) || !/[。！？，；]/.test(written)) continue;
    for (const m of written.matchAll(SPLICED_STAMP_RE)) {
      const t = m[0].replace(/\s+/g, "");
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= MIN_BANDS).map(([t]) => t);
}

/** The page's watermark bands (whole lines that carry a classification word and recur, or name their reader) and its
 *  offices' marks copied into sentences, as one pattern whose characters may be parted by spaces; null when there are
 *  none. */
export function internalBands(lines: { text: string; written?: string }[]): RegExp | null {
  const counts = new Map<string, number>();
  const stamps = new Map<string, string>();
  // (Spaces taken out once: the bands are counted, and the marks found, on these.)
  const texts = lines.map((l) => l.text.replace(/\s+/g, ""));
  for (const [i, l] of lines.entries()) {
    const t = texts[i]!;
    if (t.length < MIN_BAND_CHARS || !isInternalMark(l.text.trim())) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
    const stamp = READER_STAMP_RE.exec(l.text)?.[0];
    if (stamp) stamps.set(t, stamp.replace(/\s+/g, ""));
  }
  const spliced = splicedMarks(lines, texts);
  const bands = [
    ...[...counts].filter(([t, n]) => n >= MIN_BANDS || stamps.has(t)).map(([t]) => t),
    ...spliced,
    ...splicedStamps(lines),
  ];
  if (!bands.length) return null;
  // An office's mark the copy set in brackets of its own (整改一个（青石镇党政办 内部资料）销号一个) goes with them.
  const enclosed = spliced.map((t) => `[（(]\\s*${spaced(t)}\\s*[）)]`);
  // The reader's stamp alone (【孙晓雯 08731】), in the square brackets a system sets into a sentence: the band again.
  // Round brackets are the writer's own (表现突出的（孙晓雯 08731）等同志): a speech may name the reader so.
  const bracketed = bands.flatMap((t) => {
    const stamp = stamps.get(t);
    return stamp ? [`[【\\[]\\s*${spaced(stamp)}\\s*[】\\]]`] : [];
  });
  const plain = bands.sort((a, b) => b.length - a.length).map(spaced);
  return new RegExp([...enclosed, ...plain, ...new Set(bracketed)].join("|"), "g");
}

/** Cuts a band's words from inside a line of text (a line that is the band alone is left to the page rules). */
export function cutInternalBands(text: string, bands: RegExp, lineNo: number, ctx: Ctx): string {
  return cut(text, bands, INTERNAL_MARK, lineNo, ctx, (m) => m.trim() === text.trim());
}
