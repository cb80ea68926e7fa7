// A document viewer's chunk numbers (隐\n2、患): the viewer cut the text into numbered chunks, mid-word; the numbers go
// and each chunk flows on from the one before.
import type { Ctx } from "./noise-fragments";
import type { SourceLine } from "./types";

// 12.5% opens no chunk; 3、12起 may (a viewer's mark before the text's own figure).
const CHUNK_RE = /^\s*(\d{1,2})(?:、|[.．](?!\d))\s*/;
const endsMidWord = (t: string) => /[\u4e00-\u9fff]$/.test(t.trimEnd()) && t.trim().length >= 30;
const itemKey = (m: RegExpExecArray, n = Number(m[1])) => `${n}${m[0].trim().slice(-1)}`;
/** The two items before this number opened lines as a list's do, with the same mark (a 2、 is left to the rule). */
const listGoesOn = (m: RegExpExecArray, items: Set<string>) => {
  const n = Number(m[1]);
  return n >= 3 && items.has(itemKey(m, n - 1)) && items.has(itemKey(m, n - 2));
};
/** A heading's line: short, no stop before its end (认清形势，增强…紧迫感), four characters at least (a chunk may hold
 *  a sentence's last word: 2、稳。). A viewer's chunk runs on as prose, and only the file's last one may be short. */
const HEAD_LINE_MIN = 4;
const HEAD_LINE_MAX = 40;
const isHeadLine = (t: string, m: RegExpExecArray) => {
  const rest = t.trim().slice(m[0].trim().length);
  return rest.length >= HEAD_LINE_MIN && rest.length <= HEAD_LINE_MAX && !/[。！？；!?;]/.test(rest.slice(0, -1));
};

/** A document viewer's chunk numbers: 2、 3、 … at the start of a line whose previous line stops mid-word, in
 *  sequence. Where at least one is found, the 1、 that opens the file belongs to the same series. Returns the
 *  lines with the numbers removed; the line then flows on from the one before. A number that goes on a list, its two
 *  items before it opening lines after finished sentences (4. after 2.…整改。 and 3.…自己出。; a 1. anywhere), is the
 *  list's, whatever ends the line above it (an advert's 已有2036人开通); so is one whose line and its item before
 *  (1. for a 2.) are both a heading's (a 文库 button glued to the line above: …万一。免费阅读全文 / 2.突出重点，…). */
export function cutChunkMarkers(lines: SourceLine[], ctx: Ctx): SourceLine[] {
  const found: number[] = [];
  const listItems = new Set<string>();
  const headItems = new Set<string>();
  let prev = "";
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t.trim()) continue;
    const m = CHUNK_RE.exec(t);
    if (
      m &&
      Number(m[1]) >= 2 &&
      endsMidWord(prev) &&
      !/^\s*\d{1,2}[、.．]\s*[\u4e00-\u9fff]{0,12}[：:]/.test(t) &&
      !listGoesOn(m, listItems) &&
      !(isHeadLine(t, m) && headItems.has(itemKey(m, Number(m[1]) - 1)))
    )
      found.push(i);
    if (m && (m[1] === "1" || /[。！？；]$/.test(prev.trim()))) listItems.add(itemKey(m));
    // (The file's first line is no heading's: its 1、 is the viewer's first chunk's, over the title.)
    if (m && prev && isHeadLine(t, m)) headItems.add(itemKey(m));
    prev = t;
  }
  if (!found.length) return lines;
  const out = lines.slice();
  const first = lines.findIndex((l) => l.text.trim());
  const firstMatch = CHUNK_RE.exec(lines[first]!.text);
  if (firstMatch && firstMatch[1] === "1") found.unshift(first);
  for (const i of found) {
    const line = lines[i]!;
    const m = CHUNK_RE.exec(line.text)!;
    ctx.removed.push({ text: m[0].trim(), reason: "文档分段编号（夹在词语中间）", lineNo: line.lineNo });
    out[i] = { ...line, text: line.text.slice(m[0].length) };
  }
  return out;
}
