// A civil-service exam page (申论) that gives a model speech as the answer to a question: its labelled sections
// around the answer (【题目】 with the question and its 要求, 【思路点拨】 with the outline, 【名师点评】 after it) and the
// scoring marks a teacher set inside the answer's sentences (【踩分点①】). The section under 【参考范文】 is the speech.
// A paper may instead give a speech as one of its materials (二、给定资料 / 资料2): the rest of the paper goes.
import { cut, type Ctx } from "./noise-fragments";
import { isTitleLine } from "./outline-patterns";
import { frameOpensSpeech } from "./noise-speech-openers";

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

/** An exam paper's parts under their own heads: 一、注意事项 / 二、给定资料 / 三、作答要求 / 参考答案 (numbered or in 【】). */
const PAPER_PART_RE =
  /^(?:[一二三四五六七八九十]{1,2}[、.．]\s*|【)?(注意事项|考生须知|给定资料|作答要求|答题要求|参考答案|答案解析|参考解析|试题解析)】?[：:]?$/;
/** The parts that show the page is a paper with questions, not a speech with a heading 三、注意事项. */
const QUESTION_PART_RE = /作答要求|答题要求|参考答案|答案解析|参考解析|试题解析/;
/** The paper's instructions, which come before its material: a speech's own heading 三、注意事项 after it is the speech's. */
const INSTRUCTIONS_RE = /注意事项|考生须知/;
/** 资料1 / 材料二 / 给定资料3 / 【资料4】: one piece of the given material. */
const MATERIAL_RE = /^【?(?:给定)?(?:资料|材料)[一二三四五六七八九十\d]{1,2}】?[：:]?$/;
const PAPER_PART = "申论试题的栏目、其他给定资料或作答要求";
const MATERIAL_LEAD = "给定资料对讲话的引语";

/** A 申论 paper that gives a speech as one of its materials (资料2: a 区长's speech, 节选): the paper's own parts
 *  (注意事项, the other materials — a news item, a survey —, 作答要求 with its questions, 参考答案) and the material's
 *  lead over the speech's title are none of the speech. Only on a page with the given material (给定资料 or two
 *  numbered 资料), a question part and a part that opens a speech (title over a salutation, speaker or date; or,
 *  untitled, the salutation or the speaker's line over it: a 参考答案 written as a 讲话稿 under 同志们：, a material
 *  brought in by 以下是…的讲话（节选）：): a speech of its own may have a heading 三、注意事项 (taken for the paper's only
 *  above its material). The part with the speech runs from where it opens to the next head. */
export function markExamMaterials(texts: string[], verdict: (string | null)[]): void {
  const heads: number[] = [];
  let given = false;
  let questions = false;
  const materials = new Set<string>();
  texts.forEach((raw, i) => {
    const t = raw.trim();
    const part = PAPER_PART_RE.exec(t);
    const material = MATERIAL_RE.test(t);
    if (!part && !material) return;
    if (part && INSTRUCTIONS_RE.test(part[1]!) && (given || materials.size)) return;
    heads.push(i);
    if (part?.[1] === "给定资料") given = true;
    if (part && QUESTION_PART_RE.test(part[1]!)) questions = true;
    if (material) materials.add(t.replace(/[【】：:]/g, ""));
  });
  if (!questions || !(given || materials.size >= 2)) return;
  const parts = heads.map((at, n) => {
    const end = heads[n + 1] ?? texts.length;
    let opens = -1;
    for (let k = at + 1; k < end && opens < 0; k++) if (frameOpensSpeech(texts, verdict, k)) opens = k;
    return { at, end, opens };
  });
  if (!parts.some((p) => p.opens >= 0)) return;
  for (const p of parts) {
    verdict[p.at] ??= PAPER_PART;
    // Over a speech, a material's words are its lead; an answer's (（二）) are the paper's number of the question.
    const lead = p.opens >= 0 && MATERIAL_RE.test(texts[p.at]!.trim()) ? MATERIAL_LEAD : PAPER_PART;
    for (let k = p.at + 1; k < (p.opens >= 0 ? p.opens : p.end); k++) if (texts[k]!.trim()) verdict[k] ??= lead;
  }
}
