// Lines judged by their emoji, read as they came: the emoji are cut from a line before the page rules see it, and the
// words left would stand bare. A download box drawn with emoji arrows (noise-download-boxes.ts), and a 写材料 account's
// tip box set between a model speech's sections (✍ 写作要点：讲形势要有“一正一反”…, 💡 写作提示：…): the account's
// advice on writing such a text, never the speaker's words; its glyph and its label say whose it is.
import { emojiBoxReason } from "./noise-download-boxes";

/** A pen, a memo or a bulb, then a label on writing and its colon. */
const TIP_BOX_RE =
  /^[✍✎✏✐📝🖊🖋💡📌]\uFE0F?\s*[【[]?(?:写作|写法|行文|笔者|小编|编者)?(?:要点|提示|点评|解析|技巧|心得|贴士)[】\]]?\s*[：:]/u;
const TIP_BOX_MAX = 300;
export const WRITING_TIP = "范文写作提示";

export const emojiLineReason = (t: string): string | null =>
  emojiBoxReason(t) ?? (t.length <= TIP_BOX_MAX && TIP_BOX_RE.test(t) ? WRITING_TIP : null);
