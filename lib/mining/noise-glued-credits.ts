// An outlet's photo credit glued after a speech's own sentence: a reposting page set a picture's credit in brackets
// at the end of the paragraph the picture stood by (…连续作战四个小时，展现了过硬的作风。（××融媒 张三 摄）). The
// sentence is the speaker's; the credit alone is the page's. A caption is short or opens as one (图为…, [图片] …,
// ▲…, 9月6日，…), and the line rules take it whole.
import { needs } from "./regex-needs";

/** The credit: an outlet (…融媒, …日报, …电视台, …新闻网), a reporter's word maybe, a name, 摄/供图, in brackets
 *  right after a sentence's end. */
const GLUED_CREDIT_RE =
  /(?<=[。！？])\s*[（(][^\s（）()，。！？：:]{2,10}?(?:融媒(?:体中心)?|日报|晚报|新闻网?|电视台|传媒|报社?|社|台)\s*(?:(?:记者|通讯员|摄影)\s*)?[^\s（）()拍航录，。！？]{2,4}\s*(?:摄|供图)[)）]\s*$/u;
/** Text before the credit long enough to be a speech's sentence, and opening as no caption does. */
const SENTENCE_MIN = 30;
const CAPTION_START_RE = /^(?:[【[［]\s*(?:图片|图|视频)|图为|图片|资料图|[▲△]|\d{1,2}月\d{1,2}日)/;

/** The credit to cut from a speech's sentence, or null when the line is a caption (short, or opening as one). */
export function gluedCreditOf(text: string): string | null {
  // Every credit ends the line with a bracket and holds 摄 or 供图: most lines are spared the lookbehind's scan.
  const end = text.trimEnd().slice(-1);
  if ((end !== ")" && end !== "）") || !(text.includes("摄") || text.includes("供图"))) return null;
  const m = GLUED_CREDIT_RE.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).trim();
  if (before.length < SENTENCE_MIN || CAPTION_START_RE.test(before)) return null;
  return m[0];
}

export const GLUED_CREDIT = "图片说明";

/** A picture's caption a one-line or flattened page set inside a sentence, in brackets with its photographer
 *  (…私自改装灶具；（会议现场　摄影：汪磊）瓶装气…): the scene in a few words (no clause), a credit's
 *  label and a name or two, and the sentence running on after it. A speech's own credit has no scene before it: an
 *  award list's （摄影：王强） after a work's 《title》, who takes the pictures (宣传组（摄影：刘洋）), a form's
 *  （摄影：姓名）; at a line's end the line rules and gluedCreditOf judge the credit. */
export const INLINE_CAPTION_RE = needs(
  ["摄影", "摄像", "供图", "图片来源", "图源"],
  /(?<=[^\s》])\s*[（(](?:图为)?(?:(?!摄影|摄像|供图|图片|图源)[\u4e00-\u9fff]){2,12}\s*(?:摄影|摄像|供图|图片来源|图源)\s*[：:]\s*(?!姓名)[\u4e00-\u9fff·×]{2,4}(?:[、\s]+[\u4e00-\u9fff·×]{2,4}){0,2}\s*[）)](?=\s*[\u4e00-\u9fff“])/g,
);
