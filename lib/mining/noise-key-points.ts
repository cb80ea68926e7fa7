// A page's box of key points beside the speech (a paper's 会议要点, a site's 核心提示, an app's 【30秒速览】): its label alone on a line, then
// bulleted points (■ 7 至 9 月全公司零重伤…), each perhaps wrapped onto a short line of its own by a narrow column.
// The points sum up the speech in the paper's words; the speech says them itself.

import {
  dateOfLine,
  endsSentence,
  isHeaderSalutation,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";

const REASON = "要点框";
const LABEL_RE = /^[【\[]?(?:会议要点|讲话要点|本期要点|核心提示|要点速览|\d{1,3}秒速览|划重点|看点)[】\]]?$/;
const BULLET_RE = /^[■□●○◆◇▲△★☆•▪·・]/;
/** A point's wrapped rest: short, no bullet of its own. */
const MAX_WRAPPED = 20;
const MIN_POINTS = 2;

/** A line of the speech's prose: the box stands above the speech's first one (a speech's own 讲话要点 further down,
 *  under its prose, is the speech's). */
const PROSE_MIN = 12;
const isProse = (t: string) => t.length >= PROSE_MIN && endsSentence(t);
/** A speaker's role in his line (县长　李明; a short rest such as 整治内容 names none). */
const SPEAKER_ROLE_RE = /长|书记|主任|经理|主席|委员/;
/** What a point's wrapped rest never is: a title, a heading, a salutation, a speaker's line (县长　李明), a date. */
const startsSpeechPart = (t: string) =>
  isTitleLine(t) ||
  !!parseEnumerator(t) ||
  isSalutation(t) ||
  isHeaderSalutation(t) ||
  (isSpeakerLine(t) && SPEAKER_ROLE_RE.test(t)) ||
  !!dateOfLine(t);

/** Marks the label and its points, up to the first line that is neither a point nor a point's wrapped rest, where
 *  no line of prose stands above the label. */
export function markKeyPoints(texts: string[], verdict: (string | null)[]): void {
  const firstProse = texts.findIndex((t, k) => !verdict[k] && isProse(t.trim()));
  for (let i = 0; i < texts.length && (firstProse < 0 || i < firstProse); i++) {
    if (verdict[i] || !LABEL_RE.test(texts[i]!.trim())) continue;
    const lines: number[] = [];
    let points = 0;
    for (let j = i + 1; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      const point = BULLET_RE.test(t);
      const wrapped =
        !!points && t.length <= MAX_WRAPPED && !startsSpeechPart(t) && !endsSentence(texts[lines.at(-1)!]!);
      if (!point && !wrapped) break;
      if (point) points++;
      lines.push(j);
    }
    if (points < MIN_POINTS) continue;
    verdict[i] = REASON;
    for (const k of lines) verdict[k] ??= REASON;
  }
}
