// Recovers outline items whose paragraph break was lost, so that they run on inside the previous paragraph:
//  - a gap in a numbered sequence (二要 … 四要) is filled by the 三要 found at a sentence start before 四要 (not where
//    the list stands two to a paragraph from its first item: 一要…二要… / 三要…四要…, by the writer's choice);
//  - a list whose first item is run into a lead sentence (…行动。一要…) is split when 二要 opens the next paragraph
//    (not where both open indented lines of the source: the page marks its paragraphs, and kept item one in the lead);
//  - parallel headings (一是要充分认识… / 二是要充分认识…) reveal a third one (…。三是要充分认识…) inside a body.
// Only heading-sized sentences are split out; inline enumerations in prose stay where they are.
import { markersFor } from "./outline-markers";
import { firstSentenceEnd, type Family } from "./outline-patterns";
import { RUN_IN_HEAD_MAX } from "./run-in-heading";
import { sharedStart } from "./shared-runs";
import type { Paragraph } from "./types";

type CandLike = { family: Family; n: number; markEnd: number; head: string; shape: string } | null;
type CandOf = (text: string) => CandLike;

const LOOKAHEAD = 400;
const FINAL = "。！？!?";
const CLOSERS = "”’」』）)";

function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && text[j] === " ") j--;
  while (j >= 0 && CLOSERS.includes(text[j]!)) j--;
  return j >= 0 && FINAL.includes(text[j]!);
}

/** Where one of `markers` (followed by `prefix`) starts a sentence in text at or after `from`, or -1. */
export function embeddedAt(
  text: string,
  markers: string[],
  from: number,
  prefix: string,
  headingSized: boolean,
): number {
  let best = -1;
  for (const mk of markers) {
    for (let i = text.indexOf(mk, Math.max(from, 1)); i > 0; i = text.indexOf(mk, i + 1)) {
      if (best >= 0 && i >= best) break;
      if (!atSentenceStart(text, i) || !text.startsWith(prefix, i + mk.length)) continue;
      // A heading sentence, or a heading that ends the paragraph without a stop (…算清楚。二、全面开展复工前检查).
      const endsText = text.length - i <= RUN_IN_HEAD_MAX && !/[。！？!?；;]/.test(text.slice(i + mk.length));
      if (headingSized && !endsText && firstSentenceEnd(text, i + mk.length, i + RUN_IN_HEAD_MAX + 1) < 0) continue;
      best = i;
      break;
    }
  }
  return best;
}

function splitAt(paras: Paragraph[], k: number, at: number): void {
  const p = paras[k]!;
  // The part cut off opens no line of the source, indented or not.
  const { hint: _hint, indented: _indented, ...rest } = p;
  paras.splice(k, 1, { ...p, text: p.text.slice(0, at).trim() }, { ...rest, text: p.text.slice(at).trim() });
}

/** A list's first item inside the paragraph right above its second (…几件事。一是… / 二是…), where both open a line
 *  of the source with the page's first-line indent: the page marks where its paragraphs start, so no break was lost
 *  there; the writer ran item one on in the lead paragraph. Only where item two runs on with its own body: a bare
 *  二是… heading line under the lead stands as item one would have (一是… lost its line break). */
function leadHoldsFirstItem(paras: Paragraph[], k: number, i: number, second: NonNullable<CandLike>): boolean {
  const [lead, item] = [paras[k]!, paras[i]!];
  const ownBody = second.shape === "runin" || second.shape === "long";
  return second.n === 2 && ownBody && k === i - 1 && !!lead.indented && !!item.indented && lead.lineNo !== item.lineNo;
}

const MAX_SPLITS = 200;

/** Run-in items set two to a paragraph (一是…。二是…。 / 三是…。四是…。): every paragraph of the list above this one,
 *  back to the one that opens with its first item, opens with an odd item and holds the next one at a sentence start,
 *  so the even items run on by the writer's choice; this one opens with an odd item too, with its pair or as the
 *  list's last (一是…二是… / 三是…, as the labels of sets 8, 24, 45, 46, 95, 104 and 108 have it). A list with an item
 *  alone above (一是… / 二是…三是… / 四是…五是…) lost its breaks. */
function pairedList(paras: Paragraph[], cands: CandLike[], i: number, reach: number): boolean {
  const c = cands[i]!;
  if ((c.family !== "shi" && c.family !== "yao") || c.n % 2 === 0) return false;
  for (let k = i, n = c.n; n > 1;) {
    let j = k - 1;
    while (j >= Math.max(0, k - reach) && cands[j]?.family !== c.family) j--;
    if (j < Math.max(0, k - reach) || cands[j]!.n !== n - 2) return false;
    const head = cands[j]!.head.length;
    if (embeddedAt(paras[j]!.text, markersFor(c.family, n - 1), head, "", true) <= 0) return false;
    [k, n] = [j, n - 2];
  }
  return true;
}

