// A table inside a speech as a converter prints it as text: its caption (表1　…情况, …统计表), then its cells, one
// a line (a word processor's text export) or a row a line between rules of dashes (pandoc's plain text). A speech
// reads its figures out in sentences; the table is the document's, as a chart would be.
import { parseEnumerator } from "./outline-patterns";

const REASON = "表格";
/** 表1　2025年…情况 / 表 2：… / 上半年隐患排查整改情况统计表: a table's caption on a line of its own. */
const CAPTION_RE =
  /^(?:附?表\s*\d{1,2}(?:[-.．]\d{1,2})?(?:\s|[：:．.、])\S.{0,40}|\S.{1,38}(?:统计|情况|一览|汇总|明细|分工|进度|对照|登记)表)$/;
/** A cell or a row of cells: short, no sentence in it. */
const MAX_CELL = 40;
const SENTENCE_RE = /[。！？；，]/;
const MIN_CELLS = 3;
const RULE = "分隔线";

/** Marks a table's caption and the cells or rows under it, blank lines and rules among them, up to the first line
 *  that is a sentence or a numbered heading. Fewer than three cells: a caption-like line of the speech's own. */
export function markTextTables(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const caption = texts[i]!.trim();
    if (verdict[i] || !CAPTION_RE.test(caption) || parseEnumerator(caption)) continue;
    const cells: number[] = [];
    let j = i + 1;
    for (; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t || verdict[j] === RULE) continue;
      if (t.length > MAX_CELL || SENTENCE_RE.test(t) || parseEnumerator(t)) break;
      cells.push(j);
    }
    if (cells.length < MIN_CELLS) continue;
    verdict[i] = REASON;
    for (const k of cells) verdict[k] ??= REASON;
    i = j - 1;
  }
}
