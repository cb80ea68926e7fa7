// Reads mammoth's HTML (a small, regular subset: h1–h6, p, ol/ul/li, tables, inline tags) back into lines,
// keeping heading levels and list depth as hints. Word's automatic list numbers are not in the text, so
// numbered list items get the Chinese outline prefix of their depth (一、 / （一） / 1.).
import { chineseNumeral } from "../speech-doc/numbering";
import type { SourceLine } from "./types";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** 1–99 as Chinese numerals (the composer's numbering), anything else in digits. */
export function chineseNumber(n: number): string {
  return n > 0 && n < 100 ? chineseNumeral(n) : String(n);
}

function outlinePrefix(depth: number, n: number): string {
  if (depth <= 1) return `${chineseNumber(n)}、`;
  if (depth === 2) return `（${chineseNumber(n)}）`;
  if (depth === 3) return `${n}.`;
  return `（${n}）`;
}

const ALREADY_NUMBERED =
  /^\s*(?:[一二三四五六七八九十]+[、是要]|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])/;

export function docxHtmlToLines(html: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const listStack: { ordered: boolean; count: number }[] = [];
  let current: { text: string; headingLevel?: number; listDepth?: number; ordered?: boolean; n?: number } | null = null;

  const flush = () => {
    if (!current) return;
    let text = decodeEntities(current.text).replace(/\s+/g, (ws) => (ws.includes("\n") ? " " : ws));
    const hint: SourceLine["hint"] = {};
    if (current.headingLevel) hint.headingLevel = Math.min(3, current.headingLevel) as 1 | 2 | 3;
    if (current.listDepth) {
      hint.listLevel = current.listDepth;
      if (current.ordered && current.n && !ALREADY_NUMBERED.test(text) && text.trim()) {
        text = outlinePrefix(current.listDepth, current.n) + text.trim();
      }
    }
    lines.push({ text, lineNo: lines.length + 1, hint: Object.keys(hint).length ? hint : undefined });
    current = null;
  };

  const tagRe = /<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html))) {
    const [, closing, rawTag, text] = m;
    if (text !== undefined) {
      if (!current) current = { text: "" };
      current.text += text;
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === "br") {
      flush();
    } else if (/^h[1-6]$/.test(tag) || tag === "p" || tag === "td" || tag === "th") {
      if (closing) flush();
      else {
        flush();
        current = { text: "", headingLevel: tag[0] === "h" && tag !== "th" ? Number(tag[1]) : undefined };
      }
    } else if (tag === "ol" || tag === "ul") {
      if (closing) {
        flush();
        listStack.pop();
      } else {
        flush();
        listStack.push({ ordered: tag === "ol", count: 0 });
      }
    } else if (tag === "li") {
      if (closing) flush();
      else {
        flush();
        const list = listStack[listStack.length - 1];
        if (list) list.count += 1;
        current = { text: "", listDepth: listStack.length || 1, ordered: list?.ordered, n: list?.count };
      }
    }
  }
  flush();
  return lines;
}
