// Character-level clean-up of decoded text, keeping its line structure (one output line per input line):
// line endings, odd spaces and invisible characters, HTML entities, half-width punctuation inside Chinese text (a
// full stop included),
// spaces between Chinese characters and letter-spaced runs (G D P). Placeholders (× X XX * ** ……) are untouched.
import { isCjkCode, isFullPunctCode } from "./outline-patterns";

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  times: "×",
};

function decodeEntity(m: string, name: string): string {
  if (name[0] === "#") {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code >= 0x110000 || (code >= 0xd800 && code <= 0xdfff)) return m;
    return code < 0x20 ? " " : String.fromCodePoint(code); // a decoded &#10; must not add a line
  }
  return ENTITIES[name.toLowerCase()] ?? m;
}

// Zero-width and bidi marks, soft hyphen, BOM and C0/C1 controls other than tab and newline.
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\u202a-\u202e\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u000b\u000c]/g;

const chineseAt = (s: string, i: number) =>
  i >= 0 && i < s.length && (isCjkCode(s.charCodeAt(i)) || isFullPunctCode(s.charCodeAt(i)));
const cjkAt = (s: string, i: number) => i >= 0 && i < s.length && isCjkCode(s.charCodeAt(i));
const asciiAlnumAt = (s: string, i: number) => i >= 0 && i < s.length && /[A-Za-z0-9]/.test(s[i]!);
const digitAt = (s: string, i: number) => i >= 0 && i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

function prevNonSpace(s: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && s[j] === " ") j--;
  return j;
}

function nextNonSpace(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && s[j] === " ") j++;
  return j;
}

const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };

/** Half-width , ; : ? ! ( ) next to Chinese text become full-width; 1,000 / 12:00 / Email: stay. */
function fullWidthPunctuation(s: string): string {
  const re = /[,;:?!()]/g;
  if (!re.test(s)) return s;
  re.lastIndex = 0;
  const swap = new Map<number, string>(); // position → full-width character
  const open: number[] = [];
  let cjkBefore: Int32Array | null = null; // prefix counts of CJK characters, built at the first ")"
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const i = m.index;
    const ch = m[0];
    const p = prevNonSpace(s, i);
    const n = nextNonSpace(s, i);
    if (ch === "(") open.push(i);
    else if (ch === ")") {
      const o = open.pop();
      if (o === undefined) {
        if (chineseAt(s, p)) swap.set(i, "）");
        continue;
      }
      if (!cjkBefore) {
        cjkBefore = new Int32Array(s.length + 1);
        for (let k = 0; k < s.length; k++) cjkBefore[k + 1] = cjkBefore[k]! + (isCjkCode(s.charCodeAt(k)) ? 1 : 0);
      }
      if (cjkBefore[i]! - cjkBefore[o + 1]! > 0 || chineseAt(s, prevNonSpace(s, o)) || chineseAt(s, n)) {
        swap.set(o, "（");
        swap.set(i, "）");
      }
    } else if (ch === "?" || ch === "!") {
      if (chineseAt(s, p)) swap.set(i, FULL[ch]!);
    } else if (ch === ":") {
      if (chineseAt(s, p) || (!asciiAlnumAt(s, p) && cjkAt(s, n))) swap.set(i, "：");
    } else if (ch === ",") {
      if (!(digitAt(s, i - 1) && digitAt(s, i + 1)) && (chineseAt(s, p) || chineseAt(s, n))) swap.set(i, "，");
    } else if (chineseAt(s, p) || chineseAt(s, n)) swap.set(i, "；");
  }
  // An unmatched ( right next to Chinese text.
  for (const o of open) if (chineseAt(s, nextNonSpace(s, o)) || chineseAt(s, prevNonSpace(s, o))) swap.set(o, "（");
  if (!swap.size) return s;
  let out = "";
  let from = 0;
  for (const at of [...swap.keys()].sort((a, b) => a - b)) {
    out += s.slice(from, at) + swap.get(at)!;
    from = at + 1;
  }
  return out + s.slice(from);
}

/** 事故起数同比下降×%. / …建筑施工安全责任重大. 我们要…: a half-width full stop ending a Chinese sentence (typed on a
 *  machine without Chinese punctuation), before the line's end or a space. 3.5 / www.x.gov.cn / …... stay, and so do
 *  一. / 第一. / 甲. that number a heading and a dot stuck between two characters (的.人, a site's injected mark). */
const HALF_STOP_RE = /(?<=[\u3400-\u9fff”’）》」』%×])\.(?=\s|$)/g;
const NUMERAL_HEAD_RE = /^(?:[（(]?第?[一二三四五六七八九十百]{1,3}[)）]?|[甲乙丙丁])$/;

/** 一. 提高认识 / 第二.压实责任: a heading's number written with a half-width dot; the full-width ． is how the outline
 *  reads it, and a half-width dot between two characters would be cut as an injected mark once the space is gone.
 *  五.一 / 十.一 before a numeral is a holiday's date (五.一期间), not a number over a heading. */
