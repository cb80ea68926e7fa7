// What a costly pattern needs in the text before it can match. Every match of a pattern registered here contains one
// of its needles (or is found by its precheck pattern), so a text without them cannot match and the pattern is not run:
// a few `includes` scans cost far less than a pattern opening with a lookbehind, which V8 tries at every position.
// The check only skips work: where it passes, the pattern runs as before, so what is cut stays the same.
// (Several needles are looked for at once, as one alternation of the literals: V8 scans a text for a set of literals
// faster than it runs `includes` once for each. It finds one exactly where `includes` finds one.)
const NEEDS = new WeakMap<RegExp, string | RegExp>();

const literal = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

/** Registers `re` as unable to match a text that holds none of `needles` (or in which `precheck` finds nothing). */
export function needs<R extends RegExp>(needles: readonly string[] | RegExp, re: R): R {
  if (needles instanceof RegExp && (needles.global || needles.sticky)) throw new Error("a precheck keeps no lastIndex");
  if (!(needles instanceof RegExp) && (!needles.length || needles.some((n) => !n)))
    throw new Error("a needle is a literal of one character or more");
  NEEDS.set(
    re,
    needles instanceof RegExp
      ? needles
      : needles.length === 1
        ? needles[0]!
        : new RegExp(needles.map(literal).join("|")),
  );
  return re;
}

/** False only where `re` provably cannot match `text`. */
export function mayMatch(re: RegExp, text: string): boolean {
  const pre = NEEDS.get(re);
  if (pre === undefined) return true;
  return typeof pre === "string" ? text.includes(pre) : pre.test(text);
}

/** `text.replace(re, by)`, skipped where `re` provably cannot match. */
export const replaceWhereMay = (re: RegExp, text: string, by: string): string =>
  mayMatch(re, text) ? text.replace(re, by) : text;
