// A spoken talk's 第一个，… / 第二个，… (the matter family with 个) as its outline only where the lines are the
// speaker's own points: each a short clause standing as a point's head (spoken-heads.ts: 第一个，形势大家要心里有数。 /
// 第三个，责任一定要压实。啊，这个我多说几句。…), in a sequence 第一个, 第二个 … at the same depth. Not a lone 第一个
// sentence, and not a story's list run on inside a point (…我跟大家说一说。第一个，是去年清明… / 第二个，…).
import { chineseNumber, parseCn } from "./outline-patterns";
import { spokenPointHead } from "./spoken-heads";

/** 第一个，… and as a transcript gives it, 第一个呢，… / 第三个就是，…. */
const SPOKEN_RE = /^第([一二三四五六七八九十]{1,3})个(?:呢|就是)?[，、：,:]/;

/** The number of a 第N个， line whose words stand as a point's head, else 0. */
function pointNumber(text: string): number {
  const m = SPOKEN_RE.exec(text);
  return m && spokenPointHead(text.slice(m[0].length)) ? (parseCn(m[1]!) ?? 0) : 0;
}

/** A 第N个 run on inside a paragraph (…说一说。第一个，是去年清明…): the next number opens no point of the talk. */
const runsOn = (text: string, n: number) => text.indexOf(`第${chineseNumber(n)}个`) > 0;

/** The indexes of the 第N个， paragraphs that are the talk's points: 第一个, 第二个 … each a point's head, two or more
 *  in sequence, none continuing a list the paragraph above ran on. The other 第N个， paragraphs are plain text. */
export function spokenPoints(texts: string[]): Set<number> {
  const kept = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const i of run) kept.add(i);
    run = [];
  };
  texts.forEach((t, i) => {
    const n = pointNumber(t);
    if (!n || (n > 1 && runsOn(texts[i - 1] ?? "", n - 1))) return;
    if (n !== run.length + 1) close();
    if (n === run.length + 1) run.push(i);
  });
  close();
  return kept;
}

/** Whether a paragraph opens with a talk's 第N个， (taken as a point only where spokenPoints keeps it). */
export const isSpokenMarker = (text: string) => SPOKEN_RE.test(text);
