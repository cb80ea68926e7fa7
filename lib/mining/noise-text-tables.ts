// A table inside a speech as a converter prints it as text: its caption (表1　…情况, …统计表), then its cells, one
// a line (a word processor's text export) or a row a line between rules of dashes (pandoc's plain text). A speech
// reads its figures out in sentences; the table is the document's, as a chart would be.
import { isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";

const REASON = "表格";
/** 表1　2025年…情况 / 表一：… / 上半年隐患排查整改情况统计表: a table's caption on a line of its own, no sentence. */
const CAPTION_RE =
  /^(?:附?表\s*(?:\d{1,2}(?:[-.．]\d{1,2})?|[一二三四五六七八九十]{1,3})(?:\s|[：:．.])\s*[^，。；：！？、\s][^，。；：！？]{0,40}|[^，。；：！？\s]{2,38}(?:统计|情况|一览|汇总|明细|分工|进度|对照|登记)表)$/;
/** A cell or a row of cells: short, no sentence or lead-in in it. */
const MAX_CELL = 40;
const SENTENCE_RE = /[。！？；，：:]/;
const MIN_CELLS = 3;
const RULE = "分隔线";

const isCell = (t: string) =>
  t.length <= MAX_CELL && !SENTENCE_RE.test(t) && !parseEnumerator(t) && !isTitleLine(t) && !isSalutation(t);

/** Marks a table's caption and the cells or rows under it: up to a blank line, or, where rules of dashes frame the
 *  rows, up to the last rule, blank lines among the rows. A sentence, a heading, a title or a salutation ends the
 *  table too. Fewer than three cells: a caption-like line of the speech's own. */
export function markTextTables(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const caption = texts[i]!.trim();
    if (verdict[i] || !CAPTION_RE.test(caption) || parseEnumerator(caption)) continue;
    const cells: number[] = [];
    let ruled = false;
    let lastRule = -1;
    let j = i + 1;
    for (; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (verdict[j] === RULE) {
        // A rule right under the caption (or its header row) opens rows framed by rules.
        if (cells.length <= 1) ruled = true;
        lastRule = j;
        continue;
      }
      if (!t) {
        if (!ruled && cells.length) break;
        continue;
      }
      if (!isCell(t)) break;
      cells.push(j);
    }
    const rows = ruled ? cells.filter((k) => k < lastRule) : cells;
    if (rows.length < MIN_CELLS) continue;
    verdict[i] = REASON;
    for (const k of rows) verdict[k] ??= REASON;
    i = Math.max(...rows);
  }
}
