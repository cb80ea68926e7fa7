// A writing course's handout that prints a speech as its 例文: the lesson's sections under bracketed labels
// (【学习目标】, 【写作要点小结】, 【课后练习】, a 范文 site's 【写作指导】 note over the speech), the 【例文】 label with its note, and the teacher's ★ notes between the
// paragraphs (his 【点评：…】 inside them are cut as editor's notes: noise-injections.ts). Only a page with its 【例文】
// label and the lesson's own sections is such a handout; each section runs up to the next label, title or salutation.
// A 范文 site's note (【写作指导】, 【写作思路】…) is a section only where it stands right over the 【范文】 it introduces
// (closed by that label, with the speech printed under it, no outline heading inside): the same labels
// between a speech's paragraphs or over a speech printed before its 【范文】 label go alone, their lines stay. Its
// other place is between the speech's title and the salutation that opens it (…的讲话 / 【写作思路】 / 1．开头：… /
// 本篇适用于… / 同志们：): nothing of the speech is printed above the note yet, and the salutation closes it.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, speakerAndDate } from "./outline-patterns";
import { squeeze, squeezedLines } from "./page-line-views";

const REASON = "培训讲义";
const LESSON_LABEL_RE =
  /^[【\[](?:学习目标|教学目标|学习要点|写作要点(?:小结)?|要点小结|课后练习|练习题?|思考题|课后作业|例文评析|总体评析|评析|简评|写作提示|范文点评)[】\]]$/;
const SITE_NOTE_LABEL_RE = /^[【\[](?:写作指导|写法指导|写作技巧|写作思路)[】\]]$/;
const OUTLINE_HEAD_RE = /^[一二三四五六七八九十]{1,3}、|^[（(][一二三四五六七八九十]{1,3}[）)]/;
const EXAMPLE_LABEL_RE = /^[【\[](?:例文|范文|例文原文)[】\]]$/;
const ANY_LABEL_RE = /^[【\[][^【】[\]]{2,10}[】\]]$/;
const EXAMPLE_NOTE_RE = /^[（(]说明[：:]/;
const STAR_NOTE_RE = /^[★☆]\s*\S/;

export function markTeachingHandout(texts: string[], verdict: (string | null)[]): void {
  // A handout prints its 例文 under that label; a 党课 with its own 【思考题】 and ★ points is a speech.
  const squeezed = squeezedLines(texts);
  if (!squeezed.some((t) => EXAMPLE_LABEL_RE.test(t))) return;
  const sections = squeezed.flatMap((t, i) =>
    LESSON_LABEL_RE.test(t) || (SITE_NOTE_LABEL_RE.test(t) && overExample(texts, i)) ? [i] : [],
  );
  if (!sections.length) return;
  for (const i of sections) {
    verdict[i] ??= REASON;
    const end = sectionEnd(texts, i);
    for (let j = i + 1; j < end; j++) if (texts[j]!.trim()) verdict[j] ??= REASON;
  }
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (EXAMPLE_LABEL_RE.test(squeezed[i]!) || STAR_NOTE_RE.test(t)) verdict[i] ??= REASON;
    else if (EXAMPLE_NOTE_RE.test(t) && i > 0 && EXAMPLE_LABEL_RE.test(squeezed[i - 1]!)) verdict[i] ??= REASON;
  });
}

/** Where a section under the label at i ends: the next label, title or salutation (or the page's end). */
function sectionEnd(texts: string[], i: number): number {
  for (let j = i + 1; j < texts.length; j++) {
    const t = texts[j]!.trim();
    if (t && (ANY_LABEL_RE.test(squeeze(t)) || isTitleLine(t) || isSalutation(t))) return j;
  }
  return texts.length;
}

/** A site's note closed by the 【范文】 label that prints the speech under it (three lines of text or more before any
 *  other label), with no outline heading of a speech inside the note. */
