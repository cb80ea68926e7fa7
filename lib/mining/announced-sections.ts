// Section headings without numbers that the opening announces (下面，我讲三个方面。 / 我讲几点意见，不念稿子，讲点实在的。):
// the line right under the announcement and its peers, short lines with no sentence in them standing alone between
// paragraphs (三季度的情况, 谁的岗位谁负责, 看清形势，绷紧安全生产这根弦), as many as the opening counts (two or more for
// 几). A short line alone is as often a slogan, so the general rule (unnumbered-headings.ts) asks for a section's
// verb or a directive; here the speaker has said that sections follow and the first one stands right under it.
// The rule stands down wherever it could take speech text for headings: the announcement must close the opening (a
// later 最后，我再强调两点 or a back-reference 前面提到的两个方面 announces no outline), the speech must have no numbered
// outline of its own (1. points may only stand under a section, counting from 1 again in each), and each line must
// read as a heading by its words, not by its length alone (not a slogan, a couplet, an aside, a figure, a list of
// names or a caption). A heading a clerk adds in the composer costs less than speech text made a heading.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator, type Family } from "./outline-patterns";
import type { Paragraph } from "./types";

/** The last sentence of a paragraph announcing its sections: 讲三个方面, 强调三点, 讲几点意见 (提出了三点要求 reports
 *  someone else's, 前面提到的两个方面 refers back). Group 1 is the count. */
const ANNOUNCE_RE =
  /(?:讲|谈|说|提|强调)(?!话|到)[^，。！？：了]{0,6}?(几|[两二三四五六七八九])(?:点|个方面|方面|件事|个问题|条)/;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The count a paragraph's last sentence announces (0 for 几: two or more), or null when it announces none. */
function announcedCount(t: string): number | null {
  const body = t.trim().replace(/[。！？!?：:]+[”’」』）)]*$/, "");
  const last = body.slice(Math.max(body.lastIndexOf("。"), body.lastIndexOf("！"), body.lastIndexOf("？")) + 1);
  const m = ANNOUNCE_RE.exec(last);
  return m ? (COUNT[m[1]!] ?? 0) : null;
}

/** The speaker's outline of his talk, in one clause of a paragraph: 就讲三件事, 我讲三点意见, 下面我谈两个方面,
 *  我想从三个方面谈一谈. The clause is his (我/就/下面…), the verb a talk's (讲/谈/说/强调; 提出三条要求 passes on
 *  someone else's), and the count's noun ends the clause or takes only 意见/看法/体会/要求 (强调三点会风会纪 is a host's
 *  rules for the hall, no outline). Group 1 or 2 is the count. */
const SPEAKER_OUTLINE_RE = new RegExp(
  String.raw`(?:^|[，。！？：；,])[^，。！？：；,]{0,8}?(?:我|咱|就|下面|接下来)[^，。！？：；,]{0,6}?` +
    String.raw`(?:(?:讲|谈|说|强调)(?!话|到|了|过)[^，。！？：；,了]{0,4}?([2-9两二三四五六七八九])` +
    String.raw`(?:点|个方面|方面|件事|个问题)(?:意见|看法|想法|体会|要求)?` +
    String.raw`|从([2-9两二三四五六七八九])个方面来?(?:讲|谈|说)(?:一?(?:讲|谈|说))?)(?=[：:，,。！？；]|$)`,
);

/** The count of the speaker's outline announced in a paragraph (…就讲三件事：…，…。刚才…), or null. */
export function countAnnouncedIn(t: string): number | null {
  const m = SPEAKER_OUTLINE_RE.exec(t);
  const n = m?.[1] ?? m?.[2];
  return n ? ((Number(n) || COUNT[n]) ?? null) : null;
}

const MIN_LINE = 4;
const MAX_LINE = 30;
/** Words only, one phrase or two parted by a comma (the second may list two: 做到守土有责、守土尽责): no sentence's
 *  stop, no quote (but a term's, below), no Latin (打开APP，查看高清大图). */
const SECTION_LINE_RE = /^[\u4e00-\u9fff\d]+(?:[，、][\u4e00-\u9fff\d]+)?(?:、[\u4e00-\u9fff\d]+)?$/;
const MIN_PROSE = 40;

const frame = (t: string) => isSalutation(t) || isSpeakerLine(t) || !!dateOfLine(t) || isTitleLine(t);

/** A short term in quotes among a heading's words (扎实开展“安全生产月”各项活动, 严格落实“三管三必须”): a name, no
 *  quotation; a quote with a stop or a comma in it is a saying's. */
const QUOTED_TERM_RE = /“([\u4e00-\u9fff\d]{2,8})”/g;

/** A short line of words only: the shape of such a heading, and of many lines that are none. The words outside a
 *  quoted term are a line's of themselves (a term in quotes alone, “安全第一”, is a slogan). */
const lineShaped = (t: string) => {
  const words = t.replace(QUOTED_TERM_RE, "$1");
  return (
    t.length >= MIN_LINE &&
    t.length <= MAX_LINE &&
    SECTION_LINE_RE.test(words) &&
    (words === t || t.replace(QUOTED_TERM_RE, "").length >= MIN_LINE) &&
    !parseEnumerator(t) &&
    !frame(t)
  );
};

/** What a section's heading does and a slogan (安全生产重于泰山, 安全是最大的效益) does not: it directs (把隐患找出来,
 *  培训要管用, 压实责任…), names its subject (三季度的情况, 下一步的工作安排), asks (问题出在哪里, 谁的岗位谁负责) or
 *  judges the work (专项整治取得阶段性成效, 汛前准备还有差距). */
