// Splits a text into the parts that match search terms and the parts between them, for <mark> in the UI.
// Matching follows the search index where that is cheap: case-insensitive, NFKC (全角 ＸＸ finds XX), and
// whitespace inside the text ignored; every occurrence of every term is marked and overlaps are merged.

export type Segment = { text: string; hit: boolean };

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

/** The folded text without whitespace, and for each of its code units the original span it came from. */
function foldWithMap(text: string) {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const end = i + ch.length;
    if (!/\s/u.test(ch)) {
      const f = fold(ch);
      folded += f;
      for (let k = 0; k < f.length; k++) {
        from.push(i);
        to.push(end);
      }
    }
    i = end;
  }
  return { folded, from, to };
}

export function highlightSegments(text: string, terms: string[]): Segment[] {
  if (!text) return [];
  const needles = [...new Set(terms.map((t) => fold(t).replace(/\s+/gu, "")).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (!needles.length) return [{ text, hit: false }];
  const { folded, from, to } = foldWithMap(text);
  const marked = new Uint8Array(text.length);
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      marked.fill(1, from[at]!, to[at + needle.length - 1]!);
    }
  }
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      out.push({ text: text.slice(start, i), hit: marked[start] === 1 });
      start = i;
    }
  }
  return out;
}
