// Codes a site hides in its text against copying and scraping, cut from the sentence they sit in.
import { cutDiscuzJammers } from "./noise-discuz-jammers";
import { cut, type Ctx } from "./noise-fragments";
import { mayMatch, needs } from "./regex-needs";

/** A copy-protection code hidden in the text (Xq8Lm2): a letter first, then two capitals, two small letters and two
 *  digits at least, mixed, between Chinese characters; or a code between runs of stars (★☆★hxwk★☆★). A unit (110kV,
 *  10MPa), a formula (KMnO4) or a product (iPhone15) is never written so. */
const COPY_CODE_RE = needs(
  /[A-Za-z★☆]/,
  /(?<=[\u4e00-\u9fff，。、；：])(?=[A-Za-z])(?=(?:[a-z0-9]*[A-Z]){2})(?=(?:[A-Z0-9]*[a-z]){2})(?=(?:[A-Za-z]*\d){2})[A-Za-z0-9]{5,10}(?=[\u4e00-\u9fff，。、；：])|[★☆]{2,3}[A-Za-z0-9.]{2,12}[★☆]{2,3}/g,
);
/** A forum's anti-scraping code set into a sentence (6a3Tq, Kd8w, p2Xm9): every character a change between small
 *  letter, capital and digit, a small letter among them and a digit between two letters. */
const JAMMER_RE = needs(
  /[a-z]/,
  /(?<=[\u4e00-\u9fff，。、；：])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Za-z]\d[A-Za-z])(?:[a-z](?![a-z])|[A-Z](?![A-Z])|\d(?!\d)){4,10}(?=[\u4e00-\u9fff，。、；：])/g,
);
/** What has that shape and is a speech's word: a formula or an alloy (Al2O3, Na2O2, Ti6Al4V, 1Cr5Mo). */
const FORMULA_RE = /^\d?(?:[A-Z][a-z]?\d*)+$/;

/** Letters alone in both cases set into a sentence (qWmzT, RbxKtv, pHodE): two capitals and two small letters at least. */
const LETTER_CODE_RE = needs(
  /[a-z]/,
  /(?<=[\u4e00-\u9fff，。、；：])(?=(?:[a-z]*[A-Z]){2})(?=(?:[A-Z]*[a-z]){2})[A-Za-z]{5,8}(?=[\u4e00-\u9fff，。、；：])/g,
);
/** A name written in parts, each a syllable (DeepSeek, WeChat, iPhone, PowerPoint, LinkedIn): a word, not a code. */
const NAME_PARTS_RE = /^[a-z]*(?:[A-Z][a-z]*[aeiouy][a-z]*)+$/;
/** Distinct letter codes a page must hold before they are read as its codes: an odd word or two may be names. */
const MIN_LETTER_CODES = 3;
/** A system's or product's name keeps capitals together (OneNET, EasyCVR, ArcGIS, ChatGPT); a code never does. */
const CAPITALS_RUN_RE = /[A-Z]{2}/;

/** The letter codes a page sets into its sentences, when it holds two different ones or more. */
export function pageLetterCodes(text: string): Set<string> {
  const codes = new Set(
    [...text.matchAll(LETTER_CODE_RE)]
      .map((m) => m[0])
      .filter((w) => !NAME_PARTS_RE.test(w) && !CAPITALS_RUN_RE.test(w)),
  );
  return codes.size >= MIN_LETTER_CODES ? codes : new Set();
}

/** A site's address without its dots set between characters (yxfanwencom): a watermark where the page sets it more
 *  than once and it names a site (fanwen, wenku, wang …); internet, telecom or a unit's own address once stay. */
const BARE_DOMAIN_RE = needs(
  ["com", "cn", "net"],
  /(?<=[\u4e00-\u9fff，。、；：])[a-z][a-z0-9]{2,20}(?:com|cn|net)(?=[\u4e00-\u9fff，。、；：])/g,
);
const SITE_WORD_RE = /fanwen|wenku|wendang|wang|zhan|www|doc|site|gov|edu/;

/** The dotless addresses a page sets into its sentences again and again. */
export function pageBareDomains(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(BARE_DOMAIN_RE)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return new Set([...counts].filter(([d, n]) => n >= 2 && SITE_WORD_RE.test(d)).map(([d]) => d));
}

