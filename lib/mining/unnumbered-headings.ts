// Section headings without numbers (认清形势，绷紧安全生产这根弦): a short line with no sentence in it, standing
// alone between paragraphs of prose. Only in a speech whose outline has no numbers but run-in items (一是…, which
// then sit under them) and that has two such lines or more; a single short line between paragraphs is as likely a
// slogan or a stray line. Two phrases parted by a space read as one here (the normaliser drops the space between
// Chinese): a heading of one phrase (扎实推进重大事故隐患排查整治) must open with a section's verb, and three such
// lines are needed.
import { announcedSections } from "./announced-sections";
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator } from "./outline-patterns";
import { sequenceHeadings, sequenceHeadingText } from "./sequence-headings";
import type { Paragraph } from "./types";

/** Two phrases, the second longer than a slogan's half (认清形势，绷紧安全生产这根弦): a slogan such as 安全生产重于泰山
 *  or 生命至上 安全第一 is no heading. */
const TWO_PHRASES = /^[^，]{2,}，[^，]{5,}$/;
const MIN_HEADING = 10;
/** A short term in quotes inside a heading (“两个安全”, “三管三必须”): no sentence in it. */
const QUOTED_TERM = /“[^“”，。！？；：\s]{2,8}”/g;
const MAX_HEADING = 30;
/** A paragraph of prose around such a heading. */
const MIN_PROSE = 40;
const MIN_HEADINGS = 2;

/** A line of a speech's frame (salutation, speaker, date) or a title: never a section heading. */
const frameOrTitle = (t: string) => isSalutation(t) || isSpeakerLine(t) || !!dateOfLine(t) || isTitleLine(t);

/** `quoted`: a short term in quotes (把“两个安全”放在心上) allowed as a heading's own word; a quotation or a stray mark
 *  is not. */
