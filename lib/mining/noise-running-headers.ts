// A document's running header: a short line printed again at every page break (××市安全生产委员会办公室 over each
// page of a PDF), beside the page numbers the rules have marked.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator } from "./outline-patterns";
import { aboveFrame, RUNNING_HEADER } from "./noise-page-furniture";
import { previousLine } from "./noise-page-cards";

/** How often a short line must recur to be a running header, and how many copies must sit at a page number. */
const RUNNING_HEADER_COUNT = 3;
const AT_PAGE_BREAK = 2;

/** A page number within three lines of line i (the rules mark page numbers before this runs). */
function atPageBreak(texts: string[], verdict: (string | null)[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j <= Math.min(texts.length - 1, i + 3); j++) if (verdict[j] === "页码") return true;
  return false;
}

/** Marks a short line printed at every page break (a document's running header): three copies or more, two of
 *  them beside a page number. A copy standing above a salutation or a date stays (it is the title), and a salutation, a
 *  date, a numbered heading or a sentence is never one: a collection of speeches repeats those; nor a speaker, unless
 *  every copy but the first stands at a page break. */
function underTitle(texts: string[], i: number): boolean {
  const above = previousLine(texts, i);
  return above >= 0 && isTitleLine(texts[above]!.trim());
}

export function markRunningHeaders(texts: string[], verdict: (string | null)[]): void {
  const copies = new Map<string, number[]>();
  const speakers = new Set<string>();
  const keyOf = (t: string) => t.replace(/\s+/g, "");
  texts.forEach((raw, i) => {
    const t = raw.trim();
    // Copies already taken for a page's reprinted head (noise-page-ends.ts) count among the copies.
    if (t.length < 4 || t.length > 40 || (verdict[i] && verdict[i] !== RUNNING_HEADER)) return;
    if (isSalutation(t) || dateOfLine(t) || parseEnumerator(t) || /[。！？!?：:]/.test(t)) return;
    if (isSpeakerLine(t)) speakers.add(keyOf(t));
    const list = copies.get(keyOf(t));
    if (list) list.push(i);
    else copies.set(keyOf(t), [i]);
  });
  for (const [key, lines] of copies) {
    if (lines.length < RUNNING_HEADER_COUNT) continue;
    const atBreaks = lines.filter((i) => atPageBreak(texts, verdict, i)).length;
    if (atBreaks < AT_PAGE_BREAK) continue;
    // A unit's or a speaker's name (××市安委会办公室): a header only where every copy but the first is at a break.
    // …and none stands under a title: a collection's speakers, each under his speech's title, are no header.
    if (
      speakers.has(key) &&
      (atBreaks < RUNNING_HEADER_COUNT || atBreaks < lines.length - 1 || lines.some((i) => underTitle(texts, i)))
    )
      continue;
    for (const i of lines) if (!aboveFrame(texts, verdict, i)) verdict[i] = RUNNING_HEADER;
  }
}
