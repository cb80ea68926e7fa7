// Lines a page's widgets print among the text: a reaction bar under an article, a site's menu bar, search box and
// user bar, a document site's star rating, a sponsor's link under its label, an editor's note that the text was written
// up from a recording, an e-book reader's chapter line marked as a free sample. Each says by its shape that it is the
// page's, not the speaker's; judged before titles and headings are set aside (a rating line may end in a tag like
// …讲话, a chapter line reads as a heading) and whether or not the line seems to carry on a sentence.
import { REASON_SOURCE_NOTE } from "./noise-words";
import { cut, type Ctx } from "./noise-fragments";
import { needs } from "./regex-needs";
export { cutOutletTags, markPortalWidgets } from "./noise-portal-widgets";

const SMS_CHROME = "短信界面文字";

/** A reaction bar's cell: a button's word, a count (the thumb's emoji already cut), a glyph (★ 收藏, ⚑ 举报). */
const BAR_CELL_RE =
  /^[\p{S}\s]*(?:收藏|举报|分享|转发|点赞|赞|踩|顶|评论|回复|打赏|喜欢|有用|没用|有帮助|没帮助)?[\p{S}\s]*(?:[（(]?\d{1,6}[)）]?)?$/u;
const BAR_WORD_RE = /收藏|举报|分享|转发|点赞|赞|踩|评论|回复|打赏|有用|没用|帮助/;
/** The bar's first cell may ask for the vote: 觉得有用？点个赞 36. */
const BAR_APPEAL_RE = /^[^。！，,]{0,10}[？?！!]?\s*(?:点个赞|点赞|赞一个|赞一下|给个赞)[\p{S}\s]*\d{0,6}$/u;
const BAR_CELLS = 3;

/** 觉得有用？点个赞 👍 36 | 👎 2 | ★ 收藏 | ⚑ 举报: cells parted by bars, each a button, a count or the appeal over
 *  them, two with a button's word. A menu's cells (首页 | 要闻 | …) and a table's are words of their own. */
function isReactionBar(t: string): boolean {
  const cells = t.split(/[|｜]/).map((c) => c.trim());
  if (cells.length < BAR_CELLS) return false;
  const cellOk = (c: string, k: number) => BAR_CELL_RE.test(c) || (k === 0 && BAR_APPEAL_RE.test(c));
  return cells.every(cellOk) && cells.filter((c) => BAR_WORD_RE.test(c)).length >= 2;
}

/** 点赞 268　收藏　分享到：微信　朋友圈　QQ空间　微博: an article's bar, its buttons (a count after one) and the places
 *  it shares to after 分享到：, nothing else. A speech's 分享到微信朋友圈 is a verb in a sentence. */
const SHARE_ROW_RE =
  /^(?:(?:点赞|赞|收藏|评论|转发|分享|打印|纠错)\s*(?:[（(]?\d{1,6}[)）]?)?[\s|｜·•]*)*分享到\s*[：:]\s*(?:(?:微信好友|微信|朋友圈|QQ空间|QQ好友|QQ|新浪微博|微博|钉钉|豆瓣|复制链接)[\s|｜·•/]*){2,}$/;

/** ★★★★★ 4.8分（会员评分）｜本文标签：…: a site's star rating of the document, its score a mean (4.8分) or given with
 *  its raters (5分（36人评价）); a speech's own table of stars (★★★ 三星级企业) gives no score in 分. */
const RATING_RE = /^[★☆✩✭]{3,5}\s*(?:\d\.\d\s*分|\d{1,3}\s*分\s*[（(][^（）()]{0,12}(?:评分|评价|打分)[)）])/;

/** —— 赞助链接 ——　办公家具批发…，来电…: an advert under its sponsor's label, the label set off by rules or brackets
 *  (赞助链接 / 推广链接 / 广告链接 says it links out; a bare 推广 may head a speech's own list). */
