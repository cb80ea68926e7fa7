// What a government portal or a news app prints around a leader's speech that the other rules let through: the font
// switch under the headline (字体：【大】【中】【小】｜打印本页), the QR code's line (手机扫码阅读本页), the site's answering
// robot at the page's foot (智能问答 / 您好！我是…智能客服… / 热门问题：…？), a news item's byline (记者 张三　通讯员 李四)
// and its photo's caption ending in the photographer's credit (…作出部署。（记者 张三 摄）), and a column's label
// printed again over the page's next speech (【领导讲话】). Each says by its shape or its repetition that it is the
// page's. Judged after the learned model (noise.ts), on the lines it kept, so the model's training is untouched.
import { cut, type Ctx } from "./noise-fragments";
import { isSalutation } from "./speech-frame-lines";

const FOOTER = "网站页眉页脚";
const WIDGET = "网站互动提示";
const CAPTION = "图片说明";
const BYLINE = "来源作者信息";

/** 字体：【大】【中】【小】, 【字号：大 中 小】, 字号：放大 默认 缩小: the label and two sizes or more; what follows
 *  (｜打印本页｜关闭) holds no sentence. No speech prints its type sizes. */
const FONT_SWITCH_RE =
  /^[【[]?(?:字体|字号)\s*[：:]?\s*(?:[【[]?\s*(?:特大|超大|大|中|小|放大|默认|缩小|标准|A\+|A-)\s*[】\]]?\s*){2,}[】\]]?/;
const isFontSwitch = (t: string) => {
  const m = FONT_SWITCH_RE.exec(t);
  return !!m && t.length <= 60 && !/[。！？；，、]/.test(t.slice(m[0].length));
};

/** 手机扫码阅读本页, 扫一扫在手机上阅读本文, 用手机扫描二维码打开当前页: the QR code's caption, naming the page. */
const QR_READ_RE =
  /^(?:请?用)?(?:手机|微信)?\s*(?:扫码|扫一扫|扫描(?:上方|下方)?(?:二维码)?)\s*(?:在手机上?)?(?:阅读|打开|浏览|查看|分享)(?:本页面?|本文|当前页面?|此页|此文)$/;

/** 扫码查看一图读懂：…, 扫描二维码观看视频解读: the caption under a QR code that links the page's graphic or video about
 *  the topic, perhaps naming it after a colon; a caption, no sentence (a speech's 扫码查看一图读懂，…。 runs on). */
const QR_VIEW_RE =
  /^(?:请?用)?(?:手机|微信)?\s*(?:扫码|扫一扫|扫描(?:上方|下方|左侧|右侧)?二维码)\s*(?:即可)?(?:查看|阅读|观看|浏览|收看)\s*(?:一图读懂|图解|长图|视频|动画|H5|政策解读)[^。！？；，,]{0,40}$/;

/** The answering robot's box: its title alone on a line, its greeting (您好！我是…智能客服“小溪”，可以为您解答…),
 *  the questions it offers (热门问题：…？ / 猜你想问：…？). A speech quoting a caller (您好，我是××银行客服) names no
 *  robot and offers no help to the reader. */
const BOT_TITLE_RE =
  /^(?:智能问答|智能客服|智能咨询|智能助手|智能问答(?:机器人|助手)|政务(?:智能)?机器人|在线智能客服)$/;
const BOT_GREETING_RE =
  /^(?:您好|你好)[！!，,。]?\s*我是[^。！？]{0,40}(?:智能客服|智能助手|智能问答|机器人|小助手)[^。！？]{0,40}(?:可以为您|为您解答|有什么可以帮|请输入|输入问题)[^。！？]{0,40}[。！？!?]?(?:(?:请|您可以)[^。！？]{0,30}[。！？!?]?)?$/;
const BOT_QUESTION_RE = /^(?:热门问题|猜你想问|大家都在问|您可能想问|常见问题|热点问题)[：:]\s*[^。！\n]{2,40}[？?]$/;

/** 记者 张三　通讯员 李四 王五: a news item's byline, roles and names and nothing else (the spaces between Chinese
 *  words may be gone by now); a name set off by a space, or a second role. Words that join or gather (记者朋友们,
 *  记者站和通讯员队伍) are no names. */
