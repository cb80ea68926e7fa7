// The lines that frame a speech under its title: salutations (同志们：, 各位校长、各位老师：), the date line and the
// speaker line (县长 王某某, 罗清宇 2024年3月16日). Re-exported by outline-patterns.ts, where the text stages look.
// 尊敬的各位领导： / 各位领导、同志们：. (各位校长、各位老师： is one only in a speech's header: isHeaderSalutation.)
const SALUTE_BODY =
  "(?:尊敬的[^，。：:！!\\n]{1,30}?[，、,])?(?:(?:尊敬的)?(?:各位|全体|亲爱的)?(?:同志们|领导|来宾|代表|同事们|朋友们|女士们|先生们|老师们|同学们|企业家们|职工们)[、，,]?){1,5}";
const SALUTE_RE = new RegExp(`^${SALUTE_BODY}[：:！!]?$`);
const SALUTE_PREFIX_RE = new RegExp(`^${SALUTE_BODY}[：:]`);

export const isSalutation = (t: string): boolean => t.length <= 60 && SALUTE_RE.test(t);

/** Under a title, also an address to the people of the room by their posts (各位校长、各位老师：, 全体家长：):
 *  in the body such a line opens a part of the speech, or a sentence (各位校长，你们…), and is left to it. */
const PEOPLE =
  "(?:同志|干部|职工|员工|代表|老师|教师|校长|家长|嘉宾|来宾|负责人|朋友|同学|学员|学生|师生|领导|委员|专家|企业家|群众|村民|居民|乡亲|党员|教职工|工友|同仁|同事|兄弟|姐妹|矿工|司机|[\\u4e00-\\u9fff]{0,4}(?:人员|员))们?";
const HEADER_SALUTE_RE = new RegExp(
  `^(?:尊敬的)?(?:各位|全体|亲爱的)[\\u4e00-\\u9fff]{0,6}?${PEOPLE}(?:[、，,和及](?:各位|全体)?[\\u4e00-\\u9fff]{0,6}?${PEOPLE}){0,5}[：:]$`,
);
/** 乡亲们： / 工友们： / 同志们、乡亲们：: the room addressed by a plural alone (in the body, 乡亲们！ opens a part). */
const PLURAL_SALUTE_RE = /^(?:[\u4e00-\u9fff]{2,6}[、，,])?(?:乡亲|工友|师傅|同仁|员工|兄弟姐妹)们[：:]$/;
export const isHeaderSalutation = (t: string): boolean =>
  isSalutation(t) || (t.length <= 40 && (HEADER_SALUTE_RE.test(t) || PLURAL_SALUTE_RE.test(t)));

/** 同志们：今天… → ["同志们：", "今天…"]; null when the paragraph does not open with a salutation. */
export function splitRunInSalutation(t: string): [string, string] | null {
  const m = SALUTE_PREFIX_RE.exec(t.slice(0, 80));
  if (!m) return null;
  const rest = t.slice(m[0].length).trim();
  return rest ? [m[0], rest] : null;
}

const DATE_CORE =
  "(?:\\d{4}|[〇○零一二三四五六七八九]{4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,3}|[×xX＊*]{1,2})月(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3}|[×xX＊*]{1,2})日)?";
const DATE_RE = new RegExp(`^[（(]?(${DATE_CORE})[）)]?$`);
const ISO_DATE_RE = /^[（(]?(\d{4}[-./]\d{1,2}[-./]\d{1,2})[）)]?$/;
const SPEAKER_DATE_RE = new RegExp(`^([\\u4e00-\\u9fff·、×xX＊*]{2,24}?)[（(]?(${DATE_CORE})[）)]?$`);

/** The date as written, when the whole line is a date. */
export function dateOfLine(line: string): string | null {
  if (line.length > 40) return null;
  const t = line.replace(/\s+/g, "");
  const m = DATE_RE.exec(t) ?? ISO_DATE_RE.exec(t);
  return m ? m[1]! : null;
}

const POST =
  "(?:书记|市长|县长|区长|州长|省长|主任|局长|厅长|部长|镇长|乡长|主席|总经理|董事长|经理|委员|常委|秘书长|校长|院长|厂长|矿长|所长|队长|处长|科长|站长|班长|组长)";
const NAME = "(?:[\\u4e00-\\u9fff·]{2,4}|[\\u4e00-\\u9fff]?[×＊*Xx某]{2,3})(?:同志)?$";
const SPEAKER_RE = new RegExp(`^(?:[—–－-]{1,2})?(?:[\\u4e00-\\u9fff、×＊*Xx]{0,14}${POST})?${NAME}`);
/** 县委常委、县人民政府副县长，县安委会副主任 ×××: several posts, each ending in its title, then the name; a post
 *  before the last may be a membership (省住建厅党组成员、副厅长 ×××), and the line may be short. */