const NUMERAL_DOT_RE = /^(\s*第?[一二三四五六七八九十]{1,3})\.(?=\s*[\u4e00-\u9fff])(?!\s*[是要一二三四五六七八九十])/;

/** 今年的工作任务.刚才,安监站… / "高压线".各村,…: a page typed in half-width punctuation, its own commas, semicolons
 *  and colons ASCII and no full-width mark on its lines, whose dot between two sentences is its full stop. A site's
 *  dot injected between characters (的.人) stands on a page whose writer ends his sentences with 。, even where he
 *  typed ASCII commas: such a page has no more lines of that kind with a dot than lines with ASCII commas and a 。. */
const HALF_WIDTH_LINE_RE = /[\u4e00-\u9fff][,;:]|[,;:][\u4e00-\u9fff]/;
const FULL_WIDTH_MARK_RE = /[，。；：！？、]/;
const FULL_STOP_RE = /[。！？]/;
const INNER_STOP_RE = /(?<=[\u3400-\u9fff”’）》」』%×]|[\u4e00-\u9fff]")\.(?=["“]?[\u4e00-\u9fff])/g;
const INNER_STOP_TEST_RE = new RegExp(INNER_STOP_RE.source);
/** Lines of half-width text whose dots end sentences, at least. */
const ASCII_STOP_LINES = 2;

const halfWidthLine = (s: string) => HALF_WIDTH_LINE_RE.test(s) && !FULL_WIDTH_MARK_RE.test(s);

/** Whether a page's writer ends his sentences with an ASCII dot (normaliseText's asciiStops). */
export function typesAsciiStops(texts: readonly string[]): boolean {
  let dotted = 0;
  let mixed = 0;
  for (const t of texts) {
    if (!t.includes(",") && !t.includes(";") && !t.includes(":")) continue;
    if (halfWidthLine(t)) {
      if (INNER_STOP_TEST_RE.test(t)) dotted++;
    } else if (HALF_WIDTH_LINE_RE.test(t) && FULL_STOP_RE.test(t)) mixed++;
  }
  return dotted >= ASCII_STOP_LINES && dotted > mixed;
}

/** 把 / 被 / 对 / 和 …: a word that opens a phrase (a preposition, a conjunction) or links two, no sentence's last. */
const OPENS_PHRASE_RE = /^[把被对向从与和及或而并且将在于给让使跟同为是之地得]$/;
/** Two numerals about a dot: a date (五.一期间, 十.一前), no two sentences. */
const NUMERAL_PAIR_RE = /[一二三四五六七八九十百千零两]\.[一二三四五六七八九十百千零两]/y;
const CLAUSE_MARK_RE = /[，。；：！？、“”"（）《》.．\s]/;
/** Words read on either side of a dot: enough for jieba to read a word across it. */
const WORD_SPAN = 12;

/** Whether the dot at `at` (between two characters, on a page typed in half-width punctuation) ends a sentence: it
 *  stands after a word that may close a clause (no 把 / 和 / 对 …) and between two words, where the page's own
 *  writer puts one. A site's dot falls anywhere, mostly inside a word (部.署, 教.训): that one is cut, as on any page. */
function endsSentenceAt(t: string, at: number, cut: (text: string) => string[]): boolean {
  if (NUMERAL_HEAD_RE.test(t.slice(0, at).trim())) return false;
  NUMERAL_PAIR_RE.lastIndex = at - 1;
  if (NUMERAL_PAIR_RE.test(t)) return false;
  // After a closing quote or bracket (的"高压线".各村), a dot is no word's inside.
  if (!isCjkCode(t.charCodeAt(at - 1))) return true;
  let from = at;
  while (from > Math.max(0, at - WORD_SPAN) && !CLAUSE_MARK_RE.test(t[from - 1]!)) from--;
  let to = at + 1;
  while (to < Math.min(t.length, at + 1 + WORD_SPAN) && !CLAUSE_MARK_RE.test(t[to]!)) to++;
  let end = from;
  for (const w of cut(t.slice(from, at) + t.slice(at + 1, to))) {
    end += w.length;
    if (end === at) return !OPENS_PHRASE_RE.test(w);
    if (end > at) return false;
  }
  return true;
}

function fullStops(s: string, stops: AsciiStops | undefined): string {
  if (!s.includes(".")) return s;
  // A heading's number first: its dot (一.认清形势) is no stop.
  const t = s.replace(NUMERAL_DOT_RE, "$1．");
  const u = stops ? t.replace(INNER_STOP_RE, (dot, at: number) => (endsSentenceAt(t, at, stops.cut) ? "。" : dot)) : t;
  return u.replace(HALF_STOP_RE, (dot, at: number) => (NUMERAL_HEAD_RE.test(s.slice(0, at).trim()) ? dot : "。"));
}

/** A social site's mention (@云岭林业): the name normalising keeps apart and the noise rules cut (noise-fragments). */
export const MENTION_NAME = "@[\\p{L}\\p{N}_-]{2,20}";
const MENTION_END_RE = new RegExp(`${MENTION_NAME}$`, "u");

/** Spaces inside a line: removed next to Chinese text, collapsed elsewhere; "G D P" → "GDP". */
function fixSpaces(s: string): string {
  if (!s.includes(" ")) return s;
  const joined = s.replace(/(?<![A-Za-z0-9])[A-Za-z0-9](?: [A-Za-z0-9]){2,}(?![A-Za-z0-9])/g, (m) =>
    m.replace(/ /g, ""),
  );
  return joined.replace(/ +/g, (run, at: number, str: string) =>
    // The space after a mention (@云岭林业 要…) is all that ends the name: it stays for the noise rules.
    (chineseAt(str, at - 1) || chineseAt(str, at + run.length)) &&
    !MENTION_END_RE.test(str.slice(Math.max(0, at - 24), at))
      ? ""
      : " ",
  );
}

/** 【一、压实安全责任】: a numbered heading set off by the brackets a platform uses for emphasis. */
const BRACKETED_HEADING_RE =
  /^【((?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十]{1,3}[，、])[^【】。！？]{2,40})】$/;

