// What a costly pattern needs in the text before it can match. Every match of a pattern registered here contains one
// of its needles (or a character its precheck finds), so a text without them cannot match and the pattern is not run:
// a few `includes` scans cost far less than a pattern opening with a lookbehind, which V8 tries at every position.
// The check only skips work: where it passes, the pattern runs as before, so what is cut stays the same.
const NEEDS = new WeakMap<RegExp, readonly string[] | RegExp>();

/** Registers `re` as unable to match a text that holds none of `needles` (or in which `precheck` finds nothing). */
export function needs<R extends RegExp>(needles: readonly string[] | RegExp, re: R): R {
  if (needles instanceof RegExp && (needles.global || needles.sticky)) throw new Error("a precheck keeps no lastIndex");
  NEEDS.set(re, needles);
  return re;
}

/** False only where `re` provably cannot match `text`. */
export function mayMatch(re: RegExp, text: string): boolean {
  const needles = NEEDS.get(re);
  if (needles === undefined) return true;
  if (needles instanceof RegExp) return needles.test(text);
  for (const n of needles) if (text.includes(n)) return true;
  return false;
}
