// A reader's notes set into a speech he is studying (a 学习笔记 shared on a blog): boxes drawn round his key points
// (┌──… 【划重点】 … └──…), and his own paragraphs under a label (【我的体会】, 学习心得, an e-reader's 【划线与想法】 over
// the sentences he underlined and his thoughts). A speech draws no boxes and
// does not label its paragraphs as somebody's impressions; but a speech may have a section 心得体会 or a list of
// 小贴士, so a label counts only in brackets, or where the page shows notes otherwise (a box, a bracketed label).
// The same for a poster's tips (写材料小tips：) under a draft she shares: internet words no speech uses. An e-reader's
// chapter exported with its notes sets each note after the paragraph it is on, under a head no speech writes: the
// note's kind and the time it was made (◇ 划线　2024/05/20 22:14), over the words underlined (「…」), the passage a
// thought is on (原文：…) and the thought (我的想法：…).
import { isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { squeezedLines } from "./page-line-views";

const BOX_TOP_RE = /^[┌╔┏╭]/;
const BOX_BOTTOM_RE = /^[└╚┗╰]/;
const BOX_LINES = 15;
/** A note's label in brackets: 【我的体会】, 【划重点】, an e-reader's 【划线与想法】. */
const BRACKETED_LABEL_RE =
  /^[【[](?:(?:我的|学习|个人|读后)?(?:体会|感悟|心得|思考|收获|笔记)(?:体会)?|划重点|重点摘录|读书笔记|学习笔记|(?:划线|想法)(?:[与和及、](?:划线|想法|笔记|批注))?)[】\]][：:]?$/;
/** 【原文】 on a notes page: where the book's own text starts again, a label alone. */
const ORIGINAL_LABEL_RE = /^[【[](?:原文|原文摘录|正文)[】\]]$/;
/** The same words without brackets (学习心得), read as a label only beside other notes. */
const BARE_LABEL_RE = /^(?:我的|学习|个人|读后)(?:体会|感悟|心得|思考|收获|笔记)[：:]?$/;
const TIPS_LABEL_RE = /^.{0,12}tips\s*[：:]?$/i;
const NOTE_LINES = 12;
/** An e-reader's note head: its kind, then the date and time it was made. */
export const READER_NOTE_HEAD_RE =
  /^[◇◆○●□■▪·•]?\s*(?:划线|想法|笔记|批注|书签|标注|高亮)\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** A note's lines under its head: the words underlined, whole, in corner brackets; the passage; the reader's thought. */
const READER_NOTE_LINE_RE = /^(?:「[^「」]+」|『[^『』]+』)$|^(?:原文|摘录|我的想法|想法|笔记|批注)\s*[：:]\s*\S/;
const READER_NOTE = "阅读器笔记（划线与想法）";

/** A line that opens the speech's own text again: a title, a heading, a salutation. */
const speechLine = (t: string) => isTitleLine(t) || isSalutation(t) || parseEnumerator(t)?.family === "cn-dun";

/** Marks boxes drawn round notes, and each labelled note or tip: the label and the lines under it, up to a blank
 *  line or a line of the speech's own. */
export function markStudyNotes(texts: string[], verdict: (string | null)[]): void {
  const compact = squeezedLines(texts);
  const boxed = compact.some((t) => BOX_TOP_RE.test(t));
  const bracketed = compact.some((t) => BRACKETED_LABEL_RE.test(t));
  const notesPage = boxed || bracketed;
  const markUnder = (i: number, reason: string) => {
    verdict[i] ??= reason;
    for (let k = i + 1; k < texts.length && k <= i + NOTE_LINES && compact[k] && !speechLine(texts[k]!.trim()); k++)
      verdict[k] ??= reason;
  };
  for (let i = 0; i < texts.length; i++) {
    const t = compact[i]!;
    if (BOX_TOP_RE.test(t)) {
      let end = -1;
      for (let k = i + 1; k < texts.length && k <= i + BOX_LINES; k++)
        if (BOX_BOTTOM_RE.test(compact[k]!)) {
          end = k;
          break;
        }
      if (end < 0) continue;
      for (let k = i; k <= end; k++) if (compact[k]) verdict[k] ??= "学习笔记（摘录框）";
      i = end;
    } else if (BRACKETED_LABEL_RE.test(t) || (notesPage && BARE_LABEL_RE.test(t))) markUnder(i, "学习笔记（个人体会）");
    else if (notesPage && ORIGINAL_LABEL_RE.test(t)) verdict[i] ??= "学习笔记（原文标签）";
    else if (TIPS_LABEL_RE.test(texts[i]!.trim())) markUnder(i, "作者附言");
    else if (READER_NOTE_HEAD_RE.test(texts[i]!.trim())) {
      // The note's own lines only: a paragraph of the speech may follow with no blank line between.
      verdict[i] ??= READER_NOTE;
      for (let k = i + 1; k < texts.length && READER_NOTE_LINE_RE.test(texts[k]!.trim()); k++)
        verdict[k] ??= READER_NOTE;
    }
  }
}
