// A site's masthead (匠心文档网 — 原创文档交易平台) names the site that injects its name into the speech's sentences.
// Only the whole name is learned, and only where it is the site's own: a name the speech's text carries whole, whose
// proper part (its first two characters, 匠心) the text never uses but inside that name. A portal's or news site's
// masthead (平川县人民政府网, 平川新闻网, 应急知识库) shares its tail (政府网, 新闻网, 知识库) and its place name with
// the speech, which names them as its own words (通过县政府网开设曝光专栏): they are never learned so.

/** The masthead: a name ending in 网 or 库, then a dash, bar, dot or underscore (a page title's 问知网_有问题，就来问知)
 *  and a slogan of a clause or two, on a line of its own without a sentence in it. */
const MASTHEAD_RE =
  /^([\u4e00-\u9fff]{2,10}[网库])\s*[—–－|｜·_]{1,2}\s*[^。！？；，,]{2,20}(?:[，,][^。！？；，,]{2,20})?$/;
/** The name's proper part: the characters before its kind (文档网, 范文网). */
const PROPER = 2;

const count = (text: string, s: string) => text.split(s).length - 1;

/** The site name a masthead line gives, where the body carries it and nothing else of it; else null. */
export function mastheadName(line: string, body: string): string | null {
  const name = MASTHEAD_RE.exec(line.trim())?.[1];
  if (!name) return null;
  const uses = count(body, name);
  return uses > 0 && count(body, name.slice(0, PROPER)) === uses ? name : null;
}
