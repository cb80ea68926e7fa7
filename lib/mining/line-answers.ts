// Answers of a pure function of one line, kept by the line. Dozens of passes over a page ask the same questions of
// the same lines (is it a title, does it open with an outline number); the answer depends on the text alone, so a
// kept answer is the one the function would give again. Bounded: at most `limit` lines of at most `maxLength`
// characters are kept (a longer line is answered afresh), and the whole store is dropped when it is full.
export function answeredByLine<T>(
  answer: (line: string) => T,
  { limit = 4096, maxLength = 400 }: { limit?: number; maxLength?: number } = {},
): (line: string) => T {
  const kept = new Map<string, T>();
  return (line) => {
    if (line.length > maxLength) return answer(line);
    let known = kept.get(line);
    if (known === undefined) {
      if (kept.size >= limit) kept.clear();
      known = answer(line);
      kept.set(flatCopy(line), known);
    }
    return known;
  };
}

/** The line as a string of its own: a slice of a page's text (V8 keeps slices as views of the whole) would keep the
 *  whole page alive as long as it is kept here. Slicing a fresh concatenation copies only the line. */
const flatCopy = (line: string) => (" " + line).slice(1);
