// A 局长's 情况通报 at the meeting where the 书记 spoke (在全市安委会第二次全体会议上的情况通报, 市应急管理局局长在…上的
// 情况通报, or under a main title joined by its dash): it heads a speech of its own where it stands as a title does, on
// its own line over its byline, date or salutation. The same line inside a speech names a document the speaker cites:
// after a colon (请…逐字逐句学习：), under another item of a list of the meeting's materials (市长在…上的讲话), or over
// a sentence about it (这份通报点了…). There it stays a line of the speech.
import {
  dateOfLine,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  speakerAndDate,
  splitRunInSalutation,
} from "./outline-patterns";
import type { Paragraph } from "./types";

/** Opened by 在 or a speaker's post (…贯彻落实市委在…会议上的情况通报 wrapped from a sentence is none). */
const REPORT_TITLE_RE =
  /^(?:[^。！？；：:，,—–－]{4,40}[—–－]{1,2})?(?:[\u4e00-\u9fff]{0,8}(?:长|书记|主任|同志))?在[^，。、]{2,40}(?:会|议)上的(?:情况|工作)?通报$/;

export const isReportTitle = (t: string): boolean => REPORT_TITLE_RE.test(t.trim());

/** The line under a title: its speaker, its date or its salutation. */
const framesTitle = (t: string) =>
  isSpeakerLine(t) || isSalutation(t) || !!dateOfLine(t) || !!speakerAndDate(t) || !!splitRunInSalutation(t);

/** The paragraphs with each 通报 standing as a title made a title line (hint.speechTitle). */
export function markReportTitles(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.map((p, i) => {
    if (p.hint?.speechTitle || !isReportTitle(p.text)) return p;
    const above = paragraphs[i - 1]?.text.trim() ?? "";
    const listed = /[：:]$/.test(above) || isTitleLine(above);
    const framed = framesTitle(paragraphs[i + 1]?.text.trim() ?? "");
    return framed && !listed ? { ...p, hint: { ...p.hint, speechTitle: true } } : p;
  });
}
