// Lines judged by their emoji, read as they came: the emoji are cut from a line before the page rules see it, and the
// words left would stand bare. A download box drawn with emoji arrows (noise-download-boxes.ts), and a 写材料 account's
// tip box set between a model speech's sections (✍ 写作要点：讲形势要有“一正一反”…, 💡 写作提示：…): the account's
// advice on writing such a text, never the speaker's words; its glyph and its label say whose it is. A live room's
// notices and a reaction's count (🎁 … 送出 … ×1, 👍1千: noise-live-pages.ts) are read here too.
import { emojiBoxReason } from "./noise-download-boxes";
import { liveLineReason } from "./noise-live-pages";
import { hasPictograph } from "./pictographs";

/** A pen, a memo, a bulb or a pointing hand, then a label on writing the text and its colon (✍ 写作要点：, 👉 写作提示：,
 *  ✒️ 范文点评：, 💡 写法：, a note app's 💡写作小tips：). A bare 提示：/要点：/心得： under a glyph (or 安全小tips：) is a
 *  speaker's own point, as a self-media page reprints a talk with its points marked (💡提示：高处作业一律…; ✏️心得：干了
 *  二十多年检修…). */
const TIP_BOX_RE =
  /^[✍✎✏✐✒📝🖊🖋🖍💡📌👉]\uFE0F?\s*[【[]?(?:(?:写作|行文|范文|笔者|小编|编者)小?(?:要点|提示|点评|解析|技巧|心得|贴士|思路|指导|指南|说明|tips)|写法(?:要点|提示|点评|解析|技巧)?)[】\]]?\s*[：:]/iu;
/** The same label in a box's brackets, with no glyph (【写作要点】结尾两三句收住即可): a speech heads nothing so. */
const TIP_LABEL_RE =
  /^【(?:(?:写作|行文|范文)(?:要点|提示|点评|解析|技巧|贴士|思路|指导|指南|说明)|写法(?:要点|提示|点评|解析|技巧)?)】\s*[：:]?\s*\S/;
const TIP_BOX_MAX = 300;
export const WRITING_TIP = "范文写作提示";

// (A download box is drawn with pictographs: only a line that may hold one is read for it, the box's own test
// scanning for them far more slowly than hasPictograph's first look.)
export const emojiLineReason = (t: string): string | null =>
  (hasPictograph(t) ? emojiBoxReason(t) : null) ??
  liveLineReason(t) ??
  (t.length <= TIP_BOX_MAX && (TIP_BOX_RE.test(t) || TIP_LABEL_RE.test(t)) ? WRITING_TIP : null);
