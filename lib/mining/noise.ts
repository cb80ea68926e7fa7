// Noise removal for scraped speeches. Whole lines: page numbers, separators, code, forum chrome, paywall prompts,
// source/author lines, site headers and footers, ads, contact lines, the teaser that repeats the text's start.
// Fragments: document markers, tags, URLs, watermarks (curated and learned from the page), page footers inside lines,
// injections (noise-injections.ts); censored pinyin is restored. Page furniture (lists, replies, running headers,
// footnotes: noise-page-rules.ts) is judged with its neighbours. Rules, mostly on short lines, set aside titles,
// headings, salutations and wrapped pieces of a sentence; the learned model (noise-model.ts) judges what they keep.
import { joinWrappedTitles } from "./wrapped-titles";
import { bracketedSubheads } from "./bracketed-subheads";
import { replaceWhereMay } from "./regex-needs";
import { restoreCensored } from "./censored-pinyin";
import { PAYWALL, REASON_SOURCE_NOTE } from "./noise-words";
import { displayWidth, wrapWidth } from "./rejoin-modes";
import { cjkCount, isChineseText, isTitleLine } from "./outline-patterns";
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
  learnWatermarks,
  MARKER_RE,
  PAYWALL_NOTE_RE,
  POST_STAMP_RE,
  stripWatermarks,
  TAG_RE,
  TEMPLATE_SITE_RE,
  EMPTIED_WATERMARK_RE,
  type Ctx,
} from "./noise-fragments";
import { cutAddressWatermarks, learnAddressWatermarks } from "./noise-address-watermarks";
import { cutAddresses, cutSourceNotes, wrappedAddressAt } from "./noise-cited-sources";
import { cutChunkMarkers, cutInjections, cutTitleInjections, pageMarks, pageTitles } from "./noise-injections";
import { cutListNumbers } from "./noise-list-numbers";
import { splitGluedFurniture } from "./noise-glued-furniture";
import { cutHintOf } from "./noise-cut-hints";
import { searchPhrases } from "./noise-seo-phrases";
import { markTextBoxQuotes } from "./noise-text-boxes";
import { unitStatementHeads } from "./speaker-titles";
import { continuesProse, isCodeLine, isMenuLike, lineNoiseReason, looksLikeContent } from "./noise-line-rules";
import { markChromeAfterClosing } from "./noise-after-closing";
import { applyNoiseModel, type LineGuard } from "./noise-model";
import { markFileNames } from "./noise-file-names";
import { linesEndingInPageNumbers, markPageFurniture } from "./noise-page-rules";
import { emojiLineReason } from "./noise-emoji-lines";
import { flowingCut } from "./noise-flowing-notes";
import { cutSmsChain } from "./noise-sms-chain";
import { cutSiteCalls } from "./noise-site-sales";
import { previewEndReason as previewEnd } from "./noise-preview-ends";
import {
  breakAfter,
  cutsSentenceAt,
  FLOWS_ACROSS,
  lastWritten,
  lineBeforeBreak,
  MIN_ACROSS_BREAK,
  repeatsAcrossBreak,
  SEAM_REPEAT,
} from "./noise-breaks";
import { SCREEN_BAR } from "./noise-line-shapes";
import { markSiteFooter } from "./noise-page-ends";
import { cutGluedPrompts, pageResidueCutter } from "./noise-page-residue";
import { CONTINUES_RE, markStrandedLines, previousLine } from "./noise-page-cards";
import { earlierText, isTeaser } from "./noise-teaser";
import { markReportAtEnd } from "./noise-news-report";
import { continuesCue, cutLineMarks, isCueLine, lineMarkReason, lineMarksOf } from "./noise-line-marks";
import { BARE_NAME_RE, isProtected, lineGuard, wrappedPiece } from "./noise-line-guard";
import { markCompilationContents } from "./noise-toc-titles";
import type { Removed, SourceLine } from "./types";
import { cutOptOutTail, cutOutletTags, markPortalWidgets } from "./noise-widget-lines";

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
  for (let i = 0; i < texts.length; i++)
    if (!verdict[i] && isTeaser(texts, i, verdict, earlier)) verdict[i] = "重复的摘要行";
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

const SITE_OWNERS_RE = /^主办[：:].{2,40}(?:承办|协办|技术支持|运维)[：:]/;

/** Chinese text with at most a tenth of other characters; letters and digits aside when they are no more than a
 *  fifth of a line of clauses (a footer's address or a menu is mostly Latin, spaces and bars). */
function isPlainProse(t: string): boolean {
  const chinese = [...t].filter(isChineseText).length;
  if (chinese >= t.length * 0.9) return true;
  const alnum = t.match(/[A-Za-z0-9.%]/g)?.length ?? 0;
  const clauses = t.match(/[，；]/g)?.length ?? 0;
  return clauses >= 2 && alnum <= t.length * 0.2 && chinese + alnum >= t.length * 0.9;
}

/** Removes site boilerplate lines and injected fragments, reporting each with its reason: the rules first, then
 *  the learned model on the lines they keep. Removed lines become blank lines (a paragraph break), except page
 *  numbers, across which the text flows on. */
