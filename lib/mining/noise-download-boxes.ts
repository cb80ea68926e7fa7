// A 范文 site's download box drawn between arrows (▼ 点击下载本文完整Word版 ▼, ↓ 下载Word文档 ↓): the site sets it
// into the text wherever the page scrolls, even between the two halves of a sentence, where the line rules keep a
// line as a wrapped piece of prose. The arrows and the site's download words together are the box's; a speech's
// line on downloading a file has no arrows around it, and a line with a sentence's stop in it is a sentence.
import { PAYWALL } from "./noise-breaks";

/** A down arrow, the emoji's too (👇, ⬇️ with its presentation selector). */
const ARROWS = "▼▽↓⬇⇩︾👇";
const ARROW = `(?:[${ARROWS}]\uFE0F?)`;
/** Arrows at both ends, or at one end of a line that opens with the click; a site's download words inside. */
const DOWNLOAD_BOX_RE = new RegExp(
  `^(?:${ARROW}+.{2,36}${ARROW}+|${ARROW}+(?:点击|立即|免费)下载.{2,34}|(?:点击|立即|免费)下载.{2,34}${ARROW}+)$`,
  "u",
);
/** Arrows at both ends frame the box: a comma between its words (本文可编辑，点击下载) is still the site's. */
const FRAMED_RE = new RegExp(`^${ARROW}+[^${ARROWS}]{2,36}${ARROW}+$`, "u");
const DOWNLOAD_WORD_RE = /下载(?:本文|全文|文档|此文|完整)|(?:Word|word|WORD|DOC|doc|完整)版|可编辑|文档下载|VIP/;

const isDownloadBox = (t: string) =>
  t.length <= 40 &&
  !/[。！？；]/.test(t) &&
  (!/[，,]/.test(t) || FRAMED_RE.test(t)) &&
  DOWNLOAD_BOX_RE.test(t) &&
  DOWNLOAD_WORD_RE.test(t);

/** Marks each download box (reason 付费/登录提示: the text flows across it where it cut a sentence). */
export function markDownloadBoxes(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((line, i) => {
    if (!verdict[i] && isDownloadBox(line.trim())) verdict[i] = PAYWALL;
  });
}

/** A box drawn with emoji arrows (👇…👇, ⬇️…⬇️), read on the line as it came: the emoji are cut from a line before
 *  the page rules see it, and the words left would stand bare. */
export const emojiBoxReason = (t: string): string | null =>
  /\p{Extended_Pictographic}/u.test(t) && isDownloadBox(t) ? PAYWALL : null;
