// A site's masthead (匠心文档网 — 原创文档交易平台) names the site that injects its name into the speech's sentences.
// Only the whole name is learned, and only where it is the site's own: a name the speech's text carries whole, whose
// proper part (its first two characters, 匠心) the text never uses but inside that name. A portal's or news site's
// masthead (平川县人民政府网, 平川新闻网, 应急知识库) shares its tail (政府网, 新闻网, 知识库) and its place name with
// the speech, which names them as its own words (通过县政府网开设曝光专栏): they are never learned so.
// The site may inject its short name instead (笔苑文库 on its masthead, 结合我笔苑网县实际 in the text): its proper part
// with the kind a site's name ends in (网, 库, 文库), learned under the same proof, the proper part used nowhere else.

/** The masthead: a name ending in 网 or 库, then a dash, bar, dot or underscore (a page title's 问知网_有问题，就来问知)
 *  and a slogan of a clause or two, on a line of its own without a sentence in it. */
const MASTHEAD_RE =
  /^([\u4e00-\u9fff]{2,10}[网库])\s*[—–－|｜·_]{1,2}\s*[^。！？；，,]{2,20}(?:[，,][^。！？；，,]{2,20})?$/;
/** The name's proper part: the characters before its kind (文档网, 范文网). */
const PROPER = 2;
/** The kinds a site's short name ends in. */
const SHORT_KINDS = ["网", "库", "文库"];

const count = (text: string, s: string) => text.split(s).length - 1;

/** The site names a masthead line gives (its name, and the short names it injects), where the body carries them and
 *  uses their proper part nowhere else; else none. */
export function mastheadNames(line: string, body: string): string[] {
  const name = MASTHEAD_RE.exec(line.trim())?.[1];
  if (!name) return [];
  const proper = name.slice(0, PROPER);
  const uses = count(body, proper);
  if (!uses) return [];
  // (No form holds another: each starts with the proper part and ends in its kind.)
  const forms = [...new Set([name, ...SHORT_KINDS.map((kind) => proper + kind)])].filter((n) => body.includes(n));
  return forms.reduce((sum, n) => sum + count(body, n), 0) === uses ? forms : [];
}