const ROLE = "(?:本报|本台|融媒|全媒体|见习)?(?:记者|通讯员|实习生|摄影|摄像)";
const NAME = "[\\u4e00-\\u9fff]{2,4}";
const BYLINE_RE = new RegExp(`^(?:${ROLE}\\s*${NAME}(?:[\\s、，,]*${NAME}){0,3}\\s*){1,4}$`);
const isByline = (t: string) =>
  t.length <= 40 &&
  BYLINE_RE.test(t) &&
  !/[们的和与及队站部组]/.test(t.replace(new RegExp(ROLE, "g"), "")) &&
  ((t.match(new RegExp(ROLE, "g"))?.length ?? 0) >= 2 || new RegExp(`^${ROLE}\\s`).test(t));

/** …会议室召开，县长…作出全面部署。（记者 张三 摄）: a caption, a sentence or two that end in the photographer's
 *  credit in brackets, a reporter's or a photographer's word in it; a speech credits no photographer. */
const CREDITED_CAPTION_RE = new RegExp(
  `[。！？][（(]\\s*(?:[^\\s（）()，。]{2,12}\\s*)?(?:记者|通讯员|摄影)\\s*${NAME}(?:[\\s、]+${NAME}){0,2}\\s*摄\\s*[)）]$`,
);
const isCreditedCaption = (t: string) =>
  t.length <= 150 && CREDITED_CAPTION_RE.test(t) && (t.match(/[。！？]/g)?.length ?? 0) <= 2;

/** 图为会议现场。2月26日上午，青石镇召开…会议，…共120余人参加。: a picture's caption with the news item's lead
 *  under it, the meeting told in the third person (召开, 参加); the speaker does not report his own meeting. */
const PHOTO_LEAD_RE =
  /^(?:[▲△]\s*)?(?:图为|图片为)[^。！？]{2,30}。\s*\d{1,2}月\d{1,2}日[^。！？]{0,80}(?:召开|举行|举办)[^。！？]{0,80}(?:参加|出席)[^。！？]{0,20}。$/;

/** 政府信息公开指南 / 依申请公开须知 / 网站声明: the title of a box a portal prints at its foot, about the portal and its
 *  disclosure service, alone on its line; its items (一、主动公开：… 二、依申请公开：…) follow it. */
const GUIDE_TITLE_RE =
  /^(?:政府)?信息公开(?:指南|须知|说明|制度)$|^依申请公开(?:指南|须知|流程|说明)$|^(?:网站|免责|版权)声明$/;
/** The most lines a box holds under its title, and the longest of them. */
const GUIDE_LINES = 8;
const GUIDE_LINE_CHARS = 100;

/** 【领导讲话】: a column's label alone in brackets. */
const LABEL_RE = /^[【[][^【】[\]，。！？：:；]{2,8}[】\]]$/;

/** Marks the portal's widgets among the lines the rules and the model kept; returns the verdicts. A byline and a
 *  photo's caption are the news item's only in its head, before the speech opens (its salutation or its first 一、
 *  point): in the speech the same shapes are its own (an award list read out, a picture the speaker describes). The
 *  robot's greeting goes only inside its box (its title above or its questions below); alone it is a quote. */
export function markPortalWidgets(texts: string[], verdict: (string | null)[]): (string | null)[] {
  const kept = (i: number) => !verdict[i] && !!texts[i]!.trim();
  const opens = texts.findIndex((t) => isSalutation(t.trim()) || /^[一二三四五六七八九十]{1,3}、/.test(t.trim()));
  const inHead = (i: number) => opens < 0 || i < opens;
  for (let i = 0; i < texts.length; i++) {
    if (!kept(i)) continue;
    const t = texts[i]!.trim();
    if (isFontSwitch(t) || QR_READ_RE.test(t) || QR_VIEW_RE.test(t)) verdict[i] = FOOTER;
    else if (inHead(i) && isByline(t)) verdict[i] = BYLINE;
    else if (inHead(i) && (isCreditedCaption(t) || PHOTO_LEAD_RE.test(t))) verdict[i] = CAPTION;
    else if (BOT_TITLE_RE.test(t) && BOT_GREETING_RE.test(nextText(texts, i))) markBotBox(texts, verdict, i);
    else if (BOT_GREETING_RE.test(t) && BOT_QUESTION_RE.test(nextText(texts, i))) markBotBox(texts, verdict, i);
    else if (GUIDE_TITLE_RE.test(t)) markGuideBox(texts, verdict, i);
  }
  markRepeatedLabels(texts, verdict);
  return verdict;
}