const SPONSOR_RE =
  /^(?:[—–\-－]{1,3}|[【\[「〔(（▼▲])\s*(?:赞助(?:商)?(?:链接|连结)|(?:广告|推广)(?:链接|连结)|赞助商)\s*(?:[—–\-－]{1,3}|[】\]」〕)）▼▲])\s*\S/;

/** （区教育局办公室根据录音整理，已经本人审阅）, （本文为会议现场录音整理稿…）, （录音整理：镇党政办…）: the editor's note
 *  that the text was written up from a recording, a line of its own in brackets; so is a podcast's note over its 文稿 (（文稿由语音转写生成…；如与音频有出入，以音频为准。）):
 *  a word of transcribing in the bracket (转写, 转录, 文稿, 识别). A speaker's own aside on a clip he shows (（…经过以视频
 *  为准，大家注意看…）) names no transcribing, and speaks to the room (大家). */
const RECORDED_NOTE_RE =
  /^[（(](?:[^（）()]{0,20}(?:(?:根据|据)[^（）()]{0,6}|(?:本文|此文|全文|以下)(?:为|系|是)[^（）()]{0,8})录音(?:整理|记录整理)[^（）()]{0,20}|录音(?:整理|记录)[：:][^（）()]{1,30}|(?![^（）()]*大家)(?=[^（）()]*(?:转写|转录|文稿|识别))[^（）()]{0,30}(?:(?:语音|录音|音频|视频)(?:转写|转录|识别)|以(?:音频|录音|视频|原声)为准)[^（）()]{0,30})[)）]$/;
export const RECORDED_NOTE = "录音整理说明";

/** （本文根据作者在…上的讲话整理，发表时有删节。）, （本文系…同志在…会议上的讲话，刊发时略有删节）: a journal's or a paper's
 *  note under a speech it printed, saying where the text came from or that it was cut, a line of its own in brackets;
 *  a speaker calls his speech no 本文 and cuts nothing 发表时. */
const REPRINT_NOTE_RE =
  /^[（(](?:(?:本文|此文|该文|全文|原文)?(?:根据|据|系|为|是)[^（）()]{2,60}?(?:讲话|发言|报告|致辞)[^（）()]{0,6}整理[^（）()]{0,20}|[^（）()]{2,80}(?:发表|刊发|刊登|刊载|编发)时(?:略)?有(?:删节|删改)[。.]?)[)）]$/;

/** 〔语音转文字 · 4分52秒〕 / [语音转文字 0:52] / 【转文字】: a chat app's label over a voice message it turned into text,
 *  with the message's length; a speech names no converter in a bracket alone on its line. */
