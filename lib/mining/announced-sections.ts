// Section headings without numbers that the opening announces (下面，我讲三个方面。 / 我讲几点意见，不念稿子，讲点实在的。):
// the line right under the announcement and its peers, short lines with no sentence in them standing alone between
// paragraphs (三季度的情况, 谁的岗位谁负责, 看清形势，绷紧安全生产这根弦), as many as the opening counts (two or more for
// 几). A short line alone is as often a slogan, so the general rule (unnumbered-headings.ts) asks for a section's
// verb or a directive; here the speaker has said that sections follow and the first one stands right under it.
// Numbered points (1.隐患清零) may stand under them, one level down; an outline numbered 一、/第一， is the speech's own.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator, type Family } from "./outline-patterns";
import type { Paragraph } from "./types";

/** The last sentence of a paragraph announcing its sections: 讲三个方面, 强调三点, 讲几点意见 (提出了三点要求 reports
 *  someone else's). Group 1 is the count. */
const ANNOUNCE_RE =
  /(?:讲|谈|说|提|强调)(?!话)[^，。！？：了]{0,6}?(几|[两二三四五六七八九])(?:点|个方面|方面|件事|个问题|条)/;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The count a paragraph's last sentence announces (0 for 几: two or more), or null when it announces none. */
function announcedCount(t: string): number | null {
  const body = t.trim().replace(/[。！？!?：:]+[”’」』）)]*$/, "");
  const last = body.slice(Math.max(body.lastIndexOf("。"), body.lastIndexOf("！"), body.lastIndexOf("？")) + 1);
  const m = ANNOUNCE_RE.exec(last);
  return m ? (COUNT[m[1]!] ?? 0) : null;
}

const MIN_LINE = 4;
const MAX_LINE = 30;
/** Words only, one phrase or two parted by a comma (the second may list two: 做到守土有责、守土尽责): no sentence's
 *  stop, no quote, no Latin (打开APP，查看高清大图). */
const SECTION_LINE_RE = /^[\u4e00-\u9fff\d]+(?:[，、][\u4e00-\u9fff\d]+)?(?:、[\u4e00-\u9fff\d]+)?$/;
const MIN_PROSE = 40;

const sectionLine = (t: string) =>
  t.length >= MIN_LINE &&
  t.length <= MAX_LINE &&
  SECTION_LINE_RE.test(t) &&
  !parseEnumerator(t) &&
  !isSalutation(t) &&
  !isSpeakerLine(t) &&
  !dateOfLine(t) &&
  !isTitleLine(t);

/** Numberings that are a speech's own top level: beside them, an unnumbered line is no section of it. */
const TOP_FAMILIES = new Set<Family>(["chapter", "section", "cn-dun", "di", "matter", "cn-bracket"]);

/** The indexes of a body's announced section headings, or null when the opening announces none or the lines do not
 *  match its count. */
export function announcedSections(body: Paragraph[]): number[] | null {
  // (A Word list's depth, where its numbers were taken off, says more: unnumbered-headings reads it.)
  if (body.some((p) => p.hint?.headingLevel || p.hint?.unnumberedListLevel)) return null;
  const texts = body.map((p) => p.text.trim());
  const numbered = texts.flatMap((t, i) => {
    const e = parseEnumerator(t);
    return e && e.family !== "shi" && e.family !== "yao" ? [{ i, e }] : [];
  });
  if (numbered.some(({ e }) => TOP_FAMILIES.has(e.family))) return null;
  const first = texts.findIndex((t, i) => i > 0 && sectionLine(t) && announcedCount(texts[i - 1]!) !== null);
  if (first < 0 || numbered.some(({ i }) => i < first)) return null;
  const count = announcedCount(texts[first - 1]!)!;
  const seen = new Map<string, number>();
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  const prose = (i: number) => (texts[i]?.length ?? 0) >= MIN_PROSE;
  // Under prose (a line after a colon is what the paragraph announces: a saying, a rule), and over prose or over the
  // first of the points numbered under it (1.隐患清零).
  const under = (i: number) => i === first || (prose(i - 1) && !/[：:]$/.test(texts[i - 1]!));
  const over = (i: number) => prose(i + 1) || parseEnumerator(texts[i + 1] ?? "")?.n === 1;
  const found = texts.flatMap((t, i) =>
    i >= first && sectionLine(t) && seen.get(t) === 1 && under(i) && over(i) ? [i] : [],
  );
  // Two such lines stacked are an outline of two levels (a Word file's numbers lost), whose depths this cannot tell.
  if (!found.includes(first) || texts.some((t, i) => i >= first && sectionLine(t) && sectionLine(texts[i + 1] ?? "")))
    return null;
  return (count ? found.length === count : found.length >= 2) ? found : null;
}
