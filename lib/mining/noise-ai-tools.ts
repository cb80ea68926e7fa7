// A document site's AI tools beside the text it previews: its buttons (AI 一键生成 PPT ｜ AI 生成思维导图) and its
// assistant's box (文档助手 over the prompts it offers: 帮我改写这一段 / 续写 / 把这篇讲话压缩到800字).
const TOOL = "AI\\s*(?:一键)?(?:生成|总结|提炼|改写|续写|翻译|问答)";
/** A row of tools and nothing else; two of them at least (a speech may list one as its item: AI 一键生成 PPT). */
const TOOL_ROW_RE = new RegExp(`^(?:${TOOL}[^。，,！？]{0,16}(?:\\s*[｜|·]\\s*|\\s+|$)){2,}$`, "i");
const TOOL_WORD_RE = /一键|PPT|思维导图|脑图|大纲/i;
const ASSISTANT_RE = /^(?:文档助手|AI\s*助手|智能助手|AI\s*问答|问问\s*AI|AI\s*帮你读|AI\s*阅读助手)$/i;
/** The prompts under the assistant's label: short requests, no sentence, down to a blank line. */
const REQUEST_RE = /帮我|试试|问我|续写|改写|扩写|润色|压缩|总结|翻译|生成|提炼/;
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
      // Each a request to the assistant (帮我改写这一段, 续写, 试试这样问我：): a speech's list of modules is none.
      if (prompts.length >= PROMPT_LINES || p.length > PROMPT_CHARS || /[。！]$/.test(p) || !REQUEST_RE.test(p)) return;
      prompts.push(j);
    }
    if (prompts.length) for (const j of [i, ...prompts]) verdict[j] ??= "AI 助手提示";
  });
}
