// What a page break leaves inside a kept line once its line ends were lost: a page number (第 2 页 共 9 页, 页码：4/5,
// （下转第3版）) and the document's running header glued to the sentence that carries on across the break
// (…扛在肩上，页码：4/5 / ××公司安全环保部　内部资料不能把…). The header's copies on lines of their own, which the
// running-header rule marked, say which words are the header; the sentence is kept whole. So does a 文库 reader's
// prompt at its page breaks (下载文档到电脑，查找使用更方便), which the page also prints on a line of its own, and a
// removed footnote's mark ([注1]) where a sentence cites it. A short button (免费阅读全文) glued onto a paragraph's end.
import { escapeRegExp } from "./escape-regexp";
import { PAYWALL } from "./noise-words";
import { cut, PAGE_INLINE_RE, type Ctx } from "./noise-fragments";
import { PAGE_JUMP_RE } from "./noise-page-ends";
import { RUNNING_HEADER } from "./noise-page-furniture";
import { removedNoteMarks } from "./noise-footnotes";
import { keptFrom } from "./noise-page-cards";
import { endsSentence, isTitleLine } from "./outline-patterns";
import type { SourceLine } from "./types";

/** A header this short may be words a sentence opens or ends with too. */
const MIN_GLUED_HEADER = 6;
/** Removed copies of the header on lines of their own (one marked a running header) that make it the page's. */
const MIN_HEADER_COPIES = 2;

/** The marked running headers, as a pattern of their words (spaces between their characters allowed: the copies were
 *  compared without them), or null when the page has none. */
function runningHeaderWords(texts: string[], verdict: (string | null)[]): string | null {
  const squeeze = (t: string) => t.replace(/\s+/g, "");
  const marked = new Set(texts.filter((t, i) => verdict[i] === RUNNING_HEADER).map(squeeze));
  const copies = new Map<string, number>();
  texts.forEach((t, i) => {
    const key = squeeze(t);
    if (verdict[i] && marked.has(key) && key.length >= MIN_GLUED_HEADER) copies.set(key, (copies.get(key) ?? 0) + 1);
  });
  const headers = [...copies].filter(([, n]) => n >= MIN_HEADER_COPIES).map(([key]) => key);
  if (!headers.length) return null;
  return headers
    .sort((a, b) => b.length - a.length)
    .map((h) => [...h].map(escapeRegExp).join("\\s*"))
    .join("|");
}

/** A prompt this long, written word for word, is no clause a speech writes (开通VIP会员，免费阅读全文). */
const MIN_PROMPT = 8;
/** A site's own offer, worded as no speech words its own line: 下载文档到电脑…, 开通VIP会员…, 免费阅读全文. Not
 *  完整版, 付费 or 登录后 alone, which a speech's line taken for a prompt may hold (整治方案完整版已发到各乡镇). */
const SITE_PROMPT_RE =
  /下载(?:文档|本文|全文|此文)|VIP|开通会员|会员(?:免费|专享)|(?:免费|继续)?(?:阅读|查看)全文|下载券|登录后(?:查看|阅读|下载)/i;

/** The page's paywall and download prompts the rules took on lines of their own, at least `min` long (a shorter
 *  one is cut only where a line's end shows it glued on: cutGluedPrompts), longest first. */
export function pagePrompts(texts: string[], verdict: (string | null)[], min = MIN_PROMPT): string[] {
  const prompts = new Set(
    texts.flatMap((raw, i) => {
      const t = raw.trim();
      return verdict[i] === PAYWALL && t.length >= min && SITE_PROMPT_RE.test(t) ? [t] : [];
    }),
  );
  return [...prompts].sort((a, b) => b.length - a.length);
}

/** The page's prompts as a pattern, or null: their copies inside a kept line are the same prompt, set where a page
 *  break fell inside a sentence. Set between two commas, the prompt takes the one after it (…掉以轻心，[prompt]，
 *  各乡镇… keeps one comma). */
function promptWords(texts: string[], verdict: (string | null)[]): RegExp | null {
  const prompts = pagePrompts(texts, verdict);
  if (!prompts.length) return null;
  const words = prompts.map(escapeRegExp).join("|");
  return new RegExp(`(?<=[，、；,])(?:${words})[，、；,]|(?:${words})`, "g");
}

