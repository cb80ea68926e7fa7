// A 范文 site's download box drawn between arrows (▼ 点击下载本文完整Word版 ▼, ↓ 下载Word文档 ↓): the site sets it
// into the text wherever the page scrolls, even between the two halves of a sentence, where the line rules keep a
// line as a wrapped piece of prose. The arrows and the site's download words together are the box's; a speech's
// line on downloading a file has no arrows around it, and a line with a sentence's stop in it is a sentence.
// Its kin, a site's call set off by a pointer (▶ 讲话稿不会写？点这里免费领取…, ▲ 写材料没思路？点此咨询…): the link's own
// 这里/此 (a click on the page, which no spoken sentence makes) with what the click gets, on a short line of no stop.
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

/** A pointer or a frame's mark opening the line (▶, ►, 👉, ☞, →, ▲, >>). */
const POINTER_RE = /^(?:[▶►▷▸➤➢☞👉→⇒▲△]\uFE0F?|>{2,}|»)/u;
/** 点这里免费领取, 点此立即开通, 戳这里下载, 点击此处获取: the link's 这里/此, then what the click gets (重点此次 is no click). */
const CLICK_HERE_RE =
  /(?:点(?:击)?|戳)(?:这里|此处?)(?:免费|立即|马上|一键)?(?:领取|获取|下载|开通|咨询|查看|阅读|进入|了解|报名|购买|订阅|加入)/;
const POINTER_CALL_MAX = 60;

/** A site's call on a line of its own, set off by a pointer: short, no sentence's stop, the click on the page. */
export const pointerCallReason = (t: string): string | null =>
  t.length <= POINTER_CALL_MAX && POINTER_RE.test(t) && !/[。；;]/.test(t) && CLICK_HERE_RE.test(t) ? PAYWALL : null;
