// A page's box of key points beside the speech (a paper's 会议要点, a site's 核心提示): its label alone on a line, then
// bulleted points (■ 7 至 9 月全公司零重伤…), each perhaps wrapped onto a short line of its own by a narrow column.
// The points sum up the speech in the paper's words; the speech says them itself.

const REASON = "要点框";
const LABEL_RE = /^[【\[]?(?:会议要点|讲话要点|本期要点|核心提示|要点速览|划重点|看点)[】\]]?$/;
const BULLET_RE = /^[■□●○◆◇▲△★☆•▪]/;
/** A point's wrapped rest: short, no bullet of its own. */
const MAX_WRAPPED = 20;
const MIN_POINTS = 2;

/** Marks the label and its points, up to the first line that is neither a point nor a point's wrapped rest. */
export function markKeyPoints(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i] || !LABEL_RE.test(texts[i]!.trim())) continue;
    const lines: number[] = [];
    let points = 0;
    for (let j = i + 1; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      const point = BULLET_RE.test(t);
      if (!point && (!points || t.length > MAX_WRAPPED || /[。！？]$/.test(texts[lines.at(-1)!]!.trim()))) break;
      if (point) points++;
      lines.push(j);
    }
    if (points < MIN_POINTS) continue;
    verdict[i] = REASON;
    for (const k of lines) verdict[k] ??= REASON;
  }
}
