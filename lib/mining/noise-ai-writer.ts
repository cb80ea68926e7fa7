// An AI writing tool's page, copied whole with the draft it wrote: above the draft, the form the clerk filled (the
// template chosen, 选择模板：讲话稿 > 会议讲话; the request, 帮我写一篇…的讲话，1200字左右…; the options, 篇幅：…　语气：…
// 身份：…), the output's label and its lead-in (生成内容 / 已为你生成以下内容：); under it, its buttons (重新生成). The
// lead-in is the evidence: without it a request or a field's line is left to the other rules.
import { endsSentence } from "./outline-patterns";

const FORM = "AI 写作工具的表单";
const BUTTON = "AI 写作工具按钮";
/** 已为你生成以下内容： / 已为您生成讲话稿如下： / 以下是为您生成的讲话稿：: the tool's line right above its draft. */
const OUTPUT = "(?:内容|结果|文章|文稿|讲话稿|稿件|初稿)";
const LEAD_IN_RE = new RegExp(
  `^(?:(?:已|已经)?(?:为你|为您|帮你|帮您)生成(?:了)?(?:(?:以下|如下)${OUTPUT}?|${OUTPUT}如下)|以下(?:是|为)(?:为你|为您|AI)?生成的${OUTPUT})\\s*[：:]$`,
  "i",
);
/** The label over the output box (生成内容 / 生成结果), alone on its line. */
const OUTPUT_LABEL_RE = /^(?:生成|输出|写作|创作)(?:内容|结果)$/;
/** The clerk's request: 帮我写一篇… / 请你起草…. */
const REQUEST_RE = /^(?:请|麻烦)?(?:帮我|帮忙|给我|为我|请你|你帮我)(?:写|起草|拟写?|撰写|生成)/;
const REQUEST_CHARS = 300;
/** A form's field (选择模板：讲话稿 > 会议讲话), or a row of them (篇幅：中篇　语气：正式庄重　身份：局长): a short label, a
 *  colon and a choice, no sentence. */
const FIELD_RE = /^[\u4e00-\u9fff]{2,6}[：:]\s*\S/;
const FIELD_CHARS = 80;
/** The form stands right above the lead-in: this many lines up at most. */
const FORM_LINES = 12;
/** The tool's buttons under the draft, each alone on its line. */
const BUTTON_RE = /^(?:重新生成|再次生成|再生成一篇|换一篇|重写|重新写作|继续生成|停止生成)$/;

const isField = (t: string) => t.length <= FIELD_CHARS && FIELD_RE.test(t) && !/[。！？，；,;]/.test(t);
const isFormLine = (t: string) =>
  OUTPUT_LABEL_RE.test(t) || (REQUEST_RE.test(t) && t.length <= REQUEST_CHARS && !endsSentence(t)) || isField(t);

/** Marks the form above the tool's lead-in, the lead-in, and the tool's buttons below it. */
export function markAiWriter(texts: string[], verdict: (string | null)[]): void {
  const lead = texts.findIndex((t) => LEAD_IN_RE.test(t.trim()));
  if (lead < 0) return;
  verdict[lead] ??= FORM;
  // Up from the lead-in, the form's lines; a line of prose (a speech above it) ends the form.
  for (let k = lead - 1, seen = 0; k >= 0 && seen < FORM_LINES; k--) {
    const t = texts[k]!.trim();
    if (!t) continue;
    seen++;
    if (isFormLine(t)) verdict[k] ??= FORM;
    else if (!verdict[k] && endsSentence(t)) break;
  }
  for (let k = lead + 1; k < texts.length; k++) if (BUTTON_RE.test(texts[k]!.trim())) verdict[k] ??= BUTTON;
}
