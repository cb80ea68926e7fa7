// Whether a file is Chinese speech material at all. Someone may upload a password or configuration file, a
// program, a spreadsheet saved as text, or text in another language; the miner would strip most of it as noise
// and keep a few scraps. Each kind has a shape its lines share (fields between colons, key=value, semicolons and
// braces, the same number of delimiters on every line), and speech material has a shape of its own: mostly Han
// characters in sentences. The reason is shown to the clerk, who may still import the file (file-verdict.ts).
import type { MinedSpeech } from "./types";

/** Lines read: the shape of a file shows in its first few hundred lines. */
const SAMPLE_LINES = 400;
/** Share of the lines in a shape above which the whole file is taken to be in it. */
const CONFIG_SHARE = 0.5;
const CODE_SHARE = 0.4;
const TABLE_SHARE = 0.6;
/** Below this share of Han characters among the visible ones, the text is not Chinese material. */
const MIN_HAN_SHARE = 0.25;

const SENTENCE_PUNCT = /[。！？!?]/;
const HAN_CHAR = /^\p{Script=Han}$/u;
const hasHan = (t: string) => /\p{Script=Han}/u.test(t);

/** Han characters in `text` by Unicode script, counted without copying the text (it may be a whole page): the
 *  block 4E00–9FFF is Han throughout and nothing below U+2E80 is, so only the rest is looked up. */
export function hanCharCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
    else if (c >= 0x2e80) {
      const cp = text.codePointAt(i)!;
      if (HAN_CHAR.test(String.fromCodePoint(cp))) n++;
      if (cp > 0xffff) i++;
    }
  }
  return n;
}

// root:x:0:0:root:/root:/bin/bash — four or more colon-separated fields, no Han (a Chinese 时间：上午 line has one).
const COLON_FIELDS = /^[^\s:：]*(?::[^:\n]*){3,}$/;
// name = value, name: value, [section], # comment: configuration files (.ini, .env, .conf, YAML).
const KEY_VALUE = /^(?:[A-Za-z_][\w.\-]*\s*(?:=|:\s)\s*\S.*|[A-Za-z_][\w.\-]*\s*[=:]\s*$|\[[\w .\-]+\]|[#;].*)$/;
const CODE_LINE =
  /^(?:(?:import|export|from|package|using|namespace|function|def|class|const|let|var|return|if|else|elif|for|while|switch|case|try|catch|public|private|protected|static|void|int|#include|#define|async|await|print|println)\b.*|.*[;{}]\s*$|\s*(?:\/\/|\/\*|\*|-->|<\/?\w+[^>]*>).*|\}.*|\)\s*;?|.*=>.*)$/;

const COMMENT = /^(?:\/\/|\/\*|\*|#|--|<!--)/;

function visibleChars(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/** Lines whose delimiter (tab, comma, |, ;) count is the same as most lines', at least two: a table's rows. A line
 *  with a sentence in it is not a row (a page typed with ASCII semicolons between its clauses). */
function tableRows(lines: string[]): { rows: number; delimiter: string } {
  const delimiters = ["\t", ",", "|", ";"];
  // Per delimiter: how many lines hold it n times (n ≥ 2); each line is read once for all four.
  const counts = delimiters.map(() => new Map<number, number>());
  const perLine = [0, 0, 0, 0];
  for (const l of lines) {
    if (SENTENCE_PUNCT.test(l)) continue;
    perLine.fill(0);
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      const d = c === 0x09 ? 0 : c === 0x2c ? 1 : c === 0x7c ? 2 : c === 0x3b ? 3 : -1;
      if (d >= 0) perLine[d]!++;
    }
    perLine.forEach((n, d) => {
      if (n >= 2) counts[d]!.set(n, (counts[d]!.get(n) ?? 0) + 1);
    });
  }
  let best = { rows: 0, delimiter: "" };
  delimiters.forEach((delimiter, d) => {
    const rows = Math.max(0, ...counts[d]!.values());
    if (rows > best.rows) best = { rows, delimiter };
  });
  return best;
}

/** The first SAMPLE_LINES lines that are not blank, trimmed; the rest of the text is not split. */
function sampleLines(text: string): string[] {
  const lines: string[] = [];
  const breaks = /\r\n?|\n/g;
  let from = 0;
  while (lines.length < SAMPLE_LINES && from <= text.length) {
    const m = breaks.exec(text);
    const line = text.slice(from, m ? m.index : text.length).trim();
    if (line) lines.push(line);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return lines;
}

const DELIMITER_NAME: Record<string, string> = { "\t": "制表符", ",": "逗号", "|": "竖线", ";": "分号" };

/**
 * Why the decoded text is not Chinese speech material, in Chinese, or null when it is (a 通知 or 方案 is
 * material too: its genre says what it is). `mined`: the speeches the miner found in it.
 */
export function notSpeechReason(decodedText: string, mined: { speeches: MinedSpeech[] }): string | null {
  const lines = sampleLines(decodedText);
  if (!lines.length) return null; // an empty file is refused as such before mining
  const count = (test: (l: string) => boolean) => lines.filter(test).length;
  const share = (n: number) => n / lines.length;
  const total = lines.length;

  const config = count((l) => !hasHan(l) && (COLON_FIELDS.test(l) || KEY_VALUE.test(l)));
  if (total >= 3 && share(config) >= CONFIG_SHARE) {
    return `内容像是账户或配置文件（${total} 行中有 ${config} 行是“名称:值”或“名称=值”的字段），没有成句的中文`;
  }
  // Chinese text only in comments: a Chinese line ending in an ASCII semicolon is a typing habit, not code.
  // (The cheap tests first: most lines of a Chinese page are ruled out before CODE_LINE reads them.)
  const code = count((l) => (!hasHan(l) || COMMENT.test(l)) && CODE_LINE.test(l));
  if (total >= 3 && share(code) >= CODE_SHARE) {
    return `内容像是程序代码（${total} 行中有 ${code} 行带分号、花括号或 import、function 等关键字）`;
  }
  const table = tableRows(lines);
  if (total >= 3 && share(table.rows) >= TABLE_SHARE) {
    const name = DELIMITER_NAME[table.delimiter] ?? "分隔符";
    return `内容像是表格（${total} 行中有 ${table.rows} 行用${name}分成同样多的列），不是成段的讲话文字`;
  }
  const sample = lines.join("");
  const visible = visibleChars(sample);
  // Counted over the Han characters left once the rest is dropped: matching each one built an array of them all.
  const han = hanCharCount(sample);
  if (visible >= 20 && han / visible < MIN_HAN_SHARE) {
    return `中文字只占 ${Math.round((han / visible) * 100)}%，不像中文讲话材料`;
  }
  // Chinese, but not one sentence in what was kept: a list of names, a word list, a table without delimiters. (A
  // file that kept nothing is refused by the import as having no speech.)
  let paragraphs = 0;
  for (const speech of mined.speeches) {
    for (const b of speech.blocks) {
      if (b.kind !== "paragraph") continue;
      if (SENTENCE_PUNCT.test(b.text)) return null;
      paragraphs++;
    }
  }
  return paragraphs > 0 ? "没有找到成句的讲话文字（没有一个段落带句号、问号或叹号）" : null;
}