/** —、认清形势: a scan's OCR read the 一 of 一、 as a dash (a dash never opens a line before 、). */
const OCR_DASH_ONE_RE = /^[—–－‒―](?=、\s*[\u4e00-\u9fff])/;

/** ▌一、准确把握形势 / ■（二）… / 📌三、…: a mark a platform's template sets before a numbered heading, no more a part
 *  of it than the colour it is printed in. A mark before unnumbered text (■ 加强领导) or a list's 1. is a bullet and
 *  stays, and so does one before a pair or a range of numbers (● 一、二月份…, ●（一）至（三）项…), which no heading is. */
const HEADING_MARK_RE =
  /^(?:[\u2580-\u259f■□▪▫◆◇◈●○◉★☆▶►▷▸▹♦❖✦✧➤➢]|\p{Extended_Pictographic}\uFE0F?){1,3}\s*(?=(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，、：:])\s*(?![一二三四五六七八九十至到和及与、—–-])[\u4e00-\u9fff])/u;

function normaliseLine(line: string, asciiStops: AsciiStops | undefined): string {
  const unindented = line.replace(/^ +/, "");
  const indent = line.length - unindented.length;
  const body = unindented.replace(OCR_DASH_ONE_RE, "一").replace(HEADING_MARK_RE, "");
  const stops = asciiStops && halfWidthLine(body) ? asciiStops : undefined;
  const text = fixSpaces(fullStops(fullWidthPunctuation(body.trimEnd()), stops)).replace(BRACKETED_HEADING_RE, "$1");
  return text ? " ".repeat(Math.min(indent, 8)) + text : "";
}

const FULL_WIDTH_ADDRESS_RE =
  /(?<![＠@Ａ-Ｚａ-ｚ０-９])(?:[Ａ-Ｚａ-ｚ０-９－]+．)+(?:ｃｏｍ|ｃｎ|ｎｅｔ|ｏｒｇ)(?![Ａ-Ｚａ-ｚ])/g;

/** Every character one of the first five replacements of normaliseText matches: \r and the other line ends, &
 *  (entities), the invisible marks, ． (in every full-width address) and the full-width digits. A text without them is
 *  left unchanged by all five (each sees the text the one before left as it was), so they are skipped. */
const RARE_FIX_CHARS = new RegExp(`[\\r\\u2028\\u2029\\u0085&．０-９]|${INVISIBLE.source}`);

/** How normaliseText reads a page typed in half-width punctuation (typesAsciiStops): its dots between sentences are
 *  full stops, told from a site's dots inside words by `cut`, a word splitter (jieba's: the caller gives it, as this
 *  module runs in the browser too). */
export type AsciiStops = { cut: (text: string) => string[] };
export type NormaliseOptions = { asciiStops?: AsciiStops };

/** Character-level normalisation of a whole text; the number of lines is kept. */
export function normaliseText(text: string, options: NormaliseOptions = {}): string {
  if (!text) return "";
  const s = (RARE_FIX_CHARS.test(text) ? rareFixes(text) : text).replace(/\u3000/g, "  ").replace(ODD_SPACE, " ");
  const { asciiStops } = options;
  return s.includes("\n")
    ? s
        .split("\n")
        .map((l) => normaliseLine(l, asciiStops))
        .join("\n")
    : normaliseLine(s, asciiStops);
}

function rareFixes(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
      .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, decodeEntity)
      .replace(INVISIBLE, "")
      // ｗｗｗ．ｘ．ｃｏｍ: a site's address in full-width letters reads as one (ＨＳＥ or ＧＢ／Ｔ stay as written).
      .replace(FULL_WIDTH_ADDRESS_RE, (a) =>
        a.replace(/[Ａ-Ｚａ-ｚ０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
      )
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  );
}
