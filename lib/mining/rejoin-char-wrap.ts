// A wrap counted in characters (a converter that cuts every line at 38 characters, half-width digits or not), told
// from one counted in columns by the lines that hold half-width digits or letters: full in characters, short in
// columns. There a line ending a sentence two characters or more short of the wrap ended its paragraph.
import { charColumns, type Item } from "./rejoin-modes";

/** Lines with half-width characters that reach the wrap in characters, and none that reach it in columns only. */
const CHAR_FULL_LINES = 3;

export function charWrapMode(items: Item[], width: number): boolean {
  if (width <= 0) return false;
  let charFull = 0;
  for (const it of items.filter((x) => x.text)) {
    const chars = charColumns(it);
    // Full in columns, longer in characters: the wrap counts columns.
    if (it.width >= width - 1 && chars > width + 2) return false;
    if (it.width <= width - 3 && chars >= width - 1 && chars <= width) charFull++;
  }
  return charFull >= CHAR_FULL_LINES;
}
