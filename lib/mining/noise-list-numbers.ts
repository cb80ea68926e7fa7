// A web page's ordered list (<ol>) that the copy turned into numbers before every paragraph of the speech:
//   1. 今天召开… / 2. 一、坚持清醒研判… / … / 17. 同志们，….
// The numbers are the page's, not the speech's: they run on through the speech's own outline (its 一、 numbered as an
// item) or from its opening to its closing. Cut, the lines are its paragraphs and headings again.
import { parseEnumerator } from "./outline-patterns";
import type { Removed, SourceLine } from "./types";

/** A list's number (normalising has taken the space after it out). */
const ITEM_RE = /^\s*(\d{1,3})[.．]\s*(?=\S)/;
/** A list long enough to be the page's, not a few points of the speech. */
const MIN_ITEMS = 5;
const REASON = "网页列表序号";

/** What stands after the number is a heading of the speech's own (一、…, （一）…): short, no stop at its end (an item
 *  on 一、二级重大危险源企业…。 or （一）类风险企业…。 is a point of the speech's own list). */
const HEADING_MAX = 40;
const opensSection = (rest: string) => {
  const family = parseEnumerator(rest)?.family;
  return (family === "cn-dun" || family === "cn-paren") && rest.length <= HEADING_MAX && !/[。；;！!？?]$/.test(rest);
};
/** The speech's closing addresses the hall (同志们，…): a list's last point may exhort too (让我们…). */
const CLOSING_RE = /^同志们[，,！!]/;

export function cutListNumbers(lines: SourceLine[], ctx: { removed: Removed[] }): SourceLine[] {
  // Runs of items numbered 1, 2, 3 … one after another, blank lines between them allowed.
  const runs: number[][] = [];
  let run: number[] = [];
  lines.forEach((line, i) => {
    if (!line.text.trim()) return;
    const n = Number(ITEM_RE.exec(line.text)?.[1] ?? 0);
    if (n && n === run.length + 1) run.push(i);
    else {
      if (run.length) runs.push(run);
      run = n === 1 ? [i] : [];
    }
  });
  if (run.length) runs.push(run);
  const page = runs.filter((items) => {
    if (items.length < MIN_ITEMS) return false;
    const rests = items.map((i) => lines[i]!.text.replace(ITEM_RE, ""));
    return rests.some(opensSection) || (!parseEnumerator(rests[0]!) && CLOSING_RE.test(rests.at(-1)!));
  });
  if (!page.length) return lines;
  const out = lines.slice();
  for (const i of page.flat()) {
    const line = lines[i]!;
    const mark = ITEM_RE.exec(line.text)![0];
    ctx.removed.push({ text: mark.trim(), reason: REASON, lineNo: line.lineNo });
    out[i] = { ...line, text: line.text.slice(mark.length) };
  }
  return out;
}
