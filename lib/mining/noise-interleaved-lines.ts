// Lines a page interleaves with the speech all through it, which only their number tells apart: a live blog's update
// times (09:42), the speech posted in full running on across them, a paragraph cut wherever an update ended (they
// are removed, and the text flows across them as across a page number: noise-breaks.ts); and a bilingual page's
// translations in another script, each paragraph's under it, down to the short ones (يولداشلار: under 同志们：).
import { isOtherScriptLine } from "./noise-line-shapes";
import { cjkCount, endsSentence } from "./outline-patterns";
import { keptFrom, previousLine } from "./noise-page-cards";
import { nextLine } from "./noise-page-furniture";

export const LIVE_STAMP = "直播时间";
const STAMP_RE = /^(?:\d{1,2}[-/月]\d{1,2}日?\s*)?\d{1,2}[:：]\d{2}$/;
/** Fewer stamps than this are an agenda's or a programme's times. */
const MIN_STAMPS = 5;

/** The updates under the stamps are, half of them at least, sentences or passages of some length; an agenda's items
 *  under its times are short and unpunctuated (签到, 为受表彰单位颁奖), and are left to stand apart. */
const MIN_UPDATE_CHARS = 30;

const lineAfter = (texts: string[], i: number) =>
  texts
    .slice(i + 1)
    .find((t) => t.trim())
    ?.trim() ?? "";

function markLiveStamps(texts: string[], verdict: (string | null)[]): void {
  const stamps = texts.flatMap((t, i) => (!verdict[i] && STAMP_RE.test(t.trim()) ? [i] : []));
  if (stamps.length < MIN_STAMPS) return;
  const updates = stamps.map((i) => lineAfter(texts, i));
  const reported = updates.filter((t) => t.length >= MIN_UPDATE_CHARS || /[。！？]$/.test(t)).length;
  if (reported * 2 < updates.length) return;
  for (const i of stamps) verdict[i] = LIVE_STAMP;
}

export const TRANSLATION = "民族文字或外文译文";
/** Long translations that make a page bilingual. */
const MIN_TRANSLATIONS = 3;
/** Or the site's chrome in that script (its menus, headline, links in Korean or Uyghur): lines next to another such
 *  line or at the page's edge, not set one by one among Chinese lines as a speech sets its slogans. */
const MIN_CHROME_LINES = 4;
/** A paragraph of the speech: a sentence of some length. */
const isProse = (t: string) => t.length >= 20 && endsSentence(t);

/** On a bilingual page, the short lines in the other script too; on a page that prints only short lines in it (its
 *  chrome), those between two paragraphs (a caption, 사진: …): a greeting after the salutation, the thanks at the end,
 *  a slogan beside its Chinese are the speaker's. */
function markShortTranslations(texts: string[], verdict: (string | null)[]): void {
  const short = (i: number) => !verdict[i] && isOtherScriptLine(texts[i]!.trim(), 2);
  if (texts.filter((t) => isOtherScriptLine(t.trim())).length >= MIN_TRANSLATIONS) {
    texts.forEach((_, i) => {
      if (short(i)) verdict[i] = TRANSLATION;
    });
    return;
  }
  const chinese = (j: number) => j >= 0 && cjkCount(texts[j]!) >= 2 && !isOtherScriptLine(texts[j]!.trim(), 2);
  const chrome = texts.filter(
    (t, i) => isOtherScriptLine(t.trim(), 2) && !(chinese(previousLine(texts, i)) && chinese(nextLine(texts, i))),
  ).length;
  if (chrome < MIN_CHROME_LINES) return;
  texts.forEach((_, i) => {
    const [before, after] = [keptFrom(texts, verdict, i, -1), keptFrom(texts, verdict, i, 1)];
    if (short(i) && before >= 0 && after >= 0 && isProse(texts[before]!.trim()) && isProse(texts[after]!.trim()))
      verdict[i] = TRANSLATION;
  });
}

export const GLOSSARY = "双语词汇注释";
/** An English term and its Chinese (work safety 安全生产), or the reverse; a note holds several, parted by ；. The
 *  English is words (hidden hazard, forklift), not a method's letters a speech names (JHA工作危害分析法). */
const ENGLISH_WORD_RE = /[a-z]{3,}/;
const TERM_RE =
  /^(?:[A-Za-z][A-Za-z\s'’-]{1,40}[\u4e00-\u9fff（）()]{1,12}|[\u4e00-\u9fff（）()]{1,12}[A-Za-z][A-Za-z\s'’-]{1,40})$/;
const GLOSSARY_LABEL_RE =
  /^(?:[【\[](?:重点|双语)?(?:词汇|生词|单词|热词|词汇表|术语)[】\]]|(?:Vocabulary|Glossary|Key words)\s*[:：])\s*/i;

/** A bilingual reading page's vocabulary note under a paragraph (【词汇】hidden hazard 隐患；forklift 叉车): labelled,
 *  or two terms at least; a speech's sentence (推行5S管理；开展JSA分析) has more than a term in each part. */
function isGlossaryLine(t: string): boolean {
  const label = GLOSSARY_LABEL_RE.exec(t);
  const terms = t
    .slice(label?.[0].length ?? 0)
    .split(/[；;]/)
    .map((x) => x.trim())
    .filter(Boolean);
  return terms.length >= (label ? 1 : 2) && terms.every((x) => TERM_RE.test(x) && ENGLISH_WORD_RE.test(x));
}

export function markInterleavedLines(texts: string[], verdict: (string | null)[]): void {
  markLiveStamps(texts, verdict);
  markShortTranslations(texts, verdict);
  texts.forEach((t, i) => {
    if (!verdict[i] && t.length <= 300 && isGlossaryLine(t.trim())) verdict[i] = GLOSSARY;
  });
}
