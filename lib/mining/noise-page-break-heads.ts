// A document's running head printed once where a page break fell inside a sentence: the volume's, the meeting's or
// the unit's name (××市应急管理工作文件汇编（2023年卷）, ××医院会议材料) on its own line right under the page number,
// the sentence cut above the page number and going on below the head. The rules for running headers need the head
// printed again and again; a short copy (two pages, or a volume's pages alternating two heads) prints it once. The
// head names a document or a unit and has no stop in it; a sentence's own piece, carried over the break, has its
// clauses, and a heading cuts no sentence; a wrapped text's own line there (…全部原始资料和佐证材料) is as long as the
// line above the page number.
import { dateOfLine, endsSentence, isSalutation, isSpeakerLine, parseEnumerator } from "./outline-patterns";
import { keptFrom } from "./noise-page-cards";
import { RUNNING_HEADER } from "./noise-page-furniture";

const HEAD_MAX = 30;
/** A document's or a volume's name at the line's end (…汇编, …会议材料, …公报, （2023年卷）/（第3期） after it). */
const DOCUMENT_HEAD_RE =
  /(?:汇编|选编|文集|会议材料|会议资料|学习材料|学习资料|内部资料|材料|资料|公报|简报|会刊|年鉴)(?:\s*[（(][^（）()]{1,12}[）)])?$/;
/** How far up the page number may stand, across blank lines and the page's removed marks ([第2页] 识别完成). */
const CHROME_PAST = 4;
const MIN_CUT_LINE = 15;

/** A page's own label over its text, as a scanner's or a reader's export prints it: [第2页], with a word of status
 *  after it ([第2页]  识别完成). */
const PAGE_LABEL_RE = /^[[【［]\s*第\s*\d{1,4}\s*页\s*[\]】］]\s*[\u4e00-\u9fff]{0,6}$/;

/** The page number reached upward from line i across blank and removed lines only, or -1. */
function pageNumberAbove(texts: string[], verdict: (string | null)[], i: number): number {
  for (let j = i - 1, n = 0; j >= 0 && n < CHROME_PAST * 2; j--, n++) {
    if (verdict[j] === "页码" || (!verdict[j] && PAGE_LABEL_RE.test(texts[j]!.trim()))) return j;
    if (texts[j]!.trim() && !verdict[j]) return -1;
  }
  return -1;
}

/** Marks such a head: under a page number, between the two halves of a cut sentence. */
export function markPageBreakHeads(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || t.length < 4 || t.length > HEAD_MAX || /[。！？，、；：:!?,;“”"]/.test(t)) return;
    if (!DOCUMENT_HEAD_RE.test(t) || parseEnumerator(t) || isSalutation(t) || dateOfLine(t) || isSpeakerLine(t)) return;
    const page = pageNumberAbove(texts, verdict, i);
    if (page < 0) return;
    const above = keptFrom(texts, verdict, page, -1);
    const below = keptFrom(texts, verdict, i, 1);
    if (above < 0 || below < 0) return;
    const [prev, next] = [texts[above]!.trim(), texts[below]!.trim()];
    // The half above is text with its clauses, cut before its sentence ended; the half below no new point.
    if (prev.length < MIN_CUT_LINE || !/[，、；]/.test(prev) || endsSentence(prev) || /[：:]$/.test(prev)) return;
    if (parseEnumerator(next) || !/[，。、；]/.test(next)) return;
    // A hard-wrapped text's own line under the number runs as long as the cut line above it (…整改验收过程 / — 2 — /
    // 中形成的检测报告…全部原始资料和佐证材料, 24 characters each); the head is shorter than the text's lines.
    if (t.length >= prev.length - 1) return;
    verdict[i] = RUNNING_HEADER;
    verdict[page] ??= "页码";
  });
}
