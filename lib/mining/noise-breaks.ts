// The breaks a scraped page puts inside the text, which the text flows across: a page number, a running header, a
// browser's print header, a subtitle cue's timing, a 展开全文 button, the site's address printed on every page, a
// paper's other page between the two halves of a jump, a chat's names and others' messages between a poster's, an
// office system's watermark band.
import { CHAT } from "./noise-chat-export";
import { PAYWALL } from "./noise-words";
import { LIVE_STAMP } from "./noise-interleaved-lines";
import { ADDRESS_WATERMARK } from "./noise-address-watermarks";
import { continuesProse } from "./noise-line-rules";
import { REASON_EXPANDER } from "./noise-line-patterns";
import { HIDDEN_REST, PREVIEW_END } from "./noise-preview-ends";
import { PREVIEW_MARK, PRINT_HEADER, PRINTED_HEADER, SCREEN_BAR } from "./noise-line-shapes";
import { SMS_FORWARD } from "./noise-widget-lines";
import { PAGE_JUMP } from "./noise-page-ends";
import { INTERNAL_MARK } from "./noise-office-records";
import { DOWNLOAD_STAMP } from "./noise-download-stamps";
import { RUNNING_HEADER } from "./noise-page-furniture";
import { isTitleLine, parseEnumerator } from "./outline-patterns";
import { isSalutation } from "./speech-frame-lines";
import type { SourceLine } from "./types";

/** The reason an advert's card is removed with (noise-ad-cards.ts and the line rules). */
const AD_CARD = "广告";
/** A site's copy note alone on its line inside a sentence (noise-flowing-notes.ts). */
export const COPY_NOTE_BREAK = "夹在句中的转载声明";
/** Removed lines across which the text flows on: a page break, a subtitle cue's timing. */
export const FLOWS_ACROSS = new Set<string>([
  "页码",
  RUNNING_HEADER,
  PRINT_HEADER,
  "字幕时间码",
  REASON_EXPANDER,
  ADDRESS_WATERMARK,
  PAGE_JUMP,
  CHAT,
  PRINTED_HEADER,
  LIVE_STAMP,
  SCREEN_BAR,
  PREVIEW_MARK,
  INTERNAL_MARK,
  COPY_NOTE_BREAK,
  DOWNLOAD_STAMP,
  SMS_FORWARD,
]);
/** Breaks that are a page's: the text was cut there by the page, not by the writer. */
export const PAGE_BREAKS = new Set<string>([
  "页码",
  RUNNING_HEADER,
  PRINT_HEADER,
  PAGE_JUMP,
  PRINTED_HEADER,
  SCREEN_BAR,
  PREVIEW_MARK,
]);
/** Cuts that may empty a line which then stands for a break the text flows across: a page number, a page's address. */
export const FLOWING_CUTS = new Set<string>(["页码", ADDRESS_WATERMARK]);

export const MIN_ACROSS_BREAK = 20;

/** Chrome inside a sentence, right after its comma (a paywall's prompt after a semicolon too): the sentence runs on
 *  across it. A preview's end (试读结束…) stops the piece, unless the text goes straight on under it (no blank line, no
 *  next piece's title): a copy of the note set into a sentence. */
