// A long text message a phone sent in parts and a forwarder passed on: each part ends with its number, (1/4) … (4/4)
// (the last one often followed by the opt-out, 退订回T), opens with the sender's signature glued to its first words
// (【柘阳县应急局】加上强降雨…), and sits under the phone's 转发自 header; under the last part come the forwarder's own
// notes. The part numbers say where the parts end, the signature at the parts' first words says whose they are: both
// are cut there and nowhere else, and the text flows on across the header (noise-breaks.ts), a sentence cut at a
// comma into the next part. A page is read so only when it proves the chain (see smsChain); the forwarder's lines
// under the last part go only while they are short notes with no sentence in them, so a speech that goes on after
// a quoted message, a collection's next message or a title keeps its text.
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
const OPT_OUT_TAIL_RE = new RegExp(String.raw`${OPT_OUT}\s*$`);
const MIN_SIGNED = 2;
/** The last part ends the message: its text stops at a sentence's end. */
const SENTENCE_END_RE = /[。！？!?”’」』]$/;
/** The forwarder's own lines under the last part: a short chat note or a time, no sentence of a speech in it
 *  (王立新：第2条的标点有点乱，大家对照着看 / 6月3日 08:45 已送达). */
const NOTE_MAX = 50;
const NOTE_RE = /^[^。！？!?]+$/;

type Part = { at: number; mark: PartMark; start: number };
type Chain = { parts: Part[]; signature: string; starts: Set<number> };

const isBlank = (l: SourceLine | undefined) => !l || !l.text.trim();
const isHeader = (l: SourceLine | undefined) => !!l && FORWARD_HEADER_RE.test(l.text.trim());

/** A part's first line: up from its number's line to the line after the part before, a blank line or a header. */
function partStart(lines: SourceLine[], at: number, floor: number): number {
  let i = at;
  while (i > floor && !isBlank(lines[i - 1]) && !isHeader(lines[i - 1])) i--;
  return i;
}

/** The line above a part's first line, blanks skipped, is the phone's 转发自 header. */
function underHeader(lines: SourceLine[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(lines[i])) i--;
  return isHeader(lines[i]);
}

/** The chain the page proves, or null. All three are asked for, since each alone is also a speech's or a page's:
 *  the parts numbered 1/n … n/n once each and in order (a gallery's captions, a slide's counters and a collection's
 *  two messages of one count also number so); the same signature glued to the first words of two parts or more (a
 *  speech's campaign name opens its own lines, a lecture's label its own points); and the phone's print, a 转发自
 *  header over two parts or the opt-out after the last part's number (a speech quoting a warning message has none). */
function smsChain(lines: SourceLine[]): Chain | null {
  const marks = lines.flatMap((l, at) => {
    const mark = partMark(l.text);
    return mark ? [{ at, mark }] : [];
  });
  for (const count of new Set(marks.map((m) => m.mark.count))) {
    const series = marks.filter((m) => m.mark.count === count);
    if (series.length !== count || series.some((m, i) => m.mark.k !== i + 1)) continue;
    const parts = series.map((m, i) => ({ ...m, start: partStart(lines, m.at, i ? series[i - 1]!.at + 1 : 0) }));
    const tags = parts.map((p) => SIGNATURE_RE.exec(lines[p.start]!.text)?.[1] ?? null);
    const signature = tags.find((t) => t && tags.filter((u) => u === t).length >= MIN_SIGNED);
    if (!signature) continue;
    const headed = parts.filter((p) => underHeader(lines, p.start)).length >= MIN_SIGNED;
    const optOut = OPT_OUT_TAIL_RE.test(lines[parts.at(-1)!.at]!.text.trim());
    if (!headed && !optOut) continue;
    const starts = new Set(parts.filter((_, i) => tags[i] === signature).map((p) => p.start));
    return { parts, signature, starts };
  }
  return null;
}

/** The lines with a message chain's part numbers and signatures cut, and the forwarder's notes under its last part. */
export function cutSmsChain(lines: SourceLine[], ctx: Ctx): SourceLine[] {
  const chain = smsChain(lines);
  if (!chain) return lines;
  const out = lines.map((line, i) => {
    let t = line.text;
    const part = chain.parts.find((p) => p.at === i);
    if (part) {
      ctx.removed.push({ text: t.trimEnd().slice(part.mark.at).trim(), reason: SMS_CHROME, lineNo: line.lineNo });
      t = t.trimEnd().slice(0, part.mark.at);
    }
    if (chain.starts.has(i)) {
      ctx.removed.push({ text: chain.signature, reason: SMS_CHROME, lineNo: line.lineNo });
      t = t.replace(SIGNATURE_RE, "");
    }
    return t === line.text ? line : { ...line, text: t };
  });
  // After the last part, when its text ends a sentence: the forwarder's own short notes, up to the first other line.
  const last = chain.parts.at(-1)!.at;
  if (!SENTENCE_END_RE.test(out[last]!.text.trim())) return out;
  for (let i = last + 1; i < out.length; i++) {
    const t = out[i]!.text.trim();
    if (!t) continue;
    if (t.length > NOTE_MAX || !NOTE_RE.test(t) || isTitleLine(t) || isHeader(out[i]) || SIGNATURE_RE.test(t)) break;
    if (partMark(t)) break;
    ctx.removed.push({ text: t, reason: FORWARDER_NOTE, lineNo: out[i]!.lineNo });
    out[i] = { ...out[i]!, text: "" };
  }
  return out;
}
