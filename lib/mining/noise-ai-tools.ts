// A document site's AI tools beside the text it previews: its buttons (AI 一键生成 PPT ｜ AI 生成思维导图) and its
// assistant's box (文档助手 over the prompts it offers: 帮我改写这一段 / 续写 / 把这篇讲话压缩到800字; or the questions it
// suggests under 您可能还想问AI： / 猜你想问AI, each asking of 这篇/本文), and its AI summary box (AI总结 /
// 本内容由AI根据文档生成，仅供参考 / the summary / 有帮助 | 没帮助).
import { isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

const TOOL = "AI\\s*(?:一键)?(?:生成|总结|提炼|改写|续写|翻译|问答)";
/** A row of tools and nothing else; two of them at least (a speech may list one as its item: AI 一键生成 PPT). */
const TOOL_ROW_RE = new RegExp(`^(?:${TOOL}[^。，,！？]{0,16}(?:\\s*[｜|·]\\s*|\\s+|$)){2,}$`, "i");
const TOOL_WORD_RE = /一键|PPT|思维导图|脑图|大纲/i;
const ASSISTANT_RE =
  /^(?:文档助手|AI\s*助手|智能助手|AI\s*问答|问问\s*AI|AI\s*帮你读|AI\s*阅读助手|(?:(?:您|你)(?:可能)?还?想|猜你想|大家都在|试试)问\s*AI\s*[：:]?)$/i;
/** The prompts under the assistant's label: short requests, no sentence, down to a blank line or the page's next
 *  chrome (a line another rule took: 相似文档) or a heading of the speech; any other line ends the box as none. */
const REQUEST_RE = /帮我|试试|问我|续写|改写|扩写|润色|压缩|总结|翻译|生成|提炼/;
/** A suggested question about the text itself (这篇讲话的主要观点有哪些？): it names the document and asks. */
const QUESTION_RE = /^(?:这篇|这份|本篇|本文|该文|全文|文中|文章)[^。！？?]{2,26}[？?]$/;
const PROMPT_LINES = 6;
const PROMPT_CHARS = 30;

export function markAiTools(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    // (AI总结 / AI 生成的文档摘要 alone is a summary's label, which the summary rule reads with its text.)
    if (t.length <= 60 && TOOL_ROW_RE.test(t) && TOOL_WORD_RE.test(t)) verdict[i] ??= "AI 工具按钮";
    if (!ASSISTANT_RE.test(t)) return;
    const prompts: number[] = [];
    for (let j = i + 1; j < texts.length && texts[j]!.trim(); j++) {
      const p = texts[j]!.trim();
      // The page's next chrome, or the speech's next heading (二、压缩管理层级…, set under a box with no blank line),
      // ends the list: a heading is never a prompt.
      if (parseEnumerator(p)) {
        if (!prompts.length) return;
        break;
      }
      if (prompts.length && verdict[j]) break;
      // Each a request to the assistant (帮我改写这一段, 续写, 试试这样问我：) or a question on the text (这篇讲话…？): a
      // speech's list of modules is none.
      const asks = (REQUEST_RE.test(p) && !/[。！]$/.test(p)) || QUESTION_RE.test(p);
      if (prompts.length >= PROMPT_LINES || p.length > PROMPT_CHARS || !asks) return;
      prompts.push(j);
    }
    if (prompts.length) for (const j of [i, ...prompts]) verdict[j] ??= "AI 助手提示";
  });
}

/** The summary box's label (AI总结, ✦ AI摘要, AI 智能速览, AI 划重点). */
const AI_SUMMARY_HEAD_RE =
  /^[^\p{L}\p{N}]{0,2}(?:AI\s*智能|AI|智能)\s*(?:生成的?)?\s*(?:文档|文章|全文)?(?:总结|摘要|速览|概要|概述|导读|划重点)\s*[：:]?$/iu;
/** The site's warning under the label that the AI (人工智能, a 大模型) wrote what follows (本内容由AI根据文档生成，仅供参考;
 *  本摘要由文心大模型生成). */
const AI_MADE_RE =
  /^[^。！？]{0,12}由\s*(?:AI|人工智能|[^。！？，,\s]{0,6}大模型)[^。！？]{0,16}生成[^。！？]{0,12}[。！]?$/i;
/** A warning names what it warns of (本内容, 以下内容, 本摘要) or tells the reader to take it with care (仅供参考): a
 *  speech's sentence on its own AI under its own heading (智能总结 / 每一份班组安全日志都由AI自动生成，…) does neither. */
const WARNED_RE =
  /^(?:本|以下|上述|此|该)?(?:内容|摘要|总结|概要|导读|文字|结果)|仅供参考|请[^。！？，,]{0,4}(?:甄别|核实|核对)|不代表|以原文为准/;
const isAiWarning = (t: string): boolean => AI_MADE_RE.test(t) && WARNED_RE.test(t);
/** The box's feedback buttons (有帮助 | 没帮助, 有用　没用, 有帮助(36) | 没帮助(2)): a row of two verdicts on the summary,
 *  with their counts, nothing else (the spaces between may be gone once the line is normalised: 有帮助没帮助). */
const VERDICT = "(?:有帮助|没帮助|无帮助|有用|没用|无用)(?:\\s*[（(]\\d{1,6}[)）])?";
const FEEDBACK_ROW_RE = new RegExp(`^${VERDICT}(?:\\s*[|｜/·]\\s*|\\s*)${VERDICT}$`);
/** A summary that speaks of the text as a document (这是一篇…的讲话稿, 本文…), when no buttons close the box. */
const OF_THE_TEXT_RE = /^(?:这是一篇|本文|本篇|该文|全文|文章|文档)/;
/** The most lines of a summary the buttons close (one a line for each of its points). */
const SUMMARY_LINES = 6;
const AI_SUMMARY = "AI 总结";

/** Marks a document site's AI summary box where the site says the AI wrote it: the label, that warning under it, and
 *  the summary down to the box's feedback buttons (a line or a few), or, with no buttons, the one paragraph under the
 *  warning when it speaks of the text as a document. A title, a salutation or a heading ends it: the text begins. */
export function markAiSummaryBoxes(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (FEEDBACK_ROW_RE.test(raw.trim())) verdict[i] ??= AI_SUMMARY;
    if (!AI_SUMMARY_HEAD_RE.test(raw.trim())) return;
    const warning = nextLine(texts, i);
    if (warning < 0 || !isAiWarning(texts[warning]!.trim())) return;
    const lines: number[] = [];
    let closed = false;
    for (let j = nextLine(texts, warning); j >= 0 && lines.length < SUMMARY_LINES; j = nextLine(texts, j)) {
      const t = texts[j]!.trim();
      if (FEEDBACK_ROW_RE.test(t)) closed = true;
      if (closed || isTitleLine(t) || isSalutation(t) || parseEnumerator(t)) break;
      lines.push(j);
    }
    const summary = closed ? lines : lines.slice(0, 1).filter((j) => OF_THE_TEXT_RE.test(texts[j]!.trim()));
    for (const j of [i, warning, ...summary]) verdict[j] ??= AI_SUMMARY;
  });
}
