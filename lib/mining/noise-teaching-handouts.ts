// A writing course's handout that prints a speech as its 例文: the lesson's sections under bracketed labels
// (【学习目标】, 【写作要点小结】, 【课后练习】, a 范文 site's 【写作指导】 note over the speech), the 【例文】 label with its note, and the teacher's ★ notes between the
// paragraphs (his 【点评：…】 inside them are cut as editor's notes: noise-injections.ts). Only a page with its 【例文】
// label and the lesson's own sections is such a handout; each section runs up to the next label, title or salutation.
import { isSalutation, isTitleLine } from "./outline-patterns";

const REASON = "培训讲义";
const LESSON_LABEL_RE =
  /^[【\[](?:学习目标|教学目标|学习要点|写作要点(?:小结)?|要点小结|课后练习|练习题?|思考题|课后作业|例文评析|总体评析|评析|简评|写作提示|写作指导|写法指导|写作技巧|写作思路|范文点评)[】\]]$/;
const EXAMPLE_LABEL_RE = /^[【\[](?:例文|范文|例文原文)[】\]]$/;
const ANY_LABEL_RE = /^[【\[][^【】[\]]{2,10}[】\]]$/;
const EXAMPLE_NOTE_RE = /^[（(]说明[：:]/;
const STAR_NOTE_RE = /^[★☆]\s*\S/;

const compact = (t: string) => t.replace(/\s+/g, "");

export function markTeachingHandout(texts: string[], verdict: (string | null)[]): void {
  // A handout prints its 例文 under that label; a 党课 with its own 【思考题】 and ★ points is a speech.
  if (!texts.some((t) => EXAMPLE_LABEL_RE.test(compact(t)))) return;
  const lessons = texts.flatMap((t, i) => (LESSON_LABEL_RE.test(compact(t)) ? [i] : []));
  if (!lessons.length) return;
  for (const i of lessons) {
    verdict[i] ??= REASON;
    for (let j = i + 1; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      if (ANY_LABEL_RE.test(compact(t)) || isTitleLine(t) || isSalutation(t)) break;
      verdict[j] ??= REASON;
    }
  }
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (EXAMPLE_LABEL_RE.test(compact(t)) || STAR_NOTE_RE.test(t)) verdict[i] ??= REASON;
    else if (EXAMPLE_NOTE_RE.test(t) && i > 0 && EXAMPLE_LABEL_RE.test(compact(texts[i - 1]!))) verdict[i] ??= REASON;
  });
}
