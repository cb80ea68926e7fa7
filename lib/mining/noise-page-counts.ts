// Page numbers: as a page, a preview or a reader prints them (moved here from noise-line-shapes.ts), and a paginated
// article's count of its pages where the site cut it ((本文共2页，当前第1页) 下一页). Each is a page break, which the
// text flows across.
import { isPagination } from "./noise-line-shapes";

/** 本文共2页，当前第1页 / 当前第1页，共3页, in brackets or not, with the page links after it. */
const PAGE_COUNT_RE =
  /^[（(【［[]?\s*(?:(?:本文|全文|文章)?共\s*\d{1,3}\s*页\s*[，,、/／;；]?\s*当前(?:为)?第\s*\d{1,3}\s*页|当前(?:为)?第\s*\d{1,3}\s*页\s*[，,、/／;；]?\s*(?:本文|全文|文章)?共\s*\d{1,3}\s*页)\s*[）)】］\]]?(?:\s*[【[]?(?:上一页|下一页|首页|尾页|末页)[】\]]?)*$/;

/** 第1页　第2页　第3页: a paginated article's page links, each named as a page and counted from the first, where a
 *  scraper joined its pages (the bare 1 2 3 may be a table's row, the 第…页 words no sentence strings together). */
const PAGE_LINKS_RE = /^第\s*1\s*页(?:\s*[|｜·]?\s*第\s*\d{1,2}\s*页){1,11}$/;
function isPageLinks(t: string): boolean {
  if (!PAGE_LINKS_RE.test(t)) return false;
  const pages = [...t.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return pages.every((p, k) => p === k + 1);
}

/** ‹ 上一页　第1页/共3页　下一页 ›: a mobile site's pager, its page and count between the links (one link on the first
 *  or the last page). */
const PAGER_COUNT_RE =
  /^(?:[‹<«＜]\s*)?(?:上一?页\s*)?第\s*\d{1,3}\s*页\s*[/／]?\s*共\s*\d{1,3}\s*页\s*(?:下一?页\s*(?:[›>»＞])?)?$/;
const isPagerWithCount = (t: string) => PAGER_COUNT_RE.test(t) && /上一?页|下一?页/.test(t);

/** A page number as printed, or a paginated article's count of its pages. `afterColon`: the line above ends in a colon
 *  (请对照以下页码查阅：), so page links under it are what the speech introduces, its own words. */
export function isPageNumberLine(t: string, afterColon = false): boolean {
  return isPrintedPageNumber(t) || PAGE_COUNT_RE.test(t) || (!afterColon && isPageLinks(t)) || isPagerWithCount(t);
}

const PAGE_RE =
  /^(?:[[［【]\s*第\s*\d{1,3}\s*屏\s*[\]］】]|[<‹〈]\s*\d{1,4}\s*[/／]\s*\d{1,4}\s*[>›〉]|第\s*\d{1,4}\s*页\s*[，,、/／：:]?\s*(?:共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页(?:\s*第\s*\d{1,4}\s*页)?|[〔（(【［\[]\s*第\s*\d{1,4}\s*页(?:\s*[，,、/／]?\s*共\s*\d{1,4}\s*页)?\s*[〕）)】］\]](?:\s*[[［【](?:上一页|下一页|首页|尾页|末页)[\]］】])*|[-—–－―]{1,2}\s*(?:\d{1,4}(?:\s*[/／]\s*\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*[，,、/／]?\s*共\s*\d{1,4}\s*页)?)\s*[-—–－―]{1,2}|一\s*\d{1,4}\s*一|[·•]\s*\d{1,4}\s*[·•]|\d{1,4}\s*\/\s*\d{1,4}|(?:page|p)\.?\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|页码\s*[：:]?\s*\d{1,4}(?:\s*[/／]\s*\d{1,4})?|\d{1,4})$/i;
/** A reader app's progress beside the page (12% · 第45页), or a 文库's name on its page rule (某某文库 x.com ——— 第 2/5 页 ———). */
const PROGRESS_RE =
  /^\d{1,3}(?:\.\d)?%\s*[·•]\s*第\s*\d{1,4}\s*页$|^第\s*\d{1,4}\s*页\s*[·•]\s*\d{1,3}(?:\.\d)?%$|^[^\s—―─━═-]{2,12}?(?:\s*[\w-]+(?:\.[\w-]+)+)?\s*[—―─━═-]{3,}\s*第\s*\d{1,4}\s*(?:[/／]\s*\d{1,4}\s*)?页\s*[—―─━═-]*$/;
/** A book's page head: its page number between dots beside the book's or the chapter's name (·138·　××县年鉴（2023）). */
const BOOK_PAGE_HEAD_RE = /^[·•]\s*\d{1,4}\s*[·•]\s*\S.{0,24}$|^\S.{0,24}?\s*[·•]\s*\d{1,4}\s*[·•]$/;
const RULE_ENDS_RE = /^[-=_~—―─━═\s]{3,}|[-=_~—―─━═\s]{3,}$/g;

/** A page number as a page, a preview or a reader prints it: 第3页 / 共9页, — 2 — (一 2 一 as a scan's OCR reads it),
 *  ─── 第 1 页 ───, ―― 第 2 页 ―― or —— 第2页 共5页 —— (—— 第 1 页 / 共 6 页 ——), 12% · 第45页, 〔第 1 页 / 共 2 页〕 [下一页] or （第2页） in
 *  brackets; a teleprompter's [第4屏], run across as a page. */
function isPrintedPageNumber(t: string): boolean {
  return (
    PAGE_RE.test(t) ||
    PAGE_RE.test(t.replace(RULE_ENDS_RE, "")) ||
    PROGRESS_RE.test(t) ||
    BOOK_PAGE_HEAD_RE.test(t) ||
    isPagination(t)
  );
}
