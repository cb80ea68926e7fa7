// A Discuz forum's anti-scraping strings, set into a post's sentences where a copier would not see them on the screen:
// a run of short ASCII tokens parted by spaces, letters mixed with digits and punctuation (% i; P  g! D, 8 M' @: t$ I),
// and the site's credit with its address (来源：安然社区 bbs.anranbbs.com) between two words of a sentence.
// Discuz's own jammer writes its string in pairs, each a character of ASCII 32–59 (a space, a digit or a mark), a
// space and one of 63–126 (a letter or a mark): 8 G|4 h|% Q|) U|* k, - n|2 m|5 x|6 J|7 J. Such a run needs no
// mark of its own, and the page may set it after a sentence's end with a space, or on a line by itself.
import { cut, type Ctx } from "./noise-fragments";
import { mayMatch, needs } from "./regex-needs";

const BEFORE = "(?<=[\\u4e00-\\u9fff，。、；：！？])";
const AFTER = "(?=[\\u4e00-\\u9fff，。、；：“])";
/** A run glued to the end of a paragraph's line may end it (…我讲几点意见。4 C+ @# T( z). */
const RUN_AFTER = "(?=[\\u4e00-\\u9fff，。、；：“]|$)";
/** Four to ten tokens of one to three printable ASCII characters, one or two spaces between them. */
const TOKEN_RUN_RE = needs(
  [" ", "\u00a0"],
  new RegExp(`${BEFORE}(?:[!-~]{1,3}[ \\u00a0]{1,2}){3,9}[!-~]{1,3}${RUN_AFTER}`, "g"),
);
/** A token that mixes a letter with a punctuation mark (i; g! M' t$): no formula (a + b = c) has one, and a digit's
 *  mark is the text's (1# 2# 3# 4#高炉, 8: 30 - 11: 30, a time's colon and a furnace's number). */
const MIXED_TOKEN_RE = /^(?=.*[A-Za-z])(?=.*[!-/:-@[-`{-~]).+$/;
/** A token that mixes two of letters, digits and punctuation (b1, [8, Q#): a jammer's random strings mix them so; a
 *  grid's A1 B2 C3 mixes letters and digits in every token, but no punctuation. */
const MIXED_KINDS_RE = /^(?:(?=.*[A-Za-z])(?=.*\d)|(?=.*[A-Za-z])(?=.*[!-/:-@[-`{-~])|(?=.*\d)(?=.*[!-/:-@[-`{-~])).+$/;
const MIN_MIXED = 2;
/** A mark no code or measure is written with: an equipment code, a gas, a ratio or a time uses - # : . % / + and
 *  nothing else (T-1 2# 3#, O2 CO H2S EX%, 1:2 A:B, 8: 00 a.m), while the jammer draws its marks from all of ASCII
 *  (' [ { ( * @ ~ , ! $). */
const STRAY_MARK_RE = /[!"$&'()*,;<=>?@[\\\]^_`{|}~]/;
/** 来源：安然社区 bbs.anranbbs.com inside a sentence: the site's credit with its address (in a bracket, （本文来源：…，
 *  转载请注明出处）, the whole bracket is a copy note's, cut as one). */
const CREDIT_RE = needs(
  ["来源"],
  new RegExp(
    `${BEFORE}(?<![（(【[](?:本文|此文)?)来源[：:]\\s*[\\u4e00-\\u9fff]{2,10}\\s*(?:https?://)?[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.(?:com|cn|net|org)(?:\\.cn)?${AFTER}`,
    "g",
  ),
);
/** Four pairs or more of Discuz's jammer, after a sentence's end (a space or two before it) or opening the line, and
 *  ending it or a sentence's word. No list of a speech is spaced so: its letters and numbers (1# 2# 3#, A1 B2 C3,
 *  8: 30 - 11: 30, 2 A 3 B) never keep a space at every third place with a letter or a mark after each. */
const PAIR_RUN_RE = needs(
  /(?:[ -;] [?-~]){4}/,
  /(?:(?<=[\u4e00-\u9fff，。、；：！？])[ \u00a0]{0,2}|^[ \u00a0]*)(?:[ -;] [?-~]){4,15}(?=[\u4e00-\u9fff，。、；：“]|[ \u00a0]*$)/g,
);
/** The same run after a sentence's mark once the normaliser has read its first pair's mark (, ; : ! ( )) as a
 *  full-width one and dropped its space: 严肃追查，; o- B8 v: F+ H该… → 严肃追查，；o- B8 v: F+ H该…, its letter left
 *  alone before the pairs. Two marks in a row (，；) no sentence writes: the second one goes with the run. */
const ORPHANED_PAIR_RUN_RE = needs(
  /(?:[ -;] [?-~]){4}/,
  /(?<=[，。、；：！？])[，；：！？（）][?-~](?:[ -;] [?-~]){4,15}(?=[\u4e00-\u9fff，。、；：“]|[ \u00a0]*$)/g,
);
const PAIR_RE = /^[ -;] [?-~]$/;
/** Discuz opens one pair in 28 with a space: a run of them (：  A  B  C  D) is letters spaced out, not its jammer. */
const isPairRun = (m: string) => {
  let spaced = 0;
  for (let e = m.length; e >= 3 && PAIR_RE.test(m.slice(e - 3, e)); e -= 3) if (m[e - 3] === " ") spaced++;
  return spaced <= 1;
};
const REASON = "防复制代码";

/** Two tokens of mixed kinds, one of them a letter with a punctuation mark, and a stray mark in the run (4 C+ @# T( z,
 *  9 b1 {' S* K). */
const isJammer = (m: string) => {
  const tokens = m.trim().split(/\s+/);
  return (
    STRAY_MARK_RE.test(m) &&
    tokens.some((t) => MIXED_TOKEN_RE.test(t)) &&
    tokens.filter((t) => MIXED_KINDS_RE.test(t)).length >= MIN_MIXED
  );
};

/** Where the jammer's runs stand in a line ([start, end) pairs): a space inside one parts no paragraphs. */
export function jammerSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (mayMatch(TOKEN_RUN_RE, text))
    for (const m of text.matchAll(TOKEN_RUN_RE)) if (isJammer(m[0])) spans.push([m.index, m.index + m[0].length]);
  for (const re of [PAIR_RUN_RE, ORPHANED_PAIR_RUN_RE])
    if (mayMatch(re, text))
      for (const m of text.matchAll(re)) if (isPairRun(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Cuts the jammer's runs and the site's inline credit from one line. */
export function cutDiscuzJammers(text: string, lineNo: number, ctx: Ctx): string {
  let t = cut(text, TOKEN_RUN_RE, REASON, lineNo, ctx, (m) => !isJammer(m));
  t = cut(t, PAIR_RUN_RE, REASON, lineNo, ctx, (m) => !isPairRun(m));
  t = cut(t, ORPHANED_PAIR_RUN_RE, REASON, lineNo, ctx, (m) => !isPairRun(m));
  return cut(t, CREDIT_RE, REASON, lineNo, ctx);
}
