// A meeting's 纪要 (会议纪要) with the leader's speech as its 附件: the summary in the third person (会议指出…
// 会议强调… 会议议定以下事项：), its number, attendance and distribution, then 附件 and the speech. The summary is a
// document about the meeting, not a speech: everything above the attached speech's title goes.
import { isSalutation, isTitleLine } from "./outline-patterns";
import { squeezedLines } from "./page-line-views";

const REASON = "会议纪要";
const SUMMARY_TITLE_RE = /纪要$/;
const SUMMARY_SENTENCE_RE = /^(?:[一二三四五六七八九十]、)?会议(?:指出|强调|要求|认为|议定|决定|听取|研究|审议|明确)/;
const ATTACHMENT_RE = /^附件[\d一二三四五六七八九十]{0,2}[：:]?/;
/** Where the summary's title must stand: near the top. */
const TITLE_WINDOW = 15;
const MIN_SUMMARY_SENTENCES = 2;

export function markMeetingSummary(texts: string[], verdict: (string | null)[]): void {
  const compact = squeezedLines(texts);
  const nonBlank = compact.flatMap((t, i) => (t ? [i] : []));
  const title = nonBlank
    .slice(0, TITLE_WINDOW)
    .find((i) => compact[i]!.length <= 40 && SUMMARY_TITLE_RE.test(compact[i]!));
  if (title === undefined) return;
  const attachment = compact.findIndex((t, i) => i > title && ATTACHMENT_RE.test(t));
  if (attachment < 0) return;
  const sentences = compact.slice(title, attachment).filter((t) => SUMMARY_SENTENCE_RE.test(t)).length;
  if (sentences < MIN_SUMMARY_SENTENCES) return;
  // A speech that relays a 纪要 (一、传达市委常委会会议纪要 under 同志们：) is a speech: a summary has no salutation.
  if (compact.slice(0, attachment).some((t) => isSalutation(t))) return;
  // The attached speech: its title, with a salutation below it.
  const speechTitle = compact.findIndex((t, i) => i > attachment && isTitleLine(t) && !ATTACHMENT_RE.test(t));
  if (speechTitle < 0 || !compact.slice(speechTitle).some((t) => isSalutation(t))) return;
  for (let i = 0; i < speechTitle; i++) if (compact[i]) verdict[i] ??= REASON;
}
