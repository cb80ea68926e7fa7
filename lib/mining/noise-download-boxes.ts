// A 范文 site's download box drawn between arrows (▼ 点击下载本文完整Word版 ▼, ↓ 下载Word文档 ↓): the site sets it
// into the text wherever the page scrolls, even between the two halves of a sentence, where the line rules keep a
// line as a wrapped piece of prose. The arrows and the site's download words together are the box's; a speech's
// line on downloading a file has no arrows around it, and a line with a sentence's stop in it is a sentence.
import { PAYWALL } from "./noise-breaks";

const ARROW = "[▼▽↓⬇⇩︾]";
/** Arrows at both ends, or at one end of a line that opens with the click; a site's download words inside. */
const DOWNLOAD_BOX_RE = new RegExp(
  `^(?:${ARROW}+.{2,36}${ARROW}+|${ARROW}+(?:点击|立即|免费)下载.{2,34}|(?:点击|立即|免费)下载.{2,34}${ARROW}+)$`,
);
const DOWNLOAD_WORD_RE = /下载(?:本文|全文|文档|此文|完整)|(?:Word|word|WORD|DOC|doc|完整)版|可编辑|文档下载|VIP/;

/** Marks each download box (reason 付费/登录提示: the text flows across it where it cut a sentence). */
export function markDownloadBoxes(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((line, i) => {
    const t = line.trim();
    if (verdict[i] || t.length > 40 || /[。！？；，,]/.test(t)) return;
    if (DOWNLOAD_BOX_RE.test(t) && DOWNLOAD_WORD_RE.test(t)) verdict[i] = PAYWALL;
  });
}
