// A civil-service exam page (申论) that gives a model speech as the answer to a question: its labelled sections
// around the answer (【题目】 with the question and its 要求, 【思路点拨】 with the outline, 【名师点评】 after it) and the
// scoring marks a teacher set inside the answer's sentences (【踩分点①】). The section under 【参考范文】 is the speech.
import { cut, type Ctx } from "./noise-fragments";

/** 【踩分点①】 / 【得分点2】: a teacher's mark inside the model answer. */
const SCORING_MARK_RE = /【(?:踩分点|得分点|采分点|给分点)[①②③④⑤⑥⑦⑧⑨⑩\d]{0,2}】/g;

/** Cuts the scoring marks out of one line. */
export function cutScoringMarks(text: string, lineNo: number, ctx: Ctx): string {
  return text.includes("分点") ? cut(text, SCORING_MARK_RE, "试题页的踩分点标记", lineNo, ctx) : text;
}

const SECTION_RE = /^【([\u4e00-\u9fff]{2,6})】$/;
const ANSWER_RE = /^(?:参考范文|参考答案|范文|示范答案|优秀范文)$/;
const EXAM_RE =
  /^(?:题目|试题|真题|给定资料|材料|作答要求|答题要求|要求|思路点拨|解题思路|审题思路|审题|答题思路|名师点评|点评|评析|解析|阅卷点评)$/;
const EXAM_SECTION = "试题与解析";
/** The most lines a section of the exam's runs to. */
const SECTION_LINES = 40;

/** Marks the exam's section labels and the sections other than the answer's, on a page with both kinds. */
export function markExamSections(texts: string[], verdict: (string | null)[]): void {
  const heads = texts.flatMap((t, i) => {
    const m = SECTION_RE.exec(t.trim());
    return m && (ANSWER_RE.test(m[1]!) || EXAM_RE.test(m[1]!)) ? [{ at: i, answer: ANSWER_RE.test(m[1]!) }] : [];
  });
  if (!heads.some((h) => h.answer) || !heads.some((h) => !h.answer)) return;
  heads.forEach((h, n) => {
    verdict[h.at] ??= EXAM_SECTION;
    if (h.answer) return;
    const end = Math.min(heads[n + 1]?.at ?? texts.length, h.at + 1 + SECTION_LINES);
    for (let k = h.at + 1; k < end; k++) if (texts[k]!.trim()) verdict[k] ??= EXAM_SECTION;
  });
}