export function cutsSentenceAt(reason: string, written: string, after = ""): boolean {
  const next = after.trim();
  const before = written.trim();
  if (!continuesProse(before)) return false;
  if (reason === AD_CARD && adInsideWord(written, after)) return true;
  if (reason === PREVIEW_END || reason === HIDDEN_REST)
    return /[，、,]$/.test(before) && !!next && !isTitleLine(next) && !/^[【[〖（(]/.test(next);
  return (reason === PAYWALL ? /[，、；,;]$/ : /[，、,]$/).test(before);
}

/** An advert set inside a word (…逐项销号，做到 / 某某写作课 >>立即报名 / 闭环管理。) on a page that indents its
 *  paragraphs: the line above stops on a character, no stop, and the line under the advert goes on without the indent
 *  the line above opened with; neither is a head. (A paragraph after an advert opens indented, as the others do.) */
function adInsideWord(written: string, after: string): boolean {
  const before = written.trim();
  const next = after.trim();
  if (!next || !/\p{Script=Han}$/u.test(before) || !INDENT_RE.test(written) || INDENT_RE.test(after)) return false;
  return !parseEnumerator(before) && !parseEnumerator(next) && !isTitleLine(next) && !isSalutation(next);
}
const INDENT_RE = /^(?:\u3000|[ \t]{2})/;

/** The last line written so far, its indent kept; for an advert's card, across the blank lines a page sets around the
 *  card it inserts between two halves of a sentence (a line that stops at a comma is cut there, however far below it
 *  goes on) and across the card's own lines above — but not across other removed lines (a paywall's prompt, a preview's
 *  cut), nor when a title or a salutation follows the card: a cut-off preview does not run on into the next speech.
 *  Other chrome after a blank line (a transcript's marks) follows a paragraph of its own. */
export function lastWritten(
  out: { text: string; lineNo: number }[],
  reason: string,
  removed: { lineNo?: number }[],
  lines: { text: string; lineNo: number }[],
  at: number,
): string {
  const last = out.at(-1)?.text ?? "";
  if (reason !== AD_CARD) return last;
  const next =
    lines
      .slice(at + 1)
      .find((l) => l.text.trim())
      ?.text.trim() ?? "";
  if (isTitleLine(next) || isSalutation(next)) return "";
  if (last.trim()) return last;
  const removedLines = new Set(removed.map((r) => r.lineNo));
  let cardLine = lines[at]!.lineNo - 1;
  for (let k = out.length - 1; k >= 0; k--) {
    const { text, lineNo } = out[k]!;
    if (text.trim()) return text;
    if (lineNo === cardLine && removedLines.has(lineNo)) cardLine--;
    else if (removedLines.has(lineNo)) return "";
    else cardLine = -1;
  }
  return "";
}

/** The kind of break the text is after once line `reason` is removed: a page's (strong evidence of a cut), a chat's
 *  (one message ends, another starts), or a button's or an address's (none by itself). */
export function breakAfter(reason: string, before: "page" | "soft" | "message" | null): "page" | "soft" | "message" {
  if (PAGE_BREAKS.has(reason) || before === "page") return "page";
  // (A forwarded text message's header parts one message from the next as a chat's name does.)
  return reason === CHAT || reason === SMS_FORWARD || before === "message" ? "message" : "soft";
}

/** The line above (blank: a paragraph break), or across a page break the text flows over (a page number, an address,
 *  blank lines around them) the last line before it: the line a wrapped piece after the break continues. */
export function lineBeforeBreak(texts: string[], verdict: (string | null)[], across: boolean): string {
  const last = texts.length - 1;
  if (last < 0 || !verdict[last]) return last < 0 ? "" : texts[last]!.trim();
  if (!across) return "";
  let k = last;
  while (k >= 0 && (verdict[k] ? FLOWS_ACROSS.has(verdict[k]!) : !texts[k]!.trim())) k--;
  return k >= 0 && !verdict[k] ? texts[k]!.trim() : "";
}

/** A paywall's prompt printed again and again between paragraphs (复制内容需开通会员，点击开通): a copy that falls inside
 *  a wrapped sentence reads as its next piece to the rules, but the copies removed elsewhere show it for what it is. */
export function markRepeatedPaywalls(texts: string[], verdict: (string | null)[]): void {
  const prompts = new Set(texts.filter((t, k) => verdict[k] === PAYWALL).map((t) => t.trim()));
  texts.forEach((t, i) => {
    if (!verdict[i] && t.trim().length <= 40 && prompts.has(t.trim())) verdict[i] = PAYWALL;
  });
}

export const SEAM_REPEAT = "截图接缝处重复的一行";
/** Stitched screenshots overlap: the line at the bottom of one is printed again at the top of the next. A line of
 *  some length equal to the last one before the bars is that repeat (spaces an OCR put in apart); a speech's own line
 *  said twice across a page number stays. */
export function repeatsAcrossBreak(out: SourceLine[], t: string): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  const last = out.findLast((l) => l.text.trim());
  return !!last && squeeze(t).length >= 8 && squeeze(last.text) === squeeze(t);
}
