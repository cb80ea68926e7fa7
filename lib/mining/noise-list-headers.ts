// The header of a list of links to other pages (往期推荐, 相关阅读：, —— 往期精选 ——), which the related-lists rule
// (noise-page-furniture.ts) reads on every line.
import { afterKeywordChain } from "./noise-seo-phrases";

/** A header that opens a list of links to other pages, alone on its line (往期推荐 / 相关阅读： …). */
const LIST_HEADER_RE =
  /^[【\[]?(?:相关推荐|相关文章|相关阅读|相关新闻|相关报道|更多新闻|推荐新闻|热点新闻|热门新闻|最新新闻|相关范文|相关文档(?:推荐)?|相似文档|类似文档|相似文章|相关链接|相关问题|相关资料|相关下载|推荐阅读|推荐文章|小编推荐|编辑推荐|(?:小编)?为[你您]推荐|猜你喜欢|猜你感兴趣|你可能感兴趣|热门推荐|热门文章|热门阅读|延伸阅读|扩展阅读|拓展阅读|最新文章|更多范文|往期推荐|往期回顾|往期精选|精彩推荐|精选推荐|你可能还喜欢|大家都在看|标题导航|本版导航|本版标题|参考资料|参考文献|相关搜索|热门搜索|大家都在搜)(?:推荐)?(?:[（(]\d{1,4}[)）])?[】\]]?\s*[：:>»›]*$/;
/** The same kind of header in other words: a qualifier (相关, 作者最新, 本站推荐) and what is listed (材料, 文章, 解读). */
const LIST_HEADER_SHAPE_RE =
  /^[【\[]?(?:作者|本站|本栏目?|同类|同栏目|其他|更多|最新|热门|相关|延伸|精选|精彩|推荐){1,2}(?:文章|材料|范文|文档|文件|稿件|讲话稿?|资料|作品|内容|解读)(?:推荐|列表|排行)?[】\]]?\s*[：:>»›]*$/;
/** Rules and marks drawn round a header (—— 往期精选 ——, ▼ 推荐阅读 ▼). */
const HEADER_DECORATION_RE = /^[\s—–\-－=~▼▽■□◆◇●○★☆·•▶►]+|[\s—–\-－=~▼▽■□◆◇●○★☆·•◀◄]+$/g;
/** A line's first and last character as the decoration above can start and end it. */
const OPENING_DECORATION_RE = /[\s—–\-－=~▼▽■□◆◇●○★☆·•▶►]/;
const CLOSING_DECORATION_RE = /[\s—–\-－=~▼▽■□◆◇●○★☆·•◀◄]/;
const isHeaderShape = (h: string) => LIST_HEADER_RE.test(h) || LIST_HEADER_SHAPE_RE.test(h);
/** 【…会议讲话稿范文（通用5篇）】相关文章：: a 范文 site names the page the list relates to in brackets before the header
 *  words, a document's name by its kind or its count of pieces (a speech's label, 【学习安排】相关材料：, names none). */
const PAGE_NAME_BEFORE_RE =
  /^【[^【】。！？，；：:]{2,40}(?:[（(](?:精选|通用|优选|热门)?\d{1,3}篇[)）]|范文|讲话稿?|发言稿?|致辞|大全|合集|汇编)】(?=\S)/;

/** A list's header, bare, after a farm's keyword chain (…_讲话稿相关阅读：) or after the page's name in brackets.
 *  Called on every line of a page several times: the decoration's replace runs only where an edge of the line is
 *  decoration (it scans the whole line), and the chain's tails are read only where the line is no header itself. */
export function isListHeader(raw: string): boolean {
  const decorated = OPENING_DECORATION_RE.test(raw.charAt(0)) || CLOSING_DECORATION_RE.test(raw.charAt(raw.length - 1));
  const t = decorated ? raw.replace(HEADER_DECORATION_RE, "") : raw;
  if (isHeaderShape(t) || afterKeywordChain(t).some(isHeaderShape)) return true;
  const named = t.startsWith("【") ? PAGE_NAME_BEFORE_RE.exec(t)?.[0] : undefined;
  return !!named && isHeaderShape(t.slice(named.length));
}
