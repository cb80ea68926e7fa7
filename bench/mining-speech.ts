// The speech the mining benchmark imports into a large library: one long leader's speech as a clerk would upload
// it, a .txt with title, salutation, level-1 headings 一、 each with level-2 headings （一）, and body paragraphs
// recombined from the sample corpus's sentences (so nearly every paragraph is new text to the library).
import { chineseNumber } from "../lib/mining/outline-patterns";
import { stripOutlineNumber } from "../lib/speech-doc/strip-number";
import { sampleSentences } from "../lib/testing/big-import-file";
import { seededRandom } from "../lib/testing/seeded-random";

const SECTIONS = 6;
const SUBSECTIONS = 5;
const OPENING = 3;
const CLOSING = 2;

export type BenchSpeech = { name: string; text: string; bodyParagraphs: number; headings: number };

/** A speech of exactly `paragraphs` body paragraphs (headings, title and salutation not counted). */
export function benchSpeech(opts: { paragraphs?: number; seed?: number } = {}): BenchSpeech {
  const total = opts.paragraphs ?? 300;
  const seed = opts.seed ?? 1;
  const r = seededRandom(seed);
  // Without the outline numbers some sentences start with: a paragraph is not to read as a numbered heading.
  const sentences = sampleSentences()
    .map((s) => stripOutlineNumber(s).text.trim())
    .filter((s) => s.length >= 6);
  // Heading texts: short, starting with a character (not a quote), not a run-in list item (二是…, which would read
  // as a second number), no ** left of a redaction.
  const short = sentences.filter(
    (s) => s.length <= 30 && /^[\u4e00-\u9fff]/.test(s) && !/^[一二三四五六七八九十]+[是要]|\*/.test(s),
  );
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)]!;
  const paragraph = () => Array.from({ length: 2 + Math.floor(r() * 5) }, () => pick(sentences)).join("");
  const heading = () => pick(short).replace(/[。！？；]$/, "");

  const lines = [`在全县${2020 + (seed % 6)}年安全生产工作会议上的讲话`, "同志们："];
  for (let i = 0; i < OPENING; i++) lines.push(paragraph());
  const subsections = SECTIONS * SUBSECTIONS;
  const body = total - OPENING - CLOSING;
  let headings = 0;
  for (let s = 0; s < SECTIONS; s++) {
    lines.push(`${chineseNumber(s + 1)}、${heading()}`);
    headings++;
    for (let t = 0; t < SUBSECTIONS; t++) {
      lines.push(`（${chineseNumber(t + 1)}）${heading()}`);
      headings++;
      // The body paragraphs spread evenly over the subsections, the first ones taking one more.
      const index = s * SUBSECTIONS + t;
      const count = Math.floor(body / subsections) + (index < body % subsections ? 1 : 0);
      for (let p = 0; p < count; p++) lines.push(paragraph());
    }
  }
  for (let i = 0; i < CLOSING; i++) lines.push(paragraph());
  lines.push("谢谢大家！");
  return { name: `基准讲话稿_${total}段_${seed}.txt`, text: lines.join("\n") + "\n", bodyParagraphs: total, headings };
}

/** The speech as typed on a machine without Chinese punctuation: every mark of a sentence half-width (ASCII), the
 *  enumeration comma too, as such a keyboard has none. The miner reads its dots between sentences as stops by jieba's
 *  words (normalise.ts), a path the full-width speech never takes. */
export function asHalfWidth(text: string): string {
  const ascii: Record<string, string> = { "，": ",", "、": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?" };
  return text.replace(/[，、。：；！？]/g, (mark) => ascii[mark]!);
}
