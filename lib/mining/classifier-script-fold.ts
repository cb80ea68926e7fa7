// Traditional characters read as Simplified by the classifier, so that a page in Traditional script (common on
// 范文 sites) lights up the same features as the Simplified speeches the model learned from. A character table
// from OpenCC's TSCharacters (first Simplified reading, BMP characters only), applied character by character:
// cheap, and good enough for features even where a character has two Simplified readings.
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";

let table: Uint16Array | null = null;

function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (const pair of TS_CHARACTERS.split("|")) {
    const [from, to] = pair.split(" ");
    if (from?.length === 1 && to?.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return table;
}

/** The text with Traditional characters replaced by their Simplified form; the same string when there are none. */
export function foldToSimplified(text: string): string {
  const t = foldTable();
  let i = 0;
  while (i < text.length && t[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += t[c] ? String.fromCharCode(t[c]) : text[i];
  }
  return out;
}
