// The rule stage of noise removal (noise.ts): inline fragments cut, whole lines judged by the rules and the
// teaser test, with what guards each line from the learned model that judges next.
import { bracketedSubheads } from "./bracketed-subheads";
import { replaceWhereMay } from "./regex-needs";
import { REASON_SOURCE_NOTE } from "./noise-words";
import { displayWidth, wrapWidth } from "./rejoin-modes";
import { endsSentence, isTitleLine } from "./outline-patterns";
import {
  BBCODE_RE,
  CHAT_PREFIX_RE,
  cutColumnTags,
  MENTION_RE,
  TOPIC_TAG_RE,
  PROMOTED_TOPIC_RE,
  COPY_NOTE_INLINE_RE,
  SITE_PROMO_RE,
  CSS_BRACES_RE,
  cut,
  EMOJI_RE,
  KEYCAP_RE,
  MARKER_RE,
  PAYWALL_NOTE_RE,
  POST_STAMP_RE,
  TAG_RE,
  type Ctx,
} from "./noise-fragments";
import { cutAddressWatermarks, learnAddressWatermarks } from "./noise-address-watermarks";
import { cutSourceNotes } from "./noise-cited-sources";
import { cutChunkMarkers, cutInjections, pageMarks } from "./noise-injections";
import { cutListNumbers } from "./noise-list-numbers";
import { splitGluedFurniture } from "./noise-glued-furniture";
import { markTextBoxQuotes } from "./noise-text-boxes";
import { unitStatementHeads } from "./speaker-titles";
import { continuesProse, isCodeLine, lineNoiseReason } from "./noise-line-rules";
import { type LineGuard } from "./noise-model";
import { markFileNames } from "./noise-file-names";
import { linesEndingInPageNumbers, markPageFurniture } from "./noise-page-rules";
import { emojiLineReason } from "./noise-emoji-lines";
import { flowingCut } from "./noise-flowing-notes";
import { cutSmsChain } from "./noise-sms-chain";
import { cutSiteCalls } from "./noise-site-sales";
import { previewEndReason as previewEnd } from "./noise-preview-ends";
import { lineBeforeBreak, MIN_ACROSS_BREAK } from "./noise-breaks";
import { earlierText, isTeaser } from "./noise-teaser";
import { cutLineMarks, isCueLine, lineMarkReason, lineMarksOf } from "./noise-line-marks";
import { isProtected, lineGuard, wrappedPiece } from "./noise-line-guard";
import { markCompilationContents } from "./noise-toc-titles";
import type { SourceLine } from "./types";
import { cutOptOutTail } from "./noise-widget-lines";

/** The lines after the inline cuts, with the rules' verdict on each (null: kept) and what guards each line from
 *  the learned model (noise-model.ts). */
export type RuleVerdicts = {
  lines: SourceLine[];
  texts: string[];
  verdict: (string | null)[];
  guard: (LineGuard | null)[];
  ctx: Ctx;
  /** A transcript's cue lines (indexes): pieces of running text (LineHint.flows). */
  cues: Set<number>;
  /** Lines under an article's ornaments (01 / 把风险想在前面): its heads. */
  heads: Set<number>;
};

const TEASER = "重复的摘要行";
/** A piece of a teaser's line before its text: a title, a salutation, no longer. */
const TEASER_HEAD_MAX = 40;
const TEASER_HEAD_PIECES = 3;

