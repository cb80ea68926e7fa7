// A 范文 site's download box drawn between arrows (▼ 点击下载本文完整Word版 ▼, ↓ 下载Word文档 ↓): the site sets it
// into the text wherever the page scrolls, even between the two halves of a sentence, where the line rules keep a
// line as a wrapped piece of prose. The arrows and the site's download words together are the box's; a speech's
// line on downloading a file has no arrows around it, and a line with a sentence's stop in it is a sentence.
import { PAYWALL } from "./noise-words";
import { isTitleLine } from "./outline-patterns";

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

// Its kin, a site's call set off by a pointer (▲ 写材料没思路？点此咨询…定制服务 ▲) where the site prints it: among its
// chrome, after the speech's end. Three things together, none alone: a pointer or frame mark opening the line; the
// click as a call of its own (点这里/点此 right after the pointer, a space or a ，？！, never a noun's 点 as in 风险点这里)
// with what the site sells (领取/下载/开通/咨询/获取 and 免费/会员/模板/范文/定制…); and the lines on both sides already
// the page's chrome (or the page's edge). A speech's ▲ ▶ ➢ bullets and its instructions on a platform stand among its
// paragraphs, so they are never read here, whatever they say.
const POINTER_RE = /^(?:[▶►▷▸➤➢☞👉→⇒▲△]\uFE0F?|>{2,}|»)/u;
const CALL_RE =
  /(?:^|[\s，？！?!▶►▷▸➤➢☞👉→⇒▲△>»])(?:点击?|戳)(?:这里|此处?)(?:免费|立即|马上|一键)?(?:领取|获取|下载|开通|咨询|购买|订阅)/u;
const SOLD_RE = /免费|会员|VIP|模板|范文|Word|素材|定制|代写|一对一|1对1/i;
const POINTER_CALL_MAX = 60;

const isPointerCall = (t: string) =>
  t.length <= POINTER_CALL_MAX &&
  POINTER_RE.test(t) &&
  !/[。；;]/.test(t) &&
  CALL_RE.test(t.replace(POINTER_RE, " ")) &&
  SOLD_RE.test(t);

/** A collection's marker over its next speech (篇二, 【篇三】). */
const PIECE_MARK_RE = /^[【\[]?篇[一二三四五六七八九十\d]{1,3}[】\]]?$/;

/** The nearest line with text from i in the direction step: "chrome" (already the page's chrome), "edge" (none, or a
 *  title or a collection's marker: where a speech begins), or "text" (a line of the speech). */
function side(texts: string[], verdict: (string | null)[], i: number, step: 1 | -1): "chrome" | "edge" | "text" {
  for (let j = i + step; j >= 0 && j < texts.length; j += step) {
    const t = texts[j]!.trim();
    if (!t) continue;
    if (verdict[j]) return "chrome";
    return PIECE_MARK_RE.test(t) || isTitleLine(t) ? "edge" : "text";
  }
  return "edge";
}

/** Marks a pointer's call standing among the page's chrome (run after the other page rules have read the page): chrome
 *  on one side, chrome or where a speech begins on the other, never a line of the speech next to it. */
export function markPointerCalls(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((line, i) => {
    const t = line.trim();
    if (verdict[i] || !isPointerCall(t)) return;
    const sides = [side(texts, verdict, i, -1), side(texts, verdict, i, 1)];
    if (sides.includes("chrome") && !sides.includes("text")) verdict[i] = PAYWALL;
  });
}
