// A long text message a phone sent in parts and a forwarder passed on: each part ends with its number, (1/4) … (4/4)
// (the last one often followed by the opt-out, 退订回T), opens with the sender's signature glued to its first words
// (【柘阳县应急局】加上强降雨…), and sits under the phone's 转发自 header; after the last part come the forwarder's own
// messages. The part numbers say where the parts end, the signature repeated at their starts says whose they are:
// both are cut, and the text flows on across the header (noise-breaks.ts), a sentence cut at a comma into the next
// part. A page is read so only when it shows the chain (two parts of one count) and the phone's signs of a bulk
// message besides (a signature opening two lines, two forward headers or an opt-out): a slide's 重点工作（1/2）/
// （2/2） is no message, and a speech's own 【…】 names stand in no such chain.
import type { Ctx } from "./noise-fragments";
import { isTitleLine } from "./outline-patterns";
import { FORWARD_HEADER_RE, OPT_OUT } from "./noise-widget-lines";
import type { SourceLine } from "./types";

const SMS_CHROME = "短信界面文字";
const FORWARDER_NOTE = "正文外的附言";

/** …农村宴席集中，(1/4) / …保驾护航。(4/4) 退订回T: a part's number at the end of its last line, after its text (read
 *  in the line's tail only: a line of thousands of spaces costs no more than a short one). */
const PART_MARK_RE = new RegExp(
  String.raw`(?<=\S)\s{0,4}[（(](\d{1,2})\s?[/／]\s?(\d{1,2})[)）](?:\s{0,4}${OPT_OUT})?\s*$`,
);
const TAIL = 40;
type PartMark = { k: number; count: number; at: number };
function partMark(text: string): PartMark | null {
  const t = text.trimEnd();
  const from = Math.max(0, t.length - TAIL);
  const m = PART_MARK_RE.exec(t.slice(from));
  if (!m || from + m.index === 0) return null;
  const [k, count] = [Number(m[1]), Number(m[2])];
  return k >= 1 && count >= 2 && k <= count ? { k, count, at: from + m.index } : null;
}
/** 【柘阳县应急局】加上强降雨…: a bulk message's signature glued to its first words (a label alone on its line, 【原文】,
 *  is a heading's; a speech's own bracketed names are read with the chain's other signs). */
const SIGNATURE_RE = /^\s*(【[^【】\s，。！？：:]{2,20}】)(?=\s*\S)/;
const OPT_OUT_RE = new RegExp(OPT_OUT);
const MIN_SIGNED = 2;
const MIN_HEADERS = 2;
/** The last part ends the message: its text stops at a sentence's end. */
const SENTENCE_END_RE = /[。！？!?”’」』]$/;

type Chain = { count: number; signature: string | null };

/** The chain the page shows, or null: parts numbered k/count, two of them at least, and a phone's sign beside. */
function smsChain(lines: SourceLine[]): Chain | null {
  const parts = new Map<number, Set<number>>();
  const signed = new Map<string, number>();
  let headers = 0;
  let optOut = false;
  for (const { text } of lines) {
    const t = text.trim();
    const mark = partMark(t);
    if (mark) parts.set(mark.count, (parts.get(mark.count) ?? new Set()).add(mark.k));
    const tag = SIGNATURE_RE.exec(t)?.[1];
    if (tag) signed.set(tag, (signed.get(tag) ?? 0) + 1);
    if (FORWARD_HEADER_RE.test(t)) headers++;
    if (!optOut && t.length <= 200 && OPT_OUT_RE.test(t)) optOut = true;
  }
  const count = [...parts].find(([, ks]) => ks.size >= 2)?.[0];
  if (count === undefined) return null;
  const [tag, times] = [...signed].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const signature = tag && times >= MIN_SIGNED ? tag : null;
  return signature || headers >= MIN_HEADERS || optOut ? { count, signature } : null;
}

/** The lines with a message chain's part numbers, signatures and the forwarder's lines after its last part cut. */
export function cutSmsChain(lines: SourceLine[], ctx: Ctx): SourceLine[] {
  const chain = smsChain(lines);
  if (!chain) return lines;
  const signature = chain.signature;
  let afterLast = false;
  return lines.map((line) => {
    let t = line.text;
    if (!t.trim()) return line;
    // After the last part: the forwarder's own messages, up to another text's title or another forwarded chain.
    if (afterLast && !isTitleLine(t.trim()) && !FORWARD_HEADER_RE.test(t.trim())) {
      ctx.removed.push({ text: t.trim(), reason: FORWARDER_NOTE, lineNo: line.lineNo });
      return { ...line, text: "" };
    }
    afterLast = false;
    const mark = partMark(t);
    if (mark && mark.count === chain.count) {
      ctx.removed.push({ text: t.slice(mark.at).trim(), reason: SMS_CHROME, lineNo: line.lineNo });
      t = t.slice(0, mark.at);
      afterLast = mark.k === chain.count && SENTENCE_END_RE.test(t.trim());
    }
    if (signature && SIGNATURE_RE.exec(t)?.[1] === signature) {
      ctx.removed.push({ text: signature, reason: SMS_CHROME, lineNo: line.lineNo });
      t = t.replace(SIGNATURE_RE, "");
    }
    return t === line.text ? line : { ...line, text: t };
  });
}
