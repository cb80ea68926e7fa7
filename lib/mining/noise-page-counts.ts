// A paginated article's count of its pages where the site cut it ((本文共2页，当前第1页) 下一页): a page break, which
// the text flows across like a page number.
import { isPageNumberLine as isPrintedPageNumber } from "./noise-line-shapes";

/** 本文共2页，当前第1页 / 当前第1页，共3页, in brackets or not, with the page links after it. */
const PAGE_COUNT_RE =
  /^[（(【［[]?\s*(?:(?:本文|全文|文章)?共\s*\d{1,3}\s*页\s*[，,、/／;；]?\s*当前(?:为)?第\s*\d{1,3}\s*页|当前(?:为)?第\s*\d{1,3}\s*页\s*[，,、/／;；]?\s*(?:本文|全文|文章)?共\s*\d{1,3}\s*页)\s*[）)】］\]]?(?:\s*[【[]?(?:上一页|下一页|首页|尾页|末页)[】\]]?)*$/;

/** A page number as printed (noise-line-shapes.ts), or a paginated article's count of its pages. */
export function isPageNumberLine(t: string): boolean {
  return isPrintedPageNumber(t) || PAGE_COUNT_RE.test(t);
}