const VOICE_LABEL_RE =
  /^[〔【[［(（]\s*(?:语音(?:转文字|转写|识别)|转文字)(?:结果)?\s*(?:[·・•|｜:：—-]?\s*(?:(?:\d{1,2}\s*分\s*)?\d{1,2}\s*秒|\d{1,2}[:：′']\d{2}[″"]?|\d{1,3}\s*[″"]))?\s*[〕】\]］)）]$/;
export const VOICE_LABEL = "语音转文字标签";

/** 第四章　学校篇（试读）: an e-book reader's chapter line marked as a free sample; a speech marks none of its parts so. */
const SAMPLE_CHAPTER_RE = /^第[\d一二三四五六七八九十百]{1,4}[章节篇卷部][^。！？，]{0,20}[（(【\[]试读[)）】\]]/;

/** ★安全运行天数★　集团公司已实现安全生产 1286 天（截至…）, ◆ 安全运行 ◆ 1286 天, 安全生产天数 ▏1286天: an enterprise
 *  site's counter of safe days, its label framed by stars, brackets or a bar, the count and its date, no clause (a
 *  speech says 已连续安全生产1274天。 in a sentence, and lists its figures 【安全运行天数】截至12月31日，…1282天 among
 *  other labels; its 安全日 is a day of the month, no count). */
const SAFE_DAYS_COUNTER_RE =
  /^(?:[★☆◆◇【\[]\s*安全(?:生产|运行|无事故)?天数\s*[★☆◆◇】\]]\s*[^。！？；，,]{0,30}?|[★☆◆◇]\s*安全(?:生产|运行)\s*[★☆◆◇]\s*|安全(?:生产|运行|无事故)?天数\s*[▏|｜]\s*)\d{1,5}\s*天(?:\s*[（(][^（）()。！？]{0,20}[)）])?$/;

/** 首页 | 讲话致辞 | 工作总结 | … | 会员中心: a site's menu bar, its first item the home page, every item a short name;
 *  no sentence of a speech opens with 首页 and a bar. */
const MENU_CELL_RE = /^[^\s。，！？；：:、“”]{2,8}$/;
const MENU_CELLS = 4;
function isMenuBar(t: string): boolean {
  const cells = t.split(/[|｜]/).map((c) => c.trim());
  return /^(?:网站)?首页$/.test(cells[0]!) && cells.length >= MENU_CELLS && cells.every((c) => MENU_CELL_RE.test(c));
}

/** 搜一搜：输入材料标题或关键词，例如“…”　[ 搜 索 ]: a search box, its prompt and its button. */
const SEARCH_BOX_RE = /(?:输入|关键[词字])[^。！？]{0,40}[[【]\s*(?:搜\s*索|搜一搜|查\s*询)\s*[\]】]$/;

/** 请输入关键词搜索本站内容 / 输入关键字 / 请输入搜索内容…: a search box's placeholder alone, copied with the header
 *  (no stop, no object beyond the search: a speech's sentence on a system's use tells what to type and ends). */
const SEARCH_PLACEHOLDER_RE =
  /^(?:请|请您)?输入(?:(?:您|你)?要(?:搜索|查询|查找)的(?:内容|关键[词字]|信息)|关键[词字]|搜索(?:词|内容|关键[词字])|检索词|查询内容|(?:标题|文章标题)或关键[词字])(?:(?:进行)?(?:搜索|查询|检索|查找)(?:本站|全站|站内)?(?:内容|信息|文章)?)?[.…]{0,6}\s*(?:[[【]?\s*(?:搜\s*索|查\s*询|检\s*索|🔍)\s*[\]】]?)?$/u;

/** 欢迎您，安全环保部××|待办事项（5）|修改密码|安全退出 / 当前用户：××　[修改密码] [退出]: an office system's user bar,
 *  the signed-in user and the account's buttons. */
const USER_BAR_RE =
  /^(?:欢迎(?:您|你)|当前用户|登录用户)[^。！？]{0,60}(?:修改密码|安全退出|退出登录|退出系统|注销|[[【]退出[\]】])/;

/** 沅北化工的微博视频: a 微博 post's video card, the account's name before it. */
const MICROBLOG_VIDEO_RE = /^[^\s，。！？、：:]{2,20}的微博视频$/;

/** 文字｜安环部　　图片｜小吴　　编辑｜刘颖: an account's credits under its article, two roles or more each with its
 *  name after a bar (with a colon they are noise-line-rules.ts's source labels). */
const CREDIT_ROLE =
  "(?:文字|文稿|文案|撰稿|采写|供稿|图片|图|摄影|配图|视频|剪辑|设计|美编|编辑|责编|排版|校对|审核|审校|初审|复审|终审|监制|出品|统筹|策划)";
const CREDITS_ROW_RE = new RegExp(`^(?:${CREDIT_ROLE}\\s*[｜|丨]\\s*[^\\s｜|丨]{1,16}\\s*){2,}$`);
/** 来源｜江汀区融媒体中心: the account's source credit in the same bar, alone on its line (one name, no clause); a
 *  speech names a source inside its sentence (隐患来源｜…, 来源于…), not as a label opening a line with a bar. */
const SOURCE_CREDIT_RE =
  /^(?:来源|稿源|文章来源|信息来源|出处|转自|转载自)\s*[｜|丨]\s*[^\s｜|丨。！？，,；;：:]{2,24}$/;

/** A phone's 信息 app around a copied text message: its input box (短信/彩信, iMessage/信息) and a bulk message's
 *  opt-out (【石桥镇…】拒收请回复R, 回T退订, 退订回N), the line nothing but the opt-out and its sender's tag: a speech may
 *  teach its hearers to reply T (不想接收的营销短信，直接回复T退订), in a sentence of its own. */
const SMS_INPUT_RE = /^(?:短信|彩信|iMessage|信息)(?:\s*[/／]\s*(?:短信|彩信|iMessage|信息))+$/i;
export const OPT_OUT = String.raw`(?:(?:拒收请?回复|退订请?回复?)\s*[A-Za-z]{1,2}|回复?\s*[A-Za-z0-9]{1,2}\s*(?:退订|拒收)|退订回\s*[A-Za-z]{1,2})`;
const SENDER_TAG = String.raw`【[^【】]{2,20}】`;
const SMS_OPT_OUT_RE = new RegExp(String.raw`^(?:${SENDER_TAG}\s*)?${OPT_OUT}(?:\s*${SENDER_TAG})?$`);
/** …。【柳湾村委会】拒收请回复R: the opt-out glued to the message's last sentence, cut off it (the sentence is the
 *  speech's). */
const OPT_OUT_TAIL_RE = needs(["退订", "拒收"], new RegExp(String.raw`(?<=[。！？!?”])\s*${SENDER_TAG}\s*${OPT_OUT}$`));

/** 转发自 柘阳县应急局(10657309512): the header a phone prints over each message it forwards, the sender and its
 *  number; no sentence of a speech has that shape. The forwarded parts flow on across it (noise-breaks.ts). */
export const FORWARD_HEADER_RE = /^转发自\s*[:：]?\s*[^\s，。；：:（()）]{2,20}\s*[（(]\+?\d[\d\s-]{4,19}[)）]$/;
export const SMS_FORWARD = "短信转发抬头";

/** Cuts a bulk message's opt-out from the end of the sentence it is glued to. */
export const cutOptOutTail = (text: string, lineNo: number, ctx: Ctx): string =>
  cut(text, OPT_OUT_TAIL_RE, SMS_CHROME, lineNo, ctx);

/** The reason a line is a widget's, or null (`afterColon`: the speaker announces the line, 分工如下：). */
export function widgetLineReason(t: string, afterColon = false): string | null {
  const n = t.length;
  if (n <= 80 && isReactionBar(t)) return "网站互动提示";
  if (n <= 80 && SHARE_ROW_RE.test(t)) return "论坛界面文字"; // a row of buttons, as BUTTON_ROW_RE reads one
  if (n <= 100 && (isMenuBar(t) || SEARCH_BOX_RE.test(t) || USER_BAR_RE.test(t))) return "网站页眉页脚";
  if (n <= 30 && SEARCH_PLACEHOLDER_RE.test(t)) return "网站页眉页脚";
  if (n <= 120 && RATING_RE.test(t)) return "网页标签信息";
  if (n <= 80 && SAFE_DAYS_COUNTER_RE.test(t)) return "网站页眉页脚";
  if (n <= 80 && SPONSOR_RE.test(t)) return "广告";
  if (n <= 60 && RECORDED_NOTE_RE.test(t)) return RECORDED_NOTE;
  if (n <= 100 && REPRINT_NOTE_RE.test(t)) return "编者注";
  if (n <= 40 && SAMPLE_CHAPTER_RE.test(t)) return "阅读器标记";
  if (n <= 30 && VOICE_LABEL_RE.test(t)) return VOICE_LABEL;
  if (n <= 30 && MICROBLOG_VIDEO_RE.test(t)) return "视频卡片";
  if (n <= 80 && !afterColon && (CREDITS_ROW_RE.test(t) || SOURCE_CREDIT_RE.test(t))) return REASON_SOURCE_NOTE;
  if (n <= 12 && SMS_INPUT_RE.test(t)) return SMS_CHROME;
  if (n <= 40 && SMS_OPT_OUT_RE.test(t)) return SMS_CHROME;
  if (n <= 40 && FORWARD_HEADER_RE.test(t)) return SMS_FORWARD;
  return null;
}
