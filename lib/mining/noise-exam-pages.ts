// A civil-service exam page (申论) that gives a model speech as the answer to a question: its labelled sections
// around the answer (【题目】 with the question and its 要求, 【思路点拨】 with the outline, 【名师点评】 after it) and the
// scoring marks a teacher set inside the answer's sentences (【踩分点①】). The section under 【参考范文】 is the speech.
import { cut, type Ctx } from "./noise-fragments";
import { isTitleLine } from "./outline-patterns";

/** 【踩分点①】 / 【得分点2】: a teacher's mark inside the model answer. */
const SCORING_MARK_RE = /【(?:踩分点|得分点|采分点|给分点)[①②③④⑤⑥⑦⑧⑨⑩\d]{0,2}】/g;

/** Cuts the scoring marks out of one line. */
export function cutScoringMarks(text: string, lineNo: number, ctx: Ctx): string {
  return text.includes("分点") ? cut(text, SCORING_MARK_RE, "试题页的踩分点标记", lineNo, ctx) : text;
}

const SECTION_RE = /^【([\u4e00-\u9fff]{2,6})】$/;
/** 【参考范文】, 【参考范文二】, 【考生范文】: the heads of the model answers. */
const ANSWER_RE = /^(?:参考范文|参考答案|范文|示范答案|优秀范文|考生范文|学员范文|满分范文)[一二三四五六七八九十\d]?$/;
/** The question's sections, before an answer. */
const QUESTION_RE =
  /^(?:题目|试题|真题|给定资料|材料|作答要求|答题要求|要求|思路点拨|解题思路|审题思路|审题|答题思路)$/;
/** The review's sections, after an answer. */
const REVIEW_RE = /^(?:名师点评|点评|评析|解析|阅卷点评)$/;
/** A review speaks of the answer as a text (本文紧扣…, 结构清晰, 可得高分). */
const REVIEW_WORDS_RE = /本文|该文|此文|范文|文章|全文|作者|考生|结构|文体|得分|高分|扣分|紧扣|层层递进|亮点|不足/;
const EXAM_SECTION = "试题与解析";
/** The most lines a section of the exam's runs to. */
const SECTION_LINES = 40;

/** Marks the exam's section labels and the sections other than the answers', on a page with both kinds. A question's
 *  head after an answer counts only where another answer follows it (the next question), a review's only where its
 *  first line speaks of the answer as a text: a model speech may label its own parts 【要求】 and 【解析】. A section
 *  stops at the next head or a speech's title. */
export function markExamSections(texts: string[], verdict: (string | null)[]): void {
  const labelled = texts.flatMap((t, i) => {
    const m = SECTION_RE.exec(t.trim());
    if (!m) return [];
    const kind = ANSWER_RE.test(m[1]!)
      ? "answer"
      : QUESTION_RE.test(m[1]!)
        ? "question"
        : REVIEW_RE.test(m[1]!)
          ? "review"
          : "";
    return kind ? [{ at: i, kind }] : [];
  });
  const firstLine = (at: number) => texts.find((t, k) => k > at && !!t.trim())?.trim() ?? "";
  const heads = labelled.filter((h, n) => {
    const afterAnswer = labelled.slice(0, n).some((x) => x.kind === "answer");
    if (h.kind === "question") return !afterAnswer || labelled.slice(n + 1).some((x) => x.kind === "answer");
    if (h.kind === "review") return !afterAnswer || REVIEW_WORDS_RE.test(firstLine(h.at));
    return true;
  });
  if (!heads.some((h) => h.kind === "answer") || !heads.some((h) => h.kind !== "answer")) return;
  heads.forEach((h, n) => {
    verdict[h.at] ??= EXAM_SECTION;
    if (h.kind === "answer") return;
    const end = Math.min(heads[n + 1]?.at ?? texts.length, h.at + 1 + SECTION_LINES);
    for (let k = h.at + 1; k < end; k++) {
      const t = texts[k]!.trim();
      if (isTitleLine(t) || SECTION_RE.test(t)) break;
      if (t) verdict[k] ??= EXAM_SECTION;
    }
  });
}