/** A prompt this short (阅读全文) is a button's only where glued on after a finished sentence. */
const MIN_TAIL_PROMPT = 4;
/** A sentence's end before the button (。 or 。”): words of a speech after it would end in a stop of their own. */
const SENTENCE_END_RE = /[。！？!?][”’」』]?$/;

/** A 文库 page's button glued onto the end of a kept line after a finished sentence, its line break lost
 *  (…不可失防万一。免费阅读全文), where the page prints the same button on lines of their own: cut before the learned
 *  model judges the line, which would take the whole paragraph for chrome, as it then ends in no stop. A prompt a
 *  sentence ends in (…把方案阅读全文。) is no button's. Returns `texts`, changed in place. */
export function cutGluedPrompts(texts: string[], verdict: (string | null)[], lines: SourceLine[], ctx: Ctx): string[] {
  const prompts = pagePrompts(texts, verdict, MIN_TAIL_PROMPT);
  if (!prompts.length) return texts;
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i]) continue;
    const t = texts[i]!.trimEnd();
    const p = prompts.find((w) => t.length > w.length && t.endsWith(w));
    if (!p || !SENTENCE_END_RE.test(t.slice(0, -p.length)) || isTitleLine(t.trim())) continue;
    ctx.removed.push({ text: p, reason: PAYWALL, lineNo: lines[i]!.lineNo });
    texts[i] = t.slice(0, -p.length);
  }
  return texts;
}

/** 页码：3/4 / 第 3 页/共 4 页: a page's number as a preview prints it at the break. */
const PAGE_NUMBER_MARK = String.raw`(?:页码\s*[：:]\s*\d{1,4}\s*[/／]\s*\d{1,4}|第\s*\d{1,4}\s*页\s*[，,、/／：:]?\s*共\s*\d{1,4}\s*页)`;

/** A line's text stops short, as a page break cuts it: no sentence's or clause's end (…负直接领 / …通报批评，). */
const CUT_SHORT_RE = /[\p{L}\p{N}，、,]\s*$/u;

/** A cutter for the page's kept lines i: page numbers inside them, and its running header glued to their text — at
 *  a line's start only where the kept line above stops short (the page broke the sentence there: a sentence or a
 *  title may open with the same words, 江岸港务集团各码头公司要…), at its end only after a page number or a sentence's
 *  end; never from a title line. */
export function pageResidueCutter(texts: string[], verdict: (string | null)[]) {
  const words = runningHeaderWords(texts, verdict);
  const atStart = words && new RegExp(`^\\s*(?:${words})\\s*(?=\\S)`, "g");
  const atEnd = words && new RegExp(`(?<=\\S)\\s*(?:${words})\\s*$`, "g");
  // 页码：3/4 and the header right after it inside a line: the page broke a sentence there (…通报批评，页码：3/4 ××部
  // 内部资料并扣减…).
  const midLine = words && new RegExp(`${PAGE_NUMBER_MARK}\\s*(?:${words})\\s*`, "g");
  const withoutPageNumbers = (t: string) => t.replace(PAGE_INLINE_RE, "").replace(PAGE_JUMP_RE, "");
  const prompts = promptWords(texts, verdict);
  const noteMarks = removedNoteMarks(texts, verdict);
  return (raw: string, i: number, lineNo: number, ctx: Ctx): string => {
    const line = prompts && !isTitleLine(raw.trim()) ? cut(raw, prompts, PAYWALL, lineNo, ctx) : raw;
    const t = noteMarks ? noteMarks(line, lineNo, ctx) : line;
    let out = midLine ? cut(t, midLine, "页码", lineNo, ctx) : t;
    out = cut(cut(out, PAGE_INLINE_RE, "页码", lineNo, ctx), PAGE_JUMP_RE, "页码", lineNo, ctx);
    if (!atStart || !atEnd || isTitleLine(t.trim())) return out;
    const pageCut = out !== t;
    const above = keptFrom(texts, verdict, i, -1);
    const cutAbove = above >= 0 && CUT_SHORT_RE.test(withoutPageNumbers(texts[above]!));
    let kept = cutAbove ? cut(out, atStart, RUNNING_HEADER, lineNo, ctx) : out;
    atEnd.lastIndex = 0;
    const before = kept.replace(atEnd, "");
    if (before !== kept && (pageCut || endsSentence(before.trim())))
      kept = cut(kept, atEnd, RUNNING_HEADER, lineNo, ctx);
    return kept;
  };
}