export function removeNoise(input: SourceLine[]): { lines: SourceLine[]; removed: Removed[] } {
  const { lines, texts, verdict, guard, ctx, cues, heads } = ruleVerdicts(input);
  applyNoiseModel(cutGluedPrompts(texts, verdict, lines, ctx), verdict, guard, cues);
  // (The portal's widgets the model kept are marked first: a robot's box above the footer is none of the text.)
  markSiteFooter(texts, markPortalWidgets(texts, verdict), (i) => {
    const t = texts[i]!.trim();
    const continues = i > 0 && !verdict[i - 1] && continuesProse(texts[i - 1]!.trim());
    // A last paragraph cut mid-sentence by the page: twenty characters and more of plain Chinese, or of clauses
    // with figures and Latin words among them (…680万元，重点用于DCS系统…，…); a footer's one line with its year is none.
    const prose = cjkCount(t) >= 20 && isPlainProse(t) && !isMenuLike(t);
    // 主办：…办公室　承办：…中心 below the text is the site's owners, however plain its Chinese.
    if (SITE_OWNERS_RE.test(t)) return false;
    const kept = looksLikeContent(t) || continues || prose || continuesCue(i, cues, texts, verdict);
    return kept || (isProtected(t, lines[i]!.hint) && !isTitleLine(t));
  });

  // Judged once the page's own trailing chrome is marked: what is left at the end of the text.
  markReportAtEnd(texts, verdict);
  markChromeAfterClosing(texts, verdict);

  // A line after a removed one continues no sentence, and a bare name amid chrome is a poster's or an author's:
  // only titles, headings, dates and a speaker with a post stay.
  markStrandedLines(texts, verdict, (i) => {
    const t = texts[i]!.trim();
    return isProtected(t, lines[i]!.hint) || (guard[i] === "fixed" && !BARE_NAME_RE.test(t));
  });
  joinWrappedTitles(texts, verdict);
  const noiseLines = texts.filter((_, i) => verdict[i]);
  const body = texts.filter((_, i) => !verdict[i]).join("\n");
  const names = learnWatermarks(noiseLines, body);
  // A page's titles and its search phrases, longest first, as an SEO template pastes them into sentences.
  const titles = [...pageTitles(texts), ...searchPhrases(body)].sort((a, b) => b.length - a.length);
  const cutPageResidue = pageResidueCutter(texts, verdict);

  const out: SourceLine[] = [];
  let afterBreak: "page" | "soft" | "message" | null = null;
  /** After a screenshot's bars, up to the next line of text. */
  let seam = false;
  for (let i = 0; i < texts.length; i++) {
    const line = lines[i]!;
    const reason = verdict[i];
    if (reason) {
      ctx.removed.push({ text: texts[i]!.trim(), reason, lineNo: line.lineNo });
      // What a page prints at its break (a footer, a notice) is part of a page break; after a button or an address,
      // only a download notice (剩余2页未读 under 展开全文) is: other lines end the text.
      if (reason === SCREEN_BAR) seam = true;
      // Chrome inside a sentence, after its comma (a paywall's prompt after a semicolon too: …密切配合；/ 复制内容需开通
      //会员 / 各乡镇要…): the sentence runs on across it (after a bare word a paywall's preview may have skipped pages).
      const written = lastWritten(out, reason, ctx.removed, lines, i);
      const cutsSentence = cutsSentenceAt(reason, written, verdict[i + 1] ? "" : texts[i + 1]);
      if (!FLOWS_ACROSS.has(reason) && afterBreak !== "page" && !cutsSentence && !(afterBreak && reason === PAYWALL)) {
        out.push({ ...line, text: "" });
        afterBreak = null;
      } else {
        if (FLOWS_ACROSS.has(reason)) afterBreak = breakAfter(reason, afterBreak);
        // A page break: the text flows on across it, blank lines around the page number included.
        while (out.length && !out[out.length - 1]!.text.trim()) out.pop();
        while (i + 1 < texts.length && !verdict[i + 1] && !texts[i + 1]!.trim()) i++;
      }
      continue;
    }
    let t = texts[i]!;
    if (t.trim()) {
      t = cutPageResidue(t, i, line.lineNo, ctx);
      const before = ctx.removed.length;
      t = wrappedAddressAt(texts, verdict, i) ? t : cutAddresses(t, line.lineNo, ctx);
      t = cutOutletTags(stripWatermarks(t, names, line.lineNo, ctx), line.lineNo, ctx);
      t = cut(t, TEMPLATE_SITE_RE, "水印", line.lineNo, ctx);
      if (ctx.removed.length > before) t = cut(t, EMPTIED_WATERMARK_RE, "水印", line.lineNo, ctx);
      if (titles.length) t = cutTitleInjections(t, titles, line.lineNo, ctx);
      // 接上文：… right under a comment's head — an answerer's comment carrying on his text (noise-page-cards.ts):
      // the label alone goes (a host's 接上：我再补充两点 under his own paragraph stays).
      if (verdict[previousLine(texts, i)]) t = cut(t, CONTINUES_RE, "论坛界面文字", line.lineNo, ctx);
      t = restoreCensored(t, line.lineNo, ctx);
      if (!t.trim()) t = "";
    }
    if (t && seam && repeatsAcrossBreak(out, t)) {
      ctx.removed.push({ text: t.trim(), reason: SEAM_REPEAT, lineNo: line.lineNo });
      continue;
    }
    const hint =
      cues.has(i) && t
        ? { flows: true }
        : heads.has(i) && t
          ? { headingLevel: 1 as const }
          : afterBreak && t
            ? { afterBreak }
            : null;
    // What inline cuts took from a line (noise-cut-hints.ts): a width cut mid-sentence, a speaker's tag.
    const cutHint = cutHintOf(line.text, t);
    out.push(
      hint || cutHint ? { ...line, text: t, hint: { ...line.hint, ...hint, ...cutHint } } : { ...line, text: t },
    );
    if (t) [afterBreak, seam] = [null, false];
  }
  ctx.removed.sort((a, b) => (a.lineNo ?? 0) - (b.lineNo ?? 0));
  return { lines: out, removed: ctx.removed };
}
