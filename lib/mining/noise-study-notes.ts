// A reader's notes set into a speech he is studying (a 学习笔记 shared on a blog): boxes drawn round his key points
// (┌──… 【划重点】 … └──…), and his own paragraphs under a label (【我的体会】, 学习心得). A speech draws no boxes and
// does not label its paragraphs as somebody's impressions. The same for a poster's tips under a draft she shares.

const BOX_TOP_RE = /^[┌╔┏╭]/;
const BOX_BOTTOM_RE = /^[└╚┗╰]/;
const BOX_LINES = 15;
/** The label over a reader's own paragraphs. */
const NOTE_LABEL_RE =
  /^[【[]?(?:我的|学习|个人|读后)?(?:体会|感悟|心得|思考|收获|笔记)(?:体会)?[】\]]?[：:]?$|^[【[](?:划重点|重点摘录|读书笔记|学习笔记)[】\]]$/;

/** A poster's advice under the text she shares: ✨ 写材料小tips：, 小贴士：, 写作技巧：. */
const TIPS_LABEL_RE = /^.{0,12}(?:tips|小贴士|小技巧|写作技巧|干货分享)\s*[：:]?$/i;

/** Marks boxes drawn round notes, and each labelled note or tip: the label and the lines under it up to a blank
 *  line. */
export function markStudyNotes(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (BOX_TOP_RE.test(t)) {
      const end = texts.findIndex((u, k) => k > i && BOX_BOTTOM_RE.test(u.trim()));
      if (end < 0 || end - i > BOX_LINES) continue;
      for (let k = i; k <= end; k++) if (texts[k]!.trim()) verdict[k] ??= "学习笔记（摘录框）";
      i = end;
    } else if (NOTE_LABEL_RE.test(t.replace(/\s+/g, "")) || TIPS_LABEL_RE.test(t)) {
      const reason = TIPS_LABEL_RE.test(t) ? "作者附言" : "学习笔记（个人体会）";
      verdict[i] ??= reason;
      for (let k = i + 1; k < texts.length && texts[k]!.trim(); k++) verdict[k] ??= reason;
    }
  }
}