const DIRECTS_RE =
  /要|把|不能|不容|不可|必须|务必|一定|先|看清|认清|认识|落到|扛|抓好|抓实|抓牢|狠抓|压实|压紧|落实|推进|加强|强化|提高|提升|突出|紧盯|盯紧|聚焦|排查|整治|管控|守牢|筑牢|夯实|健全|完善|严格|做好|做实|扎实|切实|着力|持续|深入|坚决|始终|层层/;
const SUBJECT_RE = /(?:情况|形势|问题|工作|安排|重点|风险|任务|要求|措施|账)$/;
const ASKS_RE = /哪里|什么|怎么|如何|为什么|哪些|谁/;
const JUDGES_RE = /取得|成效|实效|差距|不足|短板|不少|严峻|乐观/;
/** Not a heading's: the speaker or the hearers (这个我多说两句, 大家记一下 — an aside), a figure with its unit (全县共
 *  排查隐患1286处), units listed (青山区应急管理局、市交通运输局…), a saying's 宁可…不可…. */
const NOT_HEADING_RE =
  /我|你|大家|咱|同志|\d+(?:[.．]\d+)?\s*(?:处|家|起|人|项|个|户|次|名|万|亿|%|％|余|元|吨|天|条|座|辆)|(?:局|委|办|公司|厂|中心|集团|站|所|院|队)、|^宁/;
const MIN_SECOND_PHRASE = 5;

function headingWords(t: string): boolean {
  if (NOT_HEADING_RE.test(t)) return false;
  // Two phrases, the second saying more than the first (看清形势，绷紧安全生产这根弦), are a heading's; halves of a
  // length are a couplet (安全生产，人命关天 / 隐患险于明火，防范胜于救灾) unless they direct (坚持问题导向，抓实隐患整改).
  const comma = t.indexOf("，");
  const second = comma < 0 ? 0 : t.length - comma - 1;
  if (comma >= 0 && second >= comma + 2 && second >= MIN_SECOND_PHRASE) return true;
  return DIRECTS_RE.test(t) || SUBJECT_RE.test(t) || ASKS_RE.test(t) || JUDGES_RE.test(t);
}

const sectionLine = (t: string) => lineShaped(t) && headingWords(t);

/** Numberings that are a speech's own top level: beside them, an unnumbered line is no section of it. */
const TOP_FAMILIES = new Set<Family>(["chapter", "section", "cn-dun", "di", "matter", "cn-bracket"]);
/** Run-in items (一是…) may open any paragraph of a section; a list of points (1.隐患清零) stands right under its line. */
const RUN_IN = new Set<Family>(["shi", "yao"]);
/** Paragraphs of the opening, the announcing one included, at most. */
const MAX_OPENING = 3;

/** The paragraph that announces the sections, if it closes the speech's opening: the first that announces, with
 *  nothing before it that could be a heading (a short line without a stop), among the first paragraphs. */
function openingAnnouncement(texts: string[]): number {
  const at = texts.findIndex((t) => announcedCount(t) !== null);
  if (at < 0) return -1;
  const before = texts.slice(0, at).filter((t) => !frame(t));
  // (A salutation that names its hearers, 各位车间主任、班组长、同志们：, ends in a colon.)
  const headingLike = (t: string) => t.length < MIN_PROSE && !/[。！？!?：:]$/.test(t);
  return before.length < MAX_OPENING && !before.some(headingLike) ? at : -1;
}

/** Numbered items stand only as each section's own points: every numbering counts 1, 2, 3 … inside one section (a
 *  list counting on across a section's line, 1. 2. slogan 3., is the speech's outline and the line a slogan), and
 *  a list of points opens right under its section's line. */
function pointsOfSections(found: number[], numbered: { i: number; e: { family: Family; n: number } }[]): boolean {
  return found.every((h, k) => {
    const end = found[k + 1] ?? Infinity;
    const last = new Map<Family, number>();
    return numbered
      .filter(({ i }) => i > h && i < end)
      .every(({ i, e }) => {
        const prev = last.get(e.family);
        last.set(e.family, e.n);
        return prev === undefined ? e.n === 1 && (RUN_IN.has(e.family) || i === h + 1) : e.n === prev + 1;
      });
  });
}

/** The indexes of a body's announced section headings, or null when the opening announces none, the lines do not
 *  match its count, or the speech numbers an outline of its own. */
export function announcedSections(body: Paragraph[]): number[] | null {
  // (A Word list's depth, where its numbers were taken off, says more: unnumbered-headings reads it.)
  if (body.some((p) => p.hint?.headingLevel || p.hint?.unnumberedListLevel)) return null;
  const texts = body.map((p) => p.text.trim());
  const at = openingAnnouncement(texts);
  const first = at + 1;
  if (at < 0 || !sectionLine(texts[first] ?? "")) return null;
  const numbered = texts.flatMap((t, i) => {
    const e = parseEnumerator(t);
    return e ? [{ i, e }] : [];
  });
  if (numbered.some(({ i, e }) => TOP_FAMILIES.has(e.family) || i < first)) return null;
  const count = announcedCount(texts[at]!)!;
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
  if (!found.includes(first) || texts.some((t, i) => i >= first && lineShaped(t) && lineShaped(texts[i + 1] ?? "")))
    return null;
  if (!pointsOfSections(found, numbered)) return null;
  return (count ? found.length === count : found.length >= 2) ? found : null;
}