export function splitLostBreaks(input: Paragraph[], candidateOf: CandOf): Paragraph[] {
  const paras = input.slice();
  const cands = paras.map((p) => (p.hint?.headingLevel ? null : candidateOf(p.text)));
  let splits = 0;
  for (let i = 0; i < paras.length && splits < MAX_SPLITS; i++) {
    const c = cands[i];
    if (!c || c.n < 2) continue;
    // A top-level section (一、) runs on for many paragraphs; a list's items stand close together.
    const reach = c.family === "cn-dun" ? 40 : 8;
    let prevSame = -1;
    for (let j = i - 1; j >= Math.max(0, i - reach) && prevSame < 0; j--)
      if (cands[j]?.family === c.family) prevSame = j;
    const prevN = prevSame >= 0 ? cands[prevSame]!.n : 0;
    if (prevN === c.n - 1) continue;
    if (pairedList(paras, cands, i, reach)) continue;
    // Search back to the item two numbers down, or a few paragraphs when the list's start is not in sight.
    const lo = prevSame >= 0 && prevN === c.n - 2 ? prevSame : Math.max(prevSame + 1, i - 2);
    const markers = markersFor(c.family, c.n - 1);
    for (let k = i - 1; k >= Math.max(lo, 0); k--) {
      if (paras[k]!.hint?.headingLevel) break;
      const from = k === prevSame ? cands[k]!.head.length : 0;
      const at = embeddedAt(paras[k]!.text, markers, from, "", true);
      if (at > 0 && leadHoldsFirstItem(paras, k, i, c)) break;
      if (at > 0) {
        splitAt(paras, k, at);
        cands.splice(k, 1, candidateOf(paras[k]!.text), candidateOf(paras[k + 1]!.text));
        splits++;
        i = k; // look again from the new item: the gap may be wider than one
        break;
      }
    }
  }
  return paras;
}

export function splitParallelItems(input: Paragraph[], candidateOf: CandOf): Paragraph[] {
  const paras = input.slice();
  const cands = paras.map((p) => (p.hint?.headingLevel ? null : candidateOf(p.text)));
  let splits = 0;
  for (let i = 0; i < paras.length && splits < MAX_SPLITS; i++) {
    const first = cands[i];
    if (!first || first.n !== 1) continue;
    const members = [i];
    let end = paras.length;
    for (let j = i + 1; j < paras.length; j++) {
      const c = cands[j];
      if (!c) continue;
      if (c.family === first.family && c.n === cands[members[members.length - 1]!]!.n + 1) members.push(j);
      else {
        end = j;
        break;
      }
    }
    if (members.length < 2) continue;
    let prefix = cands[i]!.head.slice(cands[i]!.markEnd);
    for (const m of members) prefix = sharedStart([prefix, cands[m]!.head.slice(cands[m]!.markEnd)]);
    if (prefix.length < 2) continue;
    const lastIdx = members[members.length - 1]!;
    const markers = markersFor(first.family, cands[lastIdx]!.n + 1);
    for (let k = lastIdx; k < end; k++) {
      const from = k === lastIdx ? cands[k]!.head.length : 0;
      const at = embeddedAt(paras[k]!.text, markers, from, prefix.slice(0, Math.min(prefix.length, 4)), true);
      if (at > 0) {
        splitAt(paras, k, at);
        cands.splice(k, 1, candidateOf(paras[k]!.text), candidateOf(paras[k + 1]!.text));
        splits++;
        i--; // the same list again: it may hide a further item
        break;
      }
    }
  }
  return paras;
}

const EMBEDDED_STRONG_RE =
  /[。！？][”’」』）)]*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/g;

/** Text whose line breaks were all lost: 一、 and （一） at sentence starts inside a paragraph open new items when
 *  they continue the numbering seen so far (these two styles are not used for inline lists in prose). */
export function splitRunTogether(input: Paragraph[], candidateOf: CandOf): Paragraph[] {
  const out: Paragraph[] = [];
  const last: Partial<Record<Family, number>> = {};
  const see = (c: CandLike) => {
    if (!c || (c.family !== "cn-dun" && c.family !== "cn-paren")) return;
    if (c.family === "cn-dun") last["cn-paren"] = 0;
    last[c.family] = c.n;
  };
  for (const p of input) {
    see(p.hint?.headingLevel ? null : candidateOf(p.text));
    if (p.hint?.headingLevel || p.text.length < 120 || !/[。！？][”’」』）)]*[一二三四五六七八九十（(]/.test(p.text)) {
      out.push(p);
      continue;
    }
    const cuts: number[] = [];
    for (const m of p.text.matchAll(EMBEDDED_STRONG_RE)) {
      const at = m.index! + m[0].length;
      const c = candidateOf(p.text.slice(at, at + LOOKAHEAD));
      if (!c || c.shape === "long" || (c.family !== "cn-dun" && c.family !== "cn-paren")) continue;
      if (firstSentenceEnd(p.text, at, at + RUN_IN_HEAD_MAX + 1) < 0 && c.shape !== "bare") continue;
      const prevN = last[c.family] ?? 0;
      if (c.n !== prevN + 1 && !(c.n === 1 && (c.family === "cn-paren" || !prevN))) continue;
      cuts.push(at);
      see(c);
    }
    let from = 0;
    for (const at of cuts) {
      const { hint: _hint, ...rest } = p;
      out.push(
        from === 0 ? { ...p, text: p.text.slice(0, at).trim() } : { ...rest, text: p.text.slice(from, at).trim() },
      );
      from = at;
    }
    const { hint: _h, ...rest } = p;
    out.push(from === 0 ? p : { ...rest, text: p.text.slice(from).trim() });
  }
  return out;
}