/** The rule stage: inline fragments cut, whole lines judged by the rules and the teaser test. */
export function ruleVerdicts(input: SourceLine[]): RuleVerdicts {
  const ctx: Ctx = { removed: [] };
  const lines = splitGluedFurniture(cutListNumbers(cutChunkMarkers(cutSmsChain(input, ctx), ctx), ctx));
  const marks = learnAddressWatermarks(lines.map((l) => l.text).join("\n"));
  const page = pageMarks(lines);
  const texts: string[] = [];
  const verdict: (string | null)[] = [];
  const guard: (LineGuard | null)[] = [];
  let inCode = false;
  const width = wrapWidth(lines.map((l) => displayWidth(l.text.trim())).filter((w) => w > 0));
  const formatMarks = lineMarksOf(lines);
  const cues = new Set<number>();
  for (const [index, line] of lines.entries()) {
    let t = line.text;
    const trimmed = t.trim();
    if (inCode || /^<(?:style|script)\b/i.test(trimmed)) {
      inCode = !/<\/(?:style|script)>/i.test(trimmed);
      texts.push(t);
      guard.push(null);
      verdict.push(trimmed ? "样式代码" : null);
      continue;
    }
    // A tag's style attribute (<span style="color:black;…">) reads as CSS: the line is judged without its tags.
    if (trimmed && trimmed.length <= 2000 && isCodeLine(replaceWhereMay(TAG_RE, trimmed, ""))) {
      texts.push(t);
      guard.push(null);
      verdict.push("样式代码");
      continue;
    }
    const markReason = lineMarkReason(trimmed, index, formatMarks) ?? emojiLineReason(trimmed);
    if (markReason) {
      texts.push(t);
      guard.push(null);
      verdict.push(markReason);
      continue;
    }
    if (isCueLine(t, index, formatMarks)) cues.add(index);
    const cutsBefore = ctx.removed.length;
    t = cutLineMarks(t, formatMarks, index, line.lineNo, ctx);
    t = cut(t, MARKER_RE, "文档标记", line.lineNo, ctx);
    if (!page.stamped) t = cut(t, CHAT_PREFIX_RE, "聊天记录", line.lineNo, ctx);
    t = cutInjections(t, line.lineNo, ctx, page);
    if (marks.length) t = cutAddressWatermarks(t, marks, line.lineNo, ctx);
    t = cut(t, TAG_RE, "样式代码", line.lineNo, ctx);
    t = cut(t, BBCODE_RE, "样式代码", line.lineNo, ctx);
    if (t.includes("\u20E3")) t = t.replace(KEYCAP_RE, "$1、"); // a keycap ends in U+20E3
    t = cut(t, EMOJI_RE, "表情符号", line.lineNo, ctx);
    t = cutColumnTags(t, line.lineNo, ctx);
    t = cut(t, PROMOTED_TOPIC_RE, "推荐话题", line.lineNo, ctx);
    t = cut(t, TOPIC_TAG_RE, "话题标签", line.lineNo, ctx);
    t = cut(t, MENTION_RE, "@提及", line.lineNo, ctx);
    t = cut(t, CSS_BRACES_RE, "样式代码", line.lineNo, ctx, (m) => /[\u4e00-\u9fff]/.test(m));
    t = cutOptOutTail(cutSourceNotes(t, line.lineNo, ctx), line.lineNo, ctx);
    t = cut(t, COPY_NOTE_INLINE_RE, REASON_SOURCE_NOTE, line.lineNo, ctx);
    t = cutSiteCalls(cut(t, SITE_PROMO_RE, "网站推广", line.lineNo, ctx), line.lineNo, ctx);
    const stamp = t.includes("（") || t.includes("(") ? POST_STAMP_RE.exec(t) : null; // a stamp is bracketed
    if (stamp && isTitleLine(t.slice(0, stamp.index).trim()))
      t = cut(t, POST_STAMP_RE, REASON_SOURCE_NOTE, line.lineNo, ctx);
    t = cut(t, PAYWALL_NOTE_RE, "付费/登录提示", line.lineNo, ctx);
    const tt = t.trim();
    const reason =
      !tt && trimmed ? flowingCut(ctx.removed.slice(cutsBefore), texts, verdict, width, lines[index + 1]) : null;
    if (reason) {
      // A page number alone on its line (— 2 —): a page break, which the running-header rule looks for; a page's
      // address alone on its line (www.x.gov.cn), printed on every page, or a copy note inside a sentence: the text
      // flows across it too.
      ctx.removed.length = cutsBefore;
      texts.push(line.text);
      guard.push(null);
      verdict.push(reason);
      continue;
    }
    // Across a page break only a line of some length continues the text (a short one is the break's own notice).
    const prev = lineBeforeBreak(texts, verdict, tt.length >= MIN_ACROSS_BREAK);
    const inProse = (width > 0 && displayWidth(tt) >= width - 4) || continuesProse(prev);
    texts.push(t);
    const protectedLine = isProtected(tt, line.hint);
    guard.push(lineGuard(tt, line.hint, prev) ?? wrappedPiece(lines, index));
    verdict.push(tt ? (previewEnd(tt) ?? lineNoiseReason(tt, protectedLine, inProse, /[：:]$/.test(prev))) : null);
  }
  const earlier = earlierText(texts, verdict);
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i] || !isTeaser(texts, i, verdict, earlier)) continue;
    verdict[i] = TEASER;
    // 最佳答案：在…的讲话 同志们： 今天召开…...展开全部: one line of the page, which its spaces cut into pieces; the
    // short pieces before the text it repeats (the title, the salutation) are the teaser's too.
    for (let j = i - 1; j >= Math.max(0, i - TEASER_HEAD_PIECES) && lines[j]!.lineNo === lines[i]!.lineNo; j--) {
      const piece = texts[j]!.trim();
      if (!verdict[j] && piece && piece.length <= TEASER_HEAD_MAX && !endsSentence(piece)) verdict[j] = TEASER;
    }
  }
  markPageFurniture(texts, verdict, formatMarks.heads, linesEndingInPageNumbers(lines, ctx.removed), page.stamped);
  markTextBoxQuotes(lines, texts, verdict);
  // A 汇编's unit lines and statement titles (speaker-titles.ts), 【…】 subheads, titles its contents name: not the model's.
  for (const h of unitStatementHeads(texts)) guard[h.at] = guard[h.titleAt] = "fixed";
  for (const i of [...bracketedSubheads(texts), ...markCompilationContents(texts, verdict)]) guard[i] = "fixed";
  const lineNos = lines.map((l) => l.lineNo);
  markFileNames(texts, verdict, lineNos, ctx);
  // The head the ornament stood over, as long as the cuts left it text.
  const heads = new Set([...formatMarks.ornaments.values()].filter((k) => texts[k]!.trim()));
  return { lines, texts, verdict, guard, ctx, cues, heads };
}
