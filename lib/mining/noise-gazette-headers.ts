// A gazette's or a journal's running header over a page that begins inside its speech: the publication's name and
// the column's label on one line (××市人民政府公报　　【领导讲话】, 【领导讲话】　　××简报), printed once at the break
// right under the page number, often in the middle of a sentence. Printed once, it escapes the rules for repeated
// headers (noise-running-headers.ts); the other page's header (【领导讲话】　2024年第3期) is the journal's issue line.
import { PRINTED_HEADER } from "./noise-line-shapes";
import { squeezedLines } from "./page-line-views";

const PAGE_NUMBER = "页码";
/** The removed or blank lines a header may stand under its page number across (the page's footer, its number). */
const CHROME_PAST = 6;
/** A column's label in its brackets (【领导讲话】, 【重要讲话】, 【市政府文件】): short words, no sentence. */
const COLUMN = "【[^【】\\s。！？，、；：:]{2,10}】";
const HEADER_RE = new RegExp(`^(?:${COLUMN}(.{2,24})|(.{2,24})${COLUMN})$`);
/** A publication's name (××市人民政府公报, ××安全生产简报, ××工作通讯, ××政报). */
const PUBLICATION_RE = /(?:公报|政报|简报|通讯|动态|周刊|月刊|季刊|杂志|学报|年鉴)$/;
/** Its issue, the other page's header beside the label (2024年第3期, （总第206期）). */
const ISSUE_RE = /^\d{4}年第\d{1,3}期(?:[（(]总第\d{1,5}期[)）])?$/;

/** Whether a page number stands above line i past blank and removed lines only: the page broke there. */
function underPageNumber(texts: string[], verdict: (string | null)[], i: number): boolean {
  for (let j = i - 1, n = 0; j >= 0 && n < CHROME_PAST; j--, n++) {
    if (verdict[j] === PAGE_NUMBER) return true;
    if (texts[j]!.trim() && !verdict[j]) return false;
  }
  return false;
}

/** Marks such a header: a column's label and, beside it, a publication's name printed elsewhere on the page (its
 *  masthead, 澄川市人民政府公报 alone on the first line) or its issue, right under a page number. A speech's own
 *  bracketed subhead (【典型案例】　某化工厂“3·17”爆炸事故) names no publication, and stands under no page number. */
export function markGazetteHeaders(texts: string[], verdict: (string | null)[]): void {
  if (!verdict.includes(PAGE_NUMBER)) return;
  const squeezed = squeezedLines(texts);
  const printed = new Set(squeezed);
  squeezed.forEach((t, i) => {
    if (verdict[i]) return;
    const m = HEADER_RE.exec(t);
    const other = m?.[1] ?? m?.[2];
    if (!other || /[。！？，；：:“”]/.test(other)) return;
    // A name that only ends like a publication's (××应急管理局工作动态, under a speech's 【典型案例】) must be printed
    // elsewhere on the page too, its masthead or a line beside its issue (××应急管理通讯　2024年第3期).
    const named = (j: number) => j !== i && !/[。！？，；]/.test(squeezed[j]!) && squeezed[j]!.includes(other);
    const publication =
      ISSUE_RE.test(other) || printed.has(other) || (PUBLICATION_RE.test(other) && squeezed.some((_, j) => named(j)));
    if (publication && underPageNumber(texts, verdict, i)) verdict[i] = PRINTED_HEADER;
  });
}