/** The site's name on its own copyright line (© 2011-2026 ××网 版权所有): what its jammer sets among random codes. */
const COPYRIGHT_NAME_RE = needs(
  /©|copyright|版权所有/i,
  /(?:©|copyright)\s*(?:(?:19|20)\d\d\s*(?:[-–—~]\s*(?:19|20)\d\d)?\s*)?([\u4e00-\u9fff]{2,8}?)(?=\s*版权所有|[^\u4e00-\u9fff]|$)|([\u4e00-\u9fff]{2,8})\s*版权所有/gi,
);

/** The names a page's copyright lines give its site. */
export function pageSiteNames(text: string): string[] {
  if (!mayMatch(COPYRIGHT_NAME_RE, text)) return [];
  const names = [...text.matchAll(COPYRIGHT_NAME_RE)].map((m) => (m[1] ?? m[2])!).filter((n) => n !== "版权所有");
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** A jammer's code beside the site's name or address: a few letters and digits with a small letter and a digit
 *  (s9Q, k2, m0Zp) — a speech's codes (H7N9, 5G, A4, C919) are capitals and digits, and no speech glues one to a site. */
/** (A whole run of its own: not the start or the end of an address, book118.com, wenmiyuan8.com; nor a figure with
 *  its unit, 10kV, 50m3, 24h, which a company's own name may stand before.) */
const UNIT = "(?:kVA|kV|kW|MW|mA|km|cm|mm|m[23]?|kg|mg|g|t|h|min|s|ml|L|MPa|kPa|Pa|dB|ppm|lx)";
const JAM_CODE = `(?<![A-Za-z\\d])(?!\\d+(?:\\.\\d+)?${UNIT}(?![A-Za-z\\d]))(?=[A-Za-z]*\\d)(?=[A-Z\\d]*[a-z])[A-Za-z\\d]{2,6}(?![A-Za-z\\d])`;
const JAM_SEP = "[#\\-_|·.\\s]?";
const JAM_DOMAIN = "[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.(?:com|cn|net|org)(?:\\.cn)?";
const IN_SENTENCE_BEFORE = "(?<=[\\u4e00-\\u9fff，。、；：])";
const IN_SENTENCE_AFTER = "(?=[\\u4e00-\\u9fff，。、；：])";

/** A forum's anti-copy string set into a sentence (…挑架上，s9Q××网#k2肋骨断了…; …电梯，bbs.××.cn 7xW限位…): the site's
 *  name (from its copyright line) or an address, with a code before or after it; the name or address alone is left to
 *  the watermark rules. */
export function siteJammerRe(names: string[]): RegExp {
  const site = `(?:${[...names, JAM_DOMAIN].join("|")})`;
  // Every branch holds a code, and a code has a small letter.
  return needs(
    /[a-z]/,
    new RegExp(
      `${IN_SENTENCE_BEFORE}(?:${JAM_CODE}${JAM_SEP}${site}(?:${JAM_SEP}${JAM_CODE})?|${site}${JAM_SEP}${JAM_CODE})${IN_SENTENCE_AFTER}`,
      "g",
    ),
  );
}

/** Cuts the copy-protection and anti-scraping codes from one line (and the page's letter codes and dotless
 *  addresses, `letters` and `domains`, and its jammer's strings, `jammer`). */
export function cutCopyCodes(
  text: string,
  lineNo: number,
  ctx: Ctx,
  letters?: Set<string>,
  domains?: Set<string>,
  jammer?: RegExp,
): string {
  let t = cutDiscuzJammers(jammer ? cut(text, jammer, "防复制代码", lineNo, ctx) : text, lineNo, ctx);
  t = cut(t, COPY_CODE_RE, "防复制代码", lineNo, ctx);
  if (domains?.size) t = cut(t, BARE_DOMAIN_RE, "水印", lineNo, ctx, (m) => !domains.has(m));
  t = cut(t, JAMMER_RE, "防复制代码", lineNo, ctx, (m) => FORMULA_RE.test(m));
  return letters?.size ? cut(t, LETTER_CODE_RE, "防复制代码", lineNo, ctx, (m) => !letters.has(m)) : t;
}