function headingShaped(t: string, quoted = true): boolean {
  return (
    t.length >= MIN_HEADING &&
    t.length <= MAX_HEADING &&
    !/[。！？；：!?;:…“”"（）()《》【】]/.test(quoted ? t.replace(QUOTED_TERM, "") : t) &&
    !/^[^，]*、/.test(t) &&
    TWO_PHRASES.test(t) &&
    !frameOrTitle(t)
  );
}

/** The verb a section's heading opens with and a slogan (安全生产重于泰山, 生命至上安全第一) does not. */
const HEADING_VERB =
  /^(?:进一步|切实|扎实|着力|全力|全面|持续|深入|坚决|强化|加强|突出|狠抓|抓好|抓实|抓牢|推进|提高|提升|认清|夯实|健全|完善|严格|聚焦|筑牢|守牢|构建|压紧|压实|增强|统筹|做好|加快|大力|着眼|树牢|深化|把握)/;
const MIN_ONE_PHRASE = 8;
const MAX_ONE_PHRASE = 20;
const MIN_ONE_PHRASE_HEADINGS = 3;

/** One phrase without a sentence's punctuation, of a heading's length; `plain` = without a section's verb (形势不容乐观,
 *  隐患要一个一个过: a plain-spoken talk's headings). */
function onePhraseHeading(t: string, plain = false): boolean {
  return (
    t.length >= (plain ? MIN_PLAIN_PHRASE : MIN_ONE_PHRASE) &&
    t.length <= MAX_ONE_PHRASE &&
    !/[\p{P}\s]/u.test(t.replace(/、/g, "")) &&
    (HEADING_VERB.test(t) || (plain && PLAIN_DIRECTIVE_RE.test(t))) &&
    !frameOrTitle(t)
  );
}
const MIN_PLAIN_PHRASE = 6;
/** What a plain heading tells its hearers to do (隐患要一处一处查, 把责任落到人头上, 情况不能看轻) and a slogan
 *  (安全生产重于泰山, 生命至上安全第一) does not. */
const PLAIN_DIRECTIVE_RE = /要|把|不能|不容|不可|必须|务必|一定|先|看清|认清|落到|扛/;

const isProse = (p: Paragraph | undefined) => !!p && p.text.length >= MIN_PROSE;

/** A heading of a Word list whose numbers were taken off: a short list paragraph without a sentence's end. */
const listHeading = (p: Paragraph) =>
  !!p.hint?.unnumberedListLevel &&
  p.text.trim().length >= MIN_LIST_HEADING &&
  p.text.trim().length <= MAX_HEADING + 10 &&
  !/[。！？；：!?;:…]$/.test(p.text.trim()) &&
  !frameOrTitle(p.text.trim());
const MIN_LIST_HEADING = 4;

const depth = (p: Paragraph) => p.hint!.unnumberedListLevel!;

/** Prose outside any list: the text between a list's headings. */
const plainProse = (p: Paragraph | undefined) => isProse(p) && !p!.hint?.unnumberedListLevel;

/** Headings of a .docx whose list numbering was taken off (their depth kept by Word): two or more short list
 *  paragraphs, each under plain prose (or the body's start) or a shallower one, and over plain prose or a deeper
 *  one: the items of a list of short lines, side by side, are no outline. A file whose prose is mostly such list
 *  paragraphs (WPS sets numId 0 on any) says nothing by them. Null when there are none. */
function listHeadings(body: Paragraph[]): Paragraph[] | null {
  const prose = body.filter(isProse);
  if (prose.filter((p) => p.hint?.unnumberedListLevel).length * 2 >= prose.length) return null;
  const found = body.flatMap((p, i) => {
    if (!listHeading(p)) return [];
    const [prev, next] = [body[i - 1], body[i + 1]];
    const under = !prev || plainProse(prev) || (listHeading(prev) && depth(prev) < depth(p));
    const over = plainProse(next) || (!!next && listHeading(next) && depth(next) > depth(p));
    return under && over ? [i] : [];
  });
  if (found.length < MIN_HEADINGS) return null;
  const top = Math.min(...found.map((i) => depth(body[i]!)));
  const marked = new Set(found);
  return body.map((p, i) => {
    if (!marked.has(i)) return p;
    const level = Math.min(3, depth(p) - top + 1) as 1 | 2 | 3;
    return { ...p, hint: { ...p.hint, headingLevel: level } };
  });
}

/** No enumerator, or a run-in item (一是…, 一要…): items that sit under a section's heading, not beside it. */
function runInItemOrNone(t: string): boolean {
  const e = parseEnumerator(t);
  return !e || e.family === "shi" || e.family === "yao";
}

/** The closing section's own word as its heading (结语), alone on a line. */
const CLOSING_SECTION_RE = /^(?:结语|结束语)$/;

/** A numbered outline's closing section under its unnumbered 结语 (一、… 二、… 三、… then 结语 over the closing): a
 *  level-1 heading, where it stands alone between prose after the outline's sections. */
function markClosingSection(body: Paragraph[]): Paragraph[] {
  const numbered = body.findIndex((p) => !runInItemOrNone(p.text));
  return body.map((p, i) =>
    numbered >= 0 &&
    i > numbered &&
    CLOSING_SECTION_RE.test(p.text.trim()) &&
    !p.hint?.headingLevel &&
    isProse(body[i - 1]) &&
    isProse(body[i + 1])
      ? { ...p, hint: { ...p.hint, headingLevel: 1 as const } }
      : p,
  );
}

/** 下面，我讲三点意见： — the colon that announces the sections, whose first heading follows it. */
const ANNOUNCES_POINTS_RE =
  /(?:讲|谈|说|提|强调)[^。！？]{0,8}(?:几点|[两三四五六]点|几个方面|[两三四五六]个方面|几件事|[两三四五六]件事)[^。！？]{0,6}[：:]$/;

/** ▍看清楚：前五个月干得怎么样: a post's 小标题 set off by a bar, short, over prose (its bar is no part of it); or by a
 *  pictograph (📌 看清家底：…), which the noise pass cut and left as the line's hint. */
const BAR_MARK_RE = /^[▍▌▎▋┃]\s*(?=\S)/;
// (A saying set off so, 一盔一带，安全常在, has its two halves parted by a comma; a section's title has none.)
/** A 小标题's shape: set off by its bar or pictograph, short, no stop or comma (its words may still read as a name). */
export const barShaped = (p: Paragraph): boolean => {
  const t = p.text.trim();
  return (
    (BAR_MARK_RE.test(t) || !!p.hint?.pictographMark) && t.length <= MAX_HEADING + 2 && !/[。！？；!?;，,]/.test(t)
  );
};
// (结语 alone reads as a name, a speaker's line: set off so it is the closing section's heading.)
const barHeading = (p: Paragraph) => {
  const words = p.text.trim().replace(BAR_MARK_RE, "");
  return barShaped(p) && (!frameOrTitle(words) || CLOSING_SECTION_RE.test(words));
};

/** The body with its unnumbered section headings marked as level-1 headings (LineHint.headingLevel); `bare`: the
 *  speech has no salutation (a digest a report prints), so its body may open on its first heading. */
export function markUnnumberedHeadings(body: Paragraph[], bare = false): Paragraph[] {
  const marked = markUnannounced(body, bare);
  const announced = announcedSections(body);
  if (!announced) return markSequence(body, marked);
  // Sections the opening announces add to what the rules below read, never take one of their headings away (坚持问题
  // 导向，抓实隐患整改 reads as a couplet there): a partial outline would lose a heading the page has.
  const read = marked.flatMap((p, i) => (p.hint?.headingLevel && !body[i]!.hint?.headingLevel ? [i] : []));
  return read.every((i) => announced.includes(i)) ? asHeadings(body, announced) : marked;
}

/** 首先，… / 其次，… / 最后，… lines as the level-1 headings, only where the speech has no other outline: nothing
 *  numbered or marked, nothing the readings above found, no announced sections, no barred line or two-phrase
 *  heading alone between paragraphs (a series inside such a section is its points, not the outline). */
function markSequence(body: Paragraph[], marked: Paragraph[]): Paragraph[] {
  if (marked.some((p) => p.hint?.headingLevel) || body.some((p) => !runInItemOrNone(p.text))) return marked;
  const series = sequenceHeadings(body);
  if (!series) return marked;
  const other = (i: number) => !series.includes(i) && isProse(body[i + 1]);
  const barred = body.some((p, i) => barHeading(p) && other(i));
  const twoAlone = body.some((p, i) => headingShaped(p.text.trim()) && isProse(body[i - 1]) && other(i));
  return barred || twoAlone ? marked : asHeadings(body, series, sequenceHeadingText);
}

/** The unnumbered section headings read without an announcement. */
function markUnannounced(body: Paragraph[], bare: boolean): Paragraph[] {
  if (body.some((p) => !p.hint?.headingLevel && !runInItemOrNone(p.text))) return markClosingSection(body);
  if (body.some((p) => p.hint?.headingLevel)) return body;
  const barred = body.flatMap((p, i) => (barHeading(p) && isProse(body[i + 1]) ? [i] : []));
  // (Beside two-phrase headings alone between paragraphs, barred lines are the speech's sayings, set off; a line
  // quoting a saying, 老工人常说“宁停三分”，…, is one more saying set off beside the bars, no heading against them.)
  const twoAlone = body.some(
    (p, i) => headingShaped(p.text.trim(), false) && isProse(body[i - 1]) && isProse(body[i + 1]),
  );
  if (barred.length >= MIN_HEADINGS && !twoAlone)
    return asHeadings(body, barred, (p) => p.text.trim().replace(BAR_MARK_RE, ""));
  const listed = listHeadings(body);
  if (listed) return listed;
  // A line repeated word for word is a running header the noise rules missed, not a section's heading.
  const seen = new Map<string, number>();
  for (const p of body) seen.set(p.text.trim(), (seen.get(p.text.trim()) ?? 0) + 1);
  // Run-in items (一是…) may stand among them, but an item is never itself an unnumbered heading.
  // (A line after a colon is what the paragraph announces: a slogan, a rule, a step.)
  const alone = (i: number) =>
    seen.get(body[i]!.text.trim()) === 1 &&
    !parseEnumerator(body[i]!.text) &&
    isProse(body[i - 1]) &&
    (!/[：:]$/.test(body[i - 1]!.text.trim()) || ANNOUNCES_POINTS_RE.test(body[i - 1]!.text.trim())) &&
    isProse(body[i + 1]);
  // Beside run-in items, two phrases alone are as often a slogan (隐患险于明火，防范胜于救灾): only headings of one
  // phrase that open with a section's verb are read there.
  const items = body.some((p) => parseEnumerator(p.text));
  const twoPhrases = items ? [] : body.flatMap((p, i) => (headingShaped(p.text.trim()) && alone(i) ? [i] : []));
  const onePhrase = body.flatMap((p, i) => (onePhraseHeading(p.text.trim()) && alone(i) ? [i] : []));
  // Without a section's verb, three such lines alone between paragraphs, and nothing numbered beside them; beside
  // run-in items only three cast in one mould (要把形势看得更清一些 / 要把隐患查得更细一些 / …): a slogan set between
  // points has no two like it.
  const plainAlone = body.flatMap((p, i) => (onePhraseHeading(p.text.trim(), true) && alone(i) ? [i] : []));
  const plainPhrases = items ? castAlike(body, plainAlone) : plainAlone;
  // (Plain phrases include the ones with a verb; beside run-in items only the ones cast alike.)
  const phrases = items ? onePhrase : plainPhrases;
  const three = (xs: number[]) => xs.length >= MIN_ONE_PHRASE_HEADINGS;
  // A plain phrase inside a section the two-phrase headings open and close is an emphatic line of it (这根弦一刻也不能松).
  const outside = (i: number) => !twoPhrases.some((a) => a < i && twoPhrases.some((b) => b > i));
  const withTwo = [...new Set([...twoPhrases, ...onePhrase, ...phrases.filter(outside)])].sort((a, b) => a - b);
  const found = twoPhrases.length
    ? three(withTwo)
      ? withTwo
      : twoPhrases
    : three(plainPhrases)
      ? plainPhrases
      : three(onePhrase)
        ? onePhrase
        : [];
  if (found.length < MIN_HEADINGS || (items && !itemsRestart(body, found))) return body;
  // A body without a salutation may open on its first section's heading (a digest printed under a report's lead): a
  // first line shaped as the headings found, over prose, is one of them (not counted towards them). Under a
  // salutation, a line there is the speech's motto or slogan, set over its opening.
  const first = body[0]!.text.trim();
  const like =
    found === twoPhrases
      ? headingShaped(first)
      : found === onePhrase
        ? onePhraseHeading(first)
        : onePhraseHeading(first, true) || (found === withTwo && headingShaped(first));
  const opens = bare && !items && !found.includes(0) && like && seen.get(first) === 1 && isProse(body[1]);
  return asHeadings(body, opens ? [0, ...found] : found);
}

/** A line's mould: its first character and its last two (要…一些, 把…一点). */
const mouldOf = (t: string) => `${t.slice(0, 1)}…${t.slice(-2)}`;

/** The largest set of the lines at `at` that open and end alike (要把…一些), if it holds three or more: a series of
 *  section headings cast in one mould. */
function castAlike(body: Paragraph[], at: number[]): number[] {
  const groups = new Map<string, number[]>();
  for (const i of at) {
    const mould = mouldOf(body[i]!.text.trim());
    groups.set(mould, [...(groups.get(mould) ?? []), i]);
  }
  const largest = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return largest.length >= MIN_ONE_PHRASE_HEADINGS && topLevel(body, largest) ? largest : [];
}

/** 这里我再强调三句话 / 再把“三个必须”给大家讲一讲: a paragraph announcing sayings or rules of its own section (the
 *  outline is announced as 几点意见 or 几个方面, by the opening). */
const ANNOUNCES_SAYINGS_RE =
  /再(?:强调|讲|说|提|重申)|[两三四五六几]句话|[两三四五六几]个[“"「][^”"」]{1,8}[”"」]|(?:讲|说|谈)一(?:讲|说|谈)/;
/** 首先，… / 其次，… / 第二，…: a section's opening paragraph, in a speech whose outline runs in its sentences. */
const SECTION_START_RE = /^(?:首先|其次|再次|第[一二三四五六七八九十]{1,2})[，,、]/;
const opensSection = (t: string) => headingShaped(t) || onePhraseHeading(t) || SECTION_START_RE.test(t);

/** Lines cast alike stand at the top of the outline: no section opened above them after the opening (they would be
 *  its points: 三句话 under 其次，…), none opened below them (its heading would fall under the last of them), and
 *  the paragraph above them, unless it is the opening, announces no sayings of its own (这里我再强调三句话). */
function topLevel(body: Paragraph[], series: number[]): boolean {
  const first = series[0]!;
  const last = series[series.length - 1]!;
  const other = (p: Paragraph, i: number) => !series.includes(i) && opensSection(p.text.trim());
  if (body.slice(1, first).some((p, k) => other(p, k + 1))) return false;
  if (body.slice(last + 1).some((p, k) => other(p, last + 1 + k))) return false;
  const above = body[first - 1]!.text.trim().replace(/[。！？!?：:]+$/, "");
  const lastSentence = above.split(/[。！？!?]/).pop() ?? "";
  return first - 1 === 0 || !ANNOUNCES_SAYINGS_RE.test(lastSentence);
}

/** The body with the paragraphs at `at` made level-1 headings (their text as `text` gives it). */
function asHeadings(body: Paragraph[], at: number[], text = (p: Paragraph) => p.text): Paragraph[] {
  const marked = new Set(at);
  return body.map((p, i) =>
    marked.has(i) ? { ...p, text: text(p), hint: { ...p.hint, headingLevel: 1 as const } } : p,
  );
}

/** Under section headings, each section's items count from 一 again (一是…二是… under one, 一是… under the next): items
 *  that count on across a line (一要… slogan 二要…) are the outline, and the line a slogan between its points. */
function itemsRestart(body: Paragraph[], headings: number[]): boolean {
  const sorted = [...headings].sort((a, b) => a - b);
  return sorted.every((h, k) => {
    const end = sorted[k + 1] ?? body.length;
    const item = body.slice(h + 1, end).find((p) => parseEnumerator(p.text));
    return !item || parseEnumerator(item.text)!.n === 1;
  });
}
