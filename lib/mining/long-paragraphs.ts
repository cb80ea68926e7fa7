// A paragraph far longer than a speech's paragraphs (> 800 characters) is usually several run together by a page
// that lost its breaks. It is cut only at a sentence start that opens a new step of the speech (首先/其次/再次/
// 最后, 同志们，, 刚才, 下面) or at each item of a 一是/二是/三是 series, and only where every part stays long, so a
// paragraph that merely mentions these words stays whole.
import type { InferredSplit, Paragraph } from "./types";

export const REASON_LONG_PARAGRAPH = "过长段落按“首先、其次、一是、二是”等提示拆分";

const LONG = 800;
const MIN_PART = 200;
const STEP_AT = /[。！？][”’」』）)]*(?=首先|其次|再次|最后|同志们[，！]|刚才|下面)/g;
const SERIES_AT = /[。！？][”’」』）)]*(?=[一二三四五六七八九十]是)/g;
const CN = "一二三四五六七八九十";

/** Sentence starts of a 一是/二是/… series in order (一是 at k=0), or [] when the series is broken. */
function seriesStarts(text: string): number[] {
  const starts: number[] = text.startsWith("一是") ? [0] : [];
  for (const m of text.matchAll(SERIES_AT)) {
    const at = m.index + m[0].length;
    if (text[at] === CN[starts.length]) starts.push(at);
  }
  return starts.length >= 2 ? starts : [];
}

/** Keeps the cuts that leave every part at least MIN_PART long. */
function longParts(cuts: number[], length: number): number[] {
  const kept: number[] = [];
  let from = 0;
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k]!;
    const nextEnd = k + 1 < cuts.length ? cuts[k + 1]! : length;
    if (at - from >= MIN_PART && nextEnd - at >= MIN_PART) {
      kept.push(at);
      from = at;
    }
  }
  return kept;
}

function splitOne(p: Paragraph, inferred?: InferredSplit[]): Paragraph[] {
  if (p.text.length <= LONG || p.hint?.headingLevel) return [p];
  const steps = [...p.text.matchAll(STEP_AT)].map((m) => m.index + m[0].length);
  const series = seriesStarts(p.text);
  // A series is cut at every item or not at all (one long item among short ones is not a paragraph of its own);
  // a short lead-in stays with 一是.
  const items = series.length && series[0]! < MIN_PART ? series.slice(1) : series;
  const seriesCuts = items.length && longParts(items, p.text.length).length === items.length ? items : [];
  const cuts = longParts(
    [...new Set([...steps, ...seriesCuts])].sort((a, b) => a - b),
    p.text.length,
  );
  if (!cuts.length) return [p];
  inferred?.push({ lineNo: p.lineNo, reason: REASON_LONG_PARAGRAPH, parts: cuts.length + 1 });
  const out: Paragraph[] = [];
  let from = 0;
  for (const at of [...cuts, p.text.length]) {
    const text = p.text.slice(from, at);
    out.push(out.length === 0 ? { ...p, text } : { text, lineNo: p.lineNo });
    from = at;
  }
  return out;
}

// A sentence that turns to the hall (同志们，…) opens a paragraph, on a line that lost its breaks (it already held
// several paragraphs): in every gold of the authored pages such a sentence inside a paragraph follows only a few
// words of a transcript (好，我就讲这么多。同志们，…), so it is cut off only after a paragraph's worth of text. On a line
// of its own the paragraph is the page's, and a speaker may turn to the hall in the middle of it.
export const REASON_ADDRESS = "段中“同志们，”另起一段";
const ADDRESS_AT = /[。！？][”’」』）)]*(?=同志们[，！])/g;
const BEFORE_ADDRESS_MIN = 40;
const AFTER_ADDRESS_MIN = 20;

/** Whether `at` falls inside a quotation (more “ than ” before it): 同志们， there is someone else's word to the hall. */
const insideQuote = (text: string, at: number): boolean =>
  (text.slice(0, at).match(/“/g) ?? []).length > (text.slice(0, at).match(/”/g) ?? []).length;
/** A numbered heading cut off the line's body (一、提高认识。, （二）加强值班值守): no paragraph of the speaker's text, so a
 *  line that held only it and its body did not lose its breaks. */
const isHeadingPiece = (text: string): boolean =>
  /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])/.test(text) &&
  text.length <= 40 &&
  !/[，,；;]|[。！？](?=.)/.test(text);

function splitAtAddress(p: Paragraph, inferred?: InferredSplit[]): Paragraph[] {
  if (p.hint?.headingLevel || !p.text.includes("同志们")) return [p];
  const m = [...p.text.matchAll(ADDRESS_AT)].find(
    (a) =>
      a.index + a[0].length >= BEFORE_ADDRESS_MIN &&
      p.text.length - a.index - a[0].length >= AFTER_ADDRESS_MIN &&
      !insideQuote(p.text, a.index),
  );
  if (!m) return [p];
  const at = m.index + m[0].length;
  inferred?.push({ lineNo: p.lineNo, reason: REASON_ADDRESS });
  return [
    { ...p, text: p.text.slice(0, at) },
    { text: p.text.slice(at), lineNo: p.lineNo },
  ];
}

export function splitLongParagraphs(paragraphs: Paragraph[], inferred?: InferredSplit[]): Paragraph[] {
  const split = paragraphs.flatMap((p) => splitOne(p, inferred));
  const perLine = new Map<number, number>();
  for (const p of split) if (!isHeadingPiece(p.text)) perLine.set(p.lineNo, (perLine.get(p.lineNo) ?? 0) + 1);
  return split.flatMap((p) => ((perLine.get(p.lineNo) ?? 0) > 1 ? splitAtAddress(p, inferred) : [p]));
}
