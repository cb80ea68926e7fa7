// A text wrapped at a fixed width without indents shows a paragraph's end only by a last line left short; a line that
// reaches the margin and ends a sentence there is read as running on (rejoin-lines.ts). Where the speech lists its
// tasks as paragraphs that each open with the demand word (要抓好…。 / 要加快…。), and the page shows such paragraphs
// opening after a short last line again and again, a full line ending a sentence inside a task paragraph, with 要 at
// the next line's start, ends that task: the next one starts there.
import { endsSentence } from "./outline-patterns";
import type { Item } from "./rejoin-modes";

/** The demand word opening a task paragraph (要抓好…, 要加快…); 要求…, 要点 and 要素 are nouns' starts too. */
const TASK_START_RE = /^要(?!求|点|素|害|是|么)/;
/** The page shows this many task paragraphs plainly opening after a short last line. */
const MIN_SEEN = 3;
/** A last line this many columns short of the wrap plainly ends its paragraph. */
const SHORT_BY = 8;

/** Whether the page's paragraphs plainly open with the demand word MIN_SEEN times or more. */
export function taskStartsMode(items: Item[], width: number): boolean {
  if (width <= 0) return false;
  let seen = 0;
  let prev: Item | null = null;
  for (const it of items) {
    if (!it.text) continue;
    const plainEnd = !!prev && endsSentence(prev.text) && prev.width < width - SHORT_BY;
    if (plainEnd && !it.family && TASK_START_RE.test(it.text)) seen++;
    prev = it;
  }
  return seen >= MIN_SEEN;
}

/** A task paragraph (first) ended by a full line's sentence (prev), the next task opening the next line. */
export const startsNextTask = (first: Item, prev: Item, next: Item): boolean =>
  !next.family && TASK_START_RE.test(first.text) && TASK_START_RE.test(next.text) && endsSentence(prev.text);
