// A meeting handbook's (会议手册) arrangements printed around the speech: the seating (座次安排: 主席台…, 第二排：…),
// the transport, the meals, the contacts. Each stands under a bare label of its own, and nothing in it is a speech's
// text; it runs up to the speech's head (its title, ——subtitle, speaker or date) or a long sentence. Only labels
// above the speech's salutation are read so: below it they are the speaker's points (住宿安排 in a 筹备会 speech).
import { markTurnCues } from "./noise-host-cues";
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";
import { squeezedLines } from "./page-line-views";

const REASON = "会务安排";
const LOGISTICS_LABEL_RE =
  /^[【\[]?(?:主席台)?(?:座次|座位|座席)(?:安排|表|图)|^(?:乘车|用餐|就餐|住宿|报到)(?:安排|须知)|^会务组?联系(?:电话|方式|人)|^分组讨论(?:名单|安排)/;
/** A line this long is text, not an arrangement's. */
const MAX_LINE = 120;
const MAX_LINES = 30;

/** Where the speech's own head begins: its title, a ——subtitle, the line over one, its speaker or date. */
function headsSpeech(texts: string[], j: number): boolean {
  const t = texts[j]!.trim();
  const next =
    texts
      .slice(j + 1)
      .find((x) => x.trim())
      ?.trim() ?? "";
  return (
    isTitleLine(t) ||
    isSalutation(t) ||
    /^[—－-]{2}/.test(t) ||
    /^[—－-]{2}/.test(next) ||
    !!dateOfLine(t) ||
    isSpeakerLine(t)
  );
}

export function markMeetingLogistics(texts: string[], verdict: (string | null)[]): void {
  markTurnCues(texts, verdict); // the running order's cues between the host's calls
  // A handbook prints them before the speech; under a salutation such a label is the speaker's own point.
  const salutation = texts.findIndex((t) => isSalutation(t.trim()));
  const squeezed = squeezedLines(texts);
  texts.forEach((_, i) => {
    if (salutation >= 0 && i > salutation) return;
    const label = squeezed[i]!;
    if (!label || label.length > 12 || !LOGISTICS_LABEL_RE.test(label) || /[。！？]/.test(label)) return;
    verdict[i] ??= REASON;
    for (let j = i + 1; j < texts.length && j <= i + MAX_LINES; j++) {
      const t = texts[j]!.trim();
      if (!t || verdict[j]) continue;
      if (headsSpeech(texts, j) || t.length > MAX_LINE) break;
      verdict[j] = REASON;
    }
  });
}
