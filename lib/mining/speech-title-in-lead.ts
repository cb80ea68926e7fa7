// A news report that prints a speech with no title line of its own (a county app's share page: headline, byline,
// 6月5日上午，…会议召开。…副县长…作了题为《绷紧…底线》的讲话，…。 then 以下为讲话摘要： and the speech): the lead is the
// report's, told in the third person, and the speech's title is the one it names in 《》. The line handing the speech
// over (以下为讲话摘要：/以下为讲话全文：) is the evidence that the speech starts below it; a speech's own title line
// there instead leaves the page to the cover-note rules (speech-covers.ts), which keep that title.
import { isSalutation } from "./outline-patterns";
import { headsSpeech } from "./speaker-titles";
import { FIRST_PERSON_RE, HANDS_OVER_RE, REASON_COVER, REASON_COVER_NOTE } from "./speech-covers";
import type { Paragraph, RawSpeech, Removed } from "./types";

const GENRE = "(?:讲话|发言|致辞|报告|党课|讲座|辅导)";
/** …作了题为《X》的讲话 / 以《X》为题作了专题辅导: the report names the speech's title in book marks. */
const NAMED_TITLE_RE = new RegExp(
  `题为《([^《》]{4,40})》的[^。！？，《》]{0,6}${GENRE}|以《([^《》]{4,40})》为题[^。！？，《》]{0,10}${GENRE}`,
);
/** The hand-over on its own line is short (以下为讲话摘要：, 讲话全文如下：). */
const MAX_HANDOVER_LINE = 30;
/** The report's head above its lead: an app's name, a headline, a byline, the lead's first sentences. */
const MAX_ABOVE = 6;
const MAX_REPORT_LINE = 240;

/** Above the lead, only what a report puts there: its own lines, none greeting a meeting or in a speaker's voice. */
const reportsHead = (p: Paragraph) =>
  p.text.length <= MAX_REPORT_LINE && !isSalutation(p.text) && !FIRST_PERSON_RE.test(p.text);

/**
 * The speech under a report's lead that names its title in 《》: the lead, the hand-over line and what stands above
 * them are reported as removed, and the named title heads the speech as its title line.
 */
export function withTitleFromLead(raw: RawSpeech, removed: Removed[]): RawSpeech {
  const paragraphs = raw.paragraphs;
  // Cheap precheck: a page without 《 in its head has no such lead.
  const head = paragraphs.slice(0, MAX_ABOVE + 2);
  if (!head.some((p) => p.text.includes("《"))) return raw;
  const lead = head.findIndex((p) => NAMED_TITLE_RE.test(p.text));
  if (lead < 0) return raw;
  const text = paragraphs[lead]!.text;
  // The hand-over (以下为讲话摘要：) ends the lead or stands on the line under it.
  const handsOver = HANDS_OVER_RE.test(text);
  const next = paragraphs[lead + 1]?.text ?? "";
  if (!handsOver && !(next.length <= MAX_HANDOVER_LINE && HANDS_OVER_RE.test(next))) return raw;
  const speechAt = handsOver ? lead + 1 : lead + 2;
  // The speech below: none if nothing follows, and its own title line, if any, is left to the cover-note rules.
  const first = paragraphs[speechAt];
  if (!first || headsSpeech(first)) return raw;
  // The lead is a reporter's, never a speaker's (刚才，张书记作了题为《…》的讲话，我完全赞同).
  if (FIRST_PERSON_RE.test(text) || isSalutation(text)) return raw;
  if (!paragraphs.slice(0, lead).every(reportsHead)) return raw;
  const m = NAMED_TITLE_RE.exec(text)!;
  const title = (m[1] ?? m[2]!).trim();
  for (const p of paragraphs.slice(0, lead)) removed.push({ text: p.text, reason: REASON_COVER, lineNo: p.lineNo });
  for (const p of paragraphs.slice(lead, speechAt))
    removed.push({ text: p.text, reason: REASON_COVER_NOTE, lineNo: p.lineNo });
  const titleLine: Paragraph = { text: title, lineNo: paragraphs[lead]!.lineNo, hint: { speechTitle: true } };
  return { paragraphs: [titleLine, ...paragraphs.slice(speechAt)] };
}
