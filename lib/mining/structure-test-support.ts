// Shared by the structure tests (structure.test.ts, structure-headings.test.ts): parse a speech from lines, and
// read its blocks back as an outline.
import { parseStructure } from "./structure";
import type { LineHint, ParsedSpeech } from "./types";

export function parse(...texts: (string | [string, LineHint])[]): ParsedSpeech {
  return parseStructure({
    paragraphs: texts.map((t, i) =>
      typeof t === "string" ? { text: t, lineNo: i + 1 } : { text: t[0], lineNo: i + 1, hint: t[1] },
    ),
  });
}
/** "h1 text" / "p text" per block. */
export const outline = (s: ParsedSpeech) =>
  s.blocks.map((b) => `${b.kind === "heading" ? `h${b.level}` : "p"} ${b.text}`);

export const A = "各乡镇要压实属地责任，深入开展隐患排查整治。";
export const B = "各部门要强化行业监管，严厉打击非法违法行为。";
export const C = "企业要落实主体责任，加大安全投入。";