/** The next non-blank line's text after line i ("" when none). */
function nextText(texts: string[], i: number): string {
  for (let j = i + 1; j < texts.length; j++) if (texts[j]!.trim()) return texts[j]!.trim();
  return "";
}

/** The box from line i: its title or greeting, the greeting, then the questions it offers. */
function markBotBox(texts: string[], verdict: (string | null)[], i: number): void {
  verdict[i] = WIDGET;
  for (let j = i + 1; j < texts.length; j++) {
    const t = texts[j]!.trim();
    if (!t) continue;
    if (!(BOT_GREETING_RE.test(t) || BOT_QUESTION_RE.test(t))) return;
    verdict[j] ??= WIDGET;
  }
}

/** The portal's guide box from its title at line i: the title and the lines under it up to a blank or a removed
 *  line. Only among the page's chrome, a removed line the next above it and below it (the related links above, the
 *  footer below): a speech's own 政府信息公开指南, a section of a talk on 政务公开, has the speech's text around it. */
function markGuideBox(texts: string[], verdict: (string | null)[], i: number): void {
  const above = texts.findLastIndex((t, k) => k < i && t.trim());
  if (above < 0 || !verdict[above]) return;
  let end = i + 1;
  while (end < texts.length && texts[end]!.trim() && !verdict[end] && end - i <= GUIDE_LINES) {
    if (texts[end]!.trim().length > GUIDE_LINE_CHARS) return;
    end++;
  }
  const below = texts.findIndex((t, k) => k >= end && t.trim());
  if (end === i + 1 || below < 0 || !verdict[below]) return;
  for (let k = i; k < end; k++) verdict[k] = FOOTER;
}

/** A lone bracketed label kept while the very same line was removed elsewhere on the page (a 专题 page's 【领导讲话】
 *  over each of its speeches), and standing over a title (a line of no sentence): the page's label again. Over a
 *  paragraph it heads the speech's own item (【典型案例】 over a case) and stays. */
function markRepeatedLabels(texts: string[], verdict: (string | null)[]): void {
  const removed = new Map<string, string>();
  texts.forEach((t, i) => {
    if (verdict[i] && LABEL_RE.test(t.trim())) removed.set(t.trim(), verdict[i]!);
  });
  if (!removed.size) return;
  texts.forEach((t, i) => {
    const next = nextText(texts, i);
    if (!verdict[i] && removed.has(t.trim()) && next.length <= 40 && !/[。！？；，]/.test(next))
      verdict[i] = removed.get(t.trim())!;
  });
}

/** 【澄川融媒】 inside a sentence (…违章操作、【××融媒】属地监管…): a news outlet's tag injected into the text; the
 *  sentence runs on across it, right after a mark of its own (、，；). Right after a word it is the sentence's object
 *  (用好【××发布】公众号, 据【××日报】报道), and in a list of bracketed names (【甲】、【乙】等) an item: both stay. After a colon it may be the speech's own (宣传：【县融媒】负责…); at a line's start it
 *  is a dateline, left to the rules that know one. */
const OUTLET_TAG_RE =
  /(?<=[^】][、，；])【[\u4e00-\u9fff]{2,8}(?:融媒体?|日报|晚报|新闻网?|客户端|发布|电视台|广电)】(?=[\u4e00-\u9fff“])(?![等和与及])/g;

/** Cuts an outlet's tag out of the middle of a sentence. */
export const cutOutletTags = (text: string, lineNo: number, ctx: Ctx): string =>
  text.includes("【") ? cut(text, OUTLET_TAG_RE, "水印", lineNo, ctx) : text;
