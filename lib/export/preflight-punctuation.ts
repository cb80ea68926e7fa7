// Half-width punctuation in Chinese text, for the pre-export check: ASCII , ; : ? ! ( ) beside a Chinese character
// become ，；：？！（）, and straight quotes " ' around or beside Chinese become “ ” ‘ ’ in pairs. Numbers (3,000,
// 8:30, 1:2), URLs and Latin-only text are left alone: only punctuation touching Chinese (or, for brackets and
// quotes, enclosing it) is flagged. Every span comes with its full-width replacement for the one-click fix.

export type PunctuationKind = "ascii-punctuation" | "halfwidth-quote";

export type PunctuationSpan = {
  kind: PunctuationKind;
  offset: number;
  length: number;
  text: string;
  replacement: string;
};

const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/** Han characters (with the extension planes), CJK symbols and punctuation, and full-width forms. */
export function isCjk(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** The code point that ends just before `i` (a surrogate pair read whole). */
function before(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) return text.codePointAt(i - 2);
  return lo;
}

const after = (text: string, i: number): number | undefined => text.codePointAt(i);

const hasCjk = (s: string) => [...s].some((ch) => isCjk(ch.codePointAt(0)));

const isLatinLetter = (cp: number | undefined) =>
  cp !== undefined && ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a));

// A URL runs to the first space or Chinese character; its : / ? ! are not prose punctuation.
const URL = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s"'<>\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/gi;

/** A comma or semicolon that ends a URL belongs to the sentence around it (访问https://a.gov.cn/x?id=1,查看). */
function urlRanges(text: string): [number, number][] {
  return [...text.matchAll(URL)].map((m) => [m.index!, m.index! + m[0].replace(/[,;]+$/, "").length]);
}

/** Runs of , ; : ? ! (with the ASCII spaces after them, which a full-width mark makes redundant). */
function asciiMarks(text: string, inUrl: (i: number) => boolean): PunctuationSpan[] {
  const out: PunctuationSpan[] = [];
  for (const m of text.matchAll(/[,;:?!]+ */g)) {
    const start = m.index!;
    if (inUrl(start)) continue;
    const marks = m[0].trimEnd();
    const end = start + m[0].length;
    if (!isCjk(before(text, start)) && !isCjk(after(text, end))) continue;
    out.push({
      kind: "ascii-punctuation",
      offset: start,
      length: m[0].length,
      text: m[0],
      replacement: [...marks].map((c) => FULL_WIDTH[c]!).join(""),
    });
  }
  return out;
}

/** ( and ), matched as pairs: a pair is Chinese when either bracket touches Chinese or it encloses Chinese. */
function brackets(text: string, inUrl: (i: number) => boolean): PunctuationSpan[] {
  const touches = (i: number) => isCjk(before(text, i)) || isCjk(after(text, i + 1));
  const flagged = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c !== "(" && c !== ")") || inUrl(i)) continue;
    if (c === "(") {
      stack.push(i);
      continue;
    }
    const open = stack.pop();
    if (open === undefined) {
      if (touches(i)) flagged.add(i);
    } else if (touches(open) || touches(i) || hasCjk(text.slice(open + 1, i))) {
      flagged.add(open).add(i);
    }
  }
  for (const open of stack) if (touches(open)) flagged.add(open);
  return [...flagged].map((i) => ({
    kind: "ascii-punctuation",
    offset: i,
    length: 1,
    text: text[i]!,
    replacement: text[i] === "(" ? "（" : "）",
  }));
}

/** Straight quotes of one sort, paired in order; an apostrophe between Latin letters (don't) is not a quote. */
function quotes(text: string, quote: '"' | "'", inUrl: (i: number) => boolean): PunctuationSpan[] {
  const [open, close] = quote === '"' ? ["“", "”"] : ["‘", "’"];
  const at: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (inUrl(i)) continue;
    if (quote === "'" && isLatinLetter(before(text, i)) && isLatinLetter(after(text, i + 1))) continue;
    at.push(i);
  }
  const touches = (i: number) => isCjk(before(text, i)) || isCjk(after(text, i + 1));
  const span = (i: number, replacement: string): PunctuationSpan => ({
    kind: "halfwidth-quote",
    offset: i,
    length: 1,
    text: quote,
    replacement,
  });
  const out: PunctuationSpan[] = [];
  for (let k = 0; k + 1 < at.length; k += 2) {
    const [a, b] = [at[k]!, at[k + 1]!];
    if (touches(a) || touches(b) || hasCjk(text.slice(a + 1, b))) out.push(span(a, open), span(b, close));
  }
  if (at.length % 2 === 1) {
    // A quote left without a partner: opening when text follows it, closing at the end or before a space.
    const i = at[at.length - 1]!;
    const next = text[i + 1];
    if (touches(i)) out.push(span(i, next === undefined || /\s/.test(next) ? close : open));
  }
  return out;
}

/** Every half-width mark in `text` that should be full-width, in text order. */
export function findPunctuation(text: string): PunctuationSpan[] {
  const urls = urlRanges(text);
  const inUrl = (i: number) => urls.some(([s, e]) => i >= s && i < e);
  return [
    ...asciiMarks(text, inUrl),
    ...brackets(text, inUrl),
    ...quotes(text, '"', inUrl),
    ...quotes(text, "'", inUrl),
  ].sort((a, b) => a.offset - b.offset);
}
