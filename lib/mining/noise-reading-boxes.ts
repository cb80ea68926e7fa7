// A 政策解读 page's box printed beside the 原文 it explains: a head (【解读】一图读懂…), the points the box repeats
// from the text (● 关键数据：…), and the interpreter's credit (解读单位：…　解读人：…). A narrow copy lands the floated
// box between two of the speech's sections; every line of it is the site's, none the speaker's. A speech may head
// its own sections so (【解读】变化三：…, over its sentences and signed 解读人：… at its end) and list a 解读人 among its
// arrangements: only a head and a credit enclosing points, nothing of a speech's text or frame, make a box.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator } from "./outline-patterns";

export const READING_BOX = "政策解读框";

/** 【解读】一图读懂… / 【政策解读】… / 【专家解读】… / 【图解】… / 政策解读｜…怎么干？: the box's head, a label in
 *  brackets (or before a bar) over a headline (no sentence; it may ask). */
const HEAD_RE = /^(?:[【\[](?:政策|专家)?(?:解读|图解)[】\]]|(?:政策)?解读\s*[｜|丨]\s*)(?=[^。！？；]{2,40}[？?]?$)/;
/** 解读单位：…　解读人：… (or either alone, or in brackets): who wrote the 解读, a credit no speech opens a line with. */
const CREDIT_RE =
  /^[（(]?(?:解读(?:单位|部门|机关|机构)|解读人|解读专家)\s*[：:][^。！？；（）()]{2,60}[)）]?$|^解读\s*[：:][^。！？；，,]{2,30}$/;
/** A point of the box: bulleted (● 关键数据：…), or a label and its words. */
const POINT_RE = /^(?:[●•◆◇▪■□○·\-–]|[^，。！？：:\s]{2,8}[：:])/;
/** How many lines a box holds between its head and its credit at most; a line of its longer than a point is text. */
const MAX_BOX_LINES = 8;
const MAX_POINT = 120;

/** The speech's own headings (一、 / （一） / 第一章), which no box numbers its points with. */
const SPEECH_HEADING_RE = /^(?:chapter|section|cn-dun|cn-bracket|di|cn-paren)$/;

/** A line no box holds: a sentence of the speech (not a point), its heading, title, speaker, date or salutation. */
const speechLine = (u: string) =>
  (/[。！？!?]$/.test(u) && !POINT_RE.test(u)) ||
  SPEECH_HEADING_RE.test(parseEnumerator(u)?.family ?? "") ||
  isTitleLine(u) ||
  isSpeakerLine(u) ||
  !!dateOfLine(u) ||
  isSalutation(u);

/** Marks each box from its head to its credit (the lines between are its points), or from its head and the credit
 *  right under it through the bulleted points that follow them. */
export function markReadingBoxes(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (!HEAD_RE.test(texts[i]!.trim())) continue;
    // The credit closes the box: without it the head may be a column's headline over text of its own.
    const inside: number[] = [];
    for (let j = i + 1; j < texts.length && inside.length <= MAX_BOX_LINES; j++) {
      const u = texts[j]!.trim();
      if (!u) continue;
      if (CREDIT_RE.test(u)) {
        if (!inside.length) inside.push(...pointsUnder(texts, j));
        for (const k of [i, ...inside, j]) verdict[k] ??= READING_BOX;
        i = Math.max(j, ...inside);
        break;
      }
      if (u.length > MAX_POINT || HEAD_RE.test(u) || speechLine(u)) break;
      inside.push(j);
    }
  }
}

/** The bulleted points right under a credit printed under the head, up to a blank line or a line of another kind. */
function pointsUnder(texts: string[], credit: number): number[] {
  const out: number[] = [];
  for (let j = credit + 1; j < texts.length && out.length < MAX_BOX_LINES; j++) {
    const u = texts[j]!.trim();
    if (!/^[●•◆◇▪■□○·]/.test(u) || u.length > MAX_POINT || speechLine(u)) break;
    out.push(j);
  }
  return out;
}