const POSTS_SPEAKER_RE = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{0,18}(?:${POST}|党组成员)[、，]){1,3}[\\u4e00-\\u9fff]{0,18}${POST}${NAME}`,
);

/** （区政府副区长 ×××）: a speaker line in brackets, the name set off by a space or written as a placeholder (×××,
 *  王某某): （县长讲话摘要）, （在县委常委会上） name no one. Only short lines are tried. */
const BRACKETED_SPEAKER_RE = new RegExp(
  `^[（(]([^（）()]{0,30}${POST}(?:\\s+[\\u4e00-\\u9fff·]{2,4}|\\s*[\\u4e00-\\u9fff]?[×＊*Xx某]{2,3})(?:同志)?)[）)]$`,
);
const unbracketed = (line: string): string => {
  const t = line.trim();
  return t.length <= 50 ? t.replace(BRACKETED_SPEAKER_RE, "$1") : t;
};

/** The speaker as a header gives it: without the dash before it or the brackets around it. */
export const speakerOfLine = (line: string): string =>
  unbracketed(line)
    .replace(/^[—–－-]+/, "")
    .trim();

export function isSpeakerLine(line: string): boolean {
  const t = unbracketed(line).replace(/\s+/g, "");
  if (t.length > 20) return t.length <= 48 && POSTS_SPEAKER_RE.test(t);
  return (
    t.length >= 2 &&
    (SPEAKER_RE.test(t) || POSTS_SPEAKER_RE.test(t)) &&
    !isSalutation(t) &&
    !/^(?:谢谢|同志们)/.test(t) &&
    !(NOT_A_NAME_RE.test(t) && !POST_RE.test(t))
  );
}

const POST_RE = new RegExp(POST);
/** Two to four characters alone pass for a name; opening with these words (a photo's 会议现场, 图片新闻, a player's 听全文)
 *  they name no one. None is a common surname: 高会议, 王正文 and 全文华 stay names. */
const NOT_A_NAME_RE = /^(?:会议|现场|图片|照片|视频|新闻|活动|摄影|讲话|附件|来源|记者|编辑|听|看|查看|阅读|点击)/;

/** A speaker line with a post (县长 王某某): two to four characters alone may be a name, as well a menu's label. */
export const isPostedSpeakerLine = (t: string): boolean => isSpeakerLine(t) && t.length > 4;

/** 县长李明 / 第一部分 after the bar of a post's caption (…上的讲话｜县长李明 #防汛): the title's speaker, by his post,
 *  or its part, which the title keeps. */
const BAR_PART_RE = /^(?:第[一二三四五六七八九十\d]{1,3}(?:部分|集|节|讲)|[上中下]篇?)$/;
/** 县长李明: a speaker named with his post, however short. */
const namesPosted = (t: string) => POST_RE.test(t) && isSpeakerLine(t);
export const isTitleBarTail = (t: string): boolean => t.length <= 12 && (BAR_PART_RE.test(t) || namesPosted(t));

/** 【市委常委、常务副市长周宏远讲话】 / 【县长林海同志讲话】 / 【县委书记张明作总结讲话】: a speech named by its speaker's
 *  post and name in brackets, as a live text heads each speech (unbracketed, 4. 市长×××讲话 is an agenda's item). The
 *  speaker's line, or null. */
const SPEAKER_TALK_RE = /^【([^【】]{4,30}?)(?:同志)?(?:作|的)?(?:重要|总结)?(?:讲话|致辞)】$/;
export function speakerTalkName(t: string): string | null {
  const m = SPEAKER_TALK_RE.exec(t);
  return m && (isPostedSpeakerLine(m[1]!) || namesPosted(m[1]!)) ? m[1]! : null;
}

/** What only a speech's own header holds: its salutation, its date, its speaker with a post. */
export const isSpeechFurniture = (t: string): boolean =>
  isSalutation(t) || !!dateOfLine(t) || !!speakerAndDate(t) || isPostedSpeakerLine(t);

/** 罗清宇 2024年3月16日 on one line → [speaker, date]. */
export function speakerAndDate(t: string): [string, string] | null {
  if (t.length > 40) return null;
  const m = SPEAKER_DATE_RE.exec(t.replace(/\s+/g, ""));
  return m && isSpeakerLine(m[1]!) ? [m[1]!, m[2]!] : null;
}

/** 在全县…上的讲话 县长 ××× 2025年3月4日: a title typed on one line with its speaker (by a post) and date (the spaces
 *  between are gone once the line is normalised); the title, speaker and date, or null for any other line. */
export function titleWithByline(line: string): { title: string; speaker: string; date: string } | null {
  const t = line.trim();
  // The title's last genre word ends it: an earlier one is the title's own (报告会上的讲话, 讲话精神座谈会).
  const last = [...t.matchAll(/讲话|发言|致辞|主持词|报告/g)].at(-1);
  if (!last) return null;
  const end = last.index + last[0].length;
  const byline = end >= 6 ? speakerAndDate(t.slice(end).trim()) : null;
  // The speaker by a post (县长 ×××), and none of the title's words before it (…讲话稿 县长, …讲话要点 县长).
  if (!byline || !POST_RE.test(byline[0]) || /稿|要点|提纲|精神|会上|会议|座谈/.test(byline[0].replace(POST_RE, "")))
    return null;
  return { title: t.slice(0, end), speaker: byline[0], date: byline[1] };
}