function overExample(texts: string[], i: number): boolean {
  const end = sectionEnd(texts, i);
  if (end >= texts.length || !EXAMPLE_LABEL_RE.test(squeeze(texts[end]!))) return false;
  if (texts.slice(i + 1, end).some((t) => OUTLINE_HEAD_RE.test(t.trim()))) return false;
  const next = texts.slice(end + 1).filter((t) => t.trim());
  const label = next.findIndex((t) => ANY_LABEL_RE.test(squeeze(t)));
  return (label < 0 ? next.length : label) >= 3;
}

const frameOrPiece = (t: string) => !!dateOfLine(t) || isSpeakerLine(t) || !!speakerAndDate(t) || /[，、；,]$/.test(t);
/** The speech's frame under its title that the outline rules may miss: 讲话人：…, a ——在…上 subtitle, a quotation. */
const FRAME_RE = /^[^：:，。]{1,6}人[：:]|^[—－]|^[“"「『]/;

/** Where the speech begins, which ends the note: a line that addresses people with its colon (全体师生：, a host's
 *  long salutation), a greeting or exclamation, a speaker's opening (今天…召开, 下面，我…, 首先，我代表…), a host's
 *  bracketed cue. */
const SPEECH_OPENS_RE =
  /大家.{0,3}好|[！!]|^(?:今天|今年|下面|现在|首先|刚才|会前|这次|本次)|召开|[我咱]|^[（(].*[）)]$/;
const opensSpeech = (t: string) =>
  isSalutation(t) || (/[：:]$/.test(t) && t.length <= 60 && !/[。？！?!；]/.test(t)) || SPEECH_OPENS_RE.test(t);

/** A note's line reads as the site's note on the text: a numbered item under its short label (1．开头：…) or a line
 *  about the text itself (本篇适用于…, 约3000字, 可结合…修改使用, 写作…). */
const NOTE_ITEM_RE = /^\d{1,2}[．.、]\s*[^：:，。]{1,6}[：:]/;
const NOTE_TEXT_RE = /本篇|本文|此稿|此文|全文|适用于|约\d+字|修改使用|写作|写法|讲话稿|主持词|致辞稿|范文/;
const readsAsNote = (t: string) =>
  (NOTE_ITEM_RE.test(t) || NOTE_TEXT_RE.test(t)) && !frameOrPiece(t) && !FRAME_RE.test(t);

/** A site's note box is a few short lines. */
const NOTE_LINES_MAX = 6;
const NOTE_LINE_MAX = 80;

/** The note's lines under the label at i, or null: each reads as a note, up to the line where the speech begins. */
function noteLines(texts: string[], i: number): number[] | null {
  const lines: number[] = [];
  for (let j = i + 1; j < texts.length; j++) {
    const t = texts[j]!.trim();
    if (!t) continue;
    if (opensSpeech(t)) return lines.length ? lines : null;
    if (ANY_LABEL_RE.test(squeeze(t)) || isTitleLine(t) || OUTLINE_HEAD_RE.test(t)) return null;
    if (t.length > NOTE_LINE_MAX || !readsAsNote(t) || lines.length >= NOTE_LINES_MAX) return null;
    lines.push(j);
  }
  return null;
}

/** Marks a site's note label and its lines standing between a speech's title and the speech's opening: the kept line
 *  above the label is a title, and at least one line of note runs up to the salutation or the speaker's first words. */
export function markSiteNoteOverOpening(texts: string[], verdict: (string | null)[]): void {
  const squeezed = squeezedLines(texts);
  texts.forEach((_, i) => {
    if (!SITE_NOTE_LABEL_RE.test(squeezed[i]!)) return;
    let above = i - 1;
    while (above >= 0 && (!texts[above]!.trim() || verdict[above])) above--;
    if (above < 0 || !isTitleLine(texts[above]!.trim())) return;
    const lines = noteLines(texts, i);
    if (!lines) return;
    verdict[i] ??= REASON;
    for (const j of lines) verdict[j] ??= REASON;
  });
}
