// The longest run of characters that several texts share at their start or at their end: what a site's watermark
// keeps around its address, what a pasted search phrase keeps before its 范文 word, what parallel items share.

/** The longest run every text starts with. */
export function sharedStart(texts: string[]): string {
  const shortest = Math.min(...texts.map((t) => t.length));
  let n = 0;
  while (n < shortest && texts.every((t) => t[n] === texts[0]![n])) n++;
  return texts[0]!.slice(0, n);
}

/** The longest run every text ends with. */
export function sharedEnd(texts: string[]): string {
  const shortest = Math.min(...texts.map((t) => t.length));
  const at = (t: string, n: number) => t[t.length - 1 - n];
  let n = 0;
  while (n < shortest && texts.every((t) => at(t, n) === at(texts[0]!, n))) n++;
  return texts[0]!.slice(texts[0]!.length - n);
}
