// Noise removal for scraped speeches. Whole lines: page numbers, separators, code, forum chrome, paywall prompts,
// source/author lines, site headers and footers, ads, contact lines, the teaser that repeats the text's start.
// Fragments: document markers, tags, URLs, watermarks (curated and learned from the page), page footers inside lines,
// injections (noise-injections.ts); censored pinyin is restored. Page furniture (lists, replies, running headers,
// footnotes: noise-page-rules.ts) is judged with its neighbours. Rules, mostly on short lines, set aside titles,
// headings, salutations and wrapped pieces of a sentence; the learned model (noise-model.ts) judges what they keep.
import { joinWrappedTitles } from "./wrapped-titles";
import { restoreCensored } from "./censored-pinyin";
import { PAYWALL } from "./noise-words";
import { cjkCount, isChineseText, isTitleLine } from "./outline-patterns";
import {
  cut,
  learnWatermarks,
  stripWatermarks,
  TEMPLATE_SITE_RE,
  EMPTIED_WATERMARK_RE,
  UNFINISHED_END_RE,
} from "./noise-fragments";
import { cutAddresses, wrappedAddressAt } from "./noise-cited-sources";
import { cutTitleInjections, pageTitles } from "./noise-injections";
import { cutHintOf } from "./noise-cut-hints";
import { searchPhrases } from "./noise-seo-phrases";
import { continuesProse, isMenuLike, looksLikeContent } from "./noise-line-rules";
import { markChromeAfterClosing } from "./noise-after-closing";
import { applyNoiseModel } from "./noise-model";
import { breakAfter, cutsSentenceAt, FLOWS_ACROSS, lastWritten, repeatsAcrossBreak, SEAM_REPEAT } from "./noise-breaks";
import { SCREEN_BAR } from "./noise-line-shapes";
import { markSiteFooter } from "./noise-page-ends";
import { cutGluedPrompts, pageResidueCutter } from "./noise-page-residue";
import { CONTINUES_RE, markStrandedLines, previousLine } from "./noise-page-cards";
import { markReportAtEnd } from "./noise-news-report";
import { continuesCue } from "./noise-line-marks";
import { BARE_NAME_RE, isProtected } from "./noise-line-guard";
import type { Removed, SourceLine } from "./types";
import { cutOutletTags, markPortalWidgets } from "./noise-widget-lines";

import { ruleVerdicts } from "./noise-rule-verdicts";

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
  const names = learnWatermarks(noiseLines, body, texts);
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
    // …建立问题清单、（未完，见2楼）: the poster's note that his sentence goes on past what the page puts between (his
    // floor's foot, the replies under it, his card over the next floor), as it does across a page break.
    const unfinished = UNFINISHED_END_RE.test(t.trim());
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
    if (t) [afterBreak, seam] = [unfinished && /[\p{Script=Han}，、,]$/u.test(t.trim()) ? "page" : null, false];
  }
  ctx.removed.sort((a, b) => (a.lineNo ?? 0) - (b.lineNo ?? 0));
  return { lines: out, removed: ctx.removed };
}
