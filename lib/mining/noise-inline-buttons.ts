// A site's own words set into a speech's text where its template put them, cut out and the sentence kept whole:
// a 范文 site's download link inside a sentence (…普及用气常识，点击下载完整版Word文档>>教会群众…), a floating side
// bar's buttons (…定期检测，在线咨询 预约挂号 返回顶部5月底前…), a portal's editor credit glued to the last
// sentence when the page lost its breaks (…出行意识。（责任编辑：张三）), a picture's hint left inside the sentence the
// picture stood in (…坠落事故，（点击图片查看大图）8月份…), and a 文库's note that its free preview ends, glued to the
// last words it shows (…形势持续……试读已结束，剩余内容需付费), and a phone page's fold button left where the page folded
// the text, mid-sentence (…前面做的工作...展开全文 ∨全部归零).
// A speaker may ask his audience to download an app or a file, but never writes the link's arrows after it, and never
// credits the page's editor.
import { cut, type Ctx } from "./noise-fragments";
import { needs } from "./regex-needs";
import { cutGluedPreviewEnd } from "./noise-preview-ends";
import { REASON_EXPANDER } from "./noise-line-patterns";

/** 点击下载完整版Word文档>>, 下载全文→, 免费下载本文Word版»: a download's words, then a link's arrows. */
const DOWNLOAD_LINK_RE = needs(
  ["下载"],
  /(?:点击|点此|立即|免费)?下载(?:本文|全文|此文|本篇|完整版?|的|原文|讲话稿|范文|Word|WORD|word|PDF|pdf|DOCX?|docx?|文档|文件|版){1,6}\s*(?:>{2,3}|＞{2,3}|》》|»{1,2}|→{1,2})/g,
);
/** What a download link offers: the page's document, not a speech's app or form. */
const DOWNLOAD_WORD_RE = /完整|全文|本文|此文|本篇|原文|讲话稿|范文|Word|WORD|word|PDF|pdf|DOC|doc|文档/;
/** A step of the speaker's own procedure (“登录账号→点击下载文档→填写自查表”): inside a quotation or a chain of arrows. */
const inOwnSteps = (text: string, at: number, end: number): boolean =>
  (text.slice(0, at).match(/“/g) ?? []).length > (text.slice(0, at).match(/”/g) ?? []).length ||
  /[→>＞]\s*$/.test(text.slice(0, at)) ||
  /^\s*[\u4e00-\u9fff]{1,12}→/.test(text.slice(end));

/** （责任编辑：张三）, 【编辑：李四　审核：王五】 right after a sentence's end, ending the line: the page's credit line. A
 *  name is a person's: one ending in an office's word (县安委办, 市应急局) is the speaker's own note of who reviews. */
const EDITOR_CREDIT_RE = needs(
  ["编辑", "责编", "审", "校对"], // 审: 审核, 初审, 复审, 终审
  /(?<=[。！？”’」])\s*[（(【[](?:\s*(?:责任编辑|责编|编辑|审核|校对|初审|复审|终审|值班编辑)\s*[：:]\s*[\u4e00-\u9fff·]{2,4}(?<![办局委站厅部处科室院所会组队])[\s，,、；;]*)+[）)】\]]\s*$/g,
);

/** A floating side bar's buttons copied into a sentence where the bar floated over it (在线咨询 预约挂号 返回顶部, its
 *  spaces lost to normalising, or parted by bars: 在线咨询|预约挂号|返回顶部): a run of a site's button words holding a
 *  scroll-to-top button and two other buttons at least. 返回顶部 alone is a speech's word too, on tanks and tower
 *  cranes (作业人员返回顶部平台, 不办手续就回到顶部继续作业). */
const SIDE_BUTTON =
  "(?:在线咨询|在线客服|在线留言|客服中心|联系客服|预约挂号|网上预约|意见反馈|投诉建议|联系我们|微信公众号|官方微信|官方微博|扫码关注|微信扫一扫|分享到|收藏本页|加入收藏|设为首页)";
const TO_TOP = "(?:返回顶部|回到顶部|返回页首|回到页首)";
const SIDE_BAR_RE = needs(
  ["顶部", "页首"],
  new RegExp(`(?:${SIDE_BUTTON}[\\s|｜]*){0,6}${TO_TOP}(?:[\\s|｜]*${SIDE_BUTTON}){0,6}`, "g"),
);
const SIDE_BUTTON_RE = new RegExp(SIDE_BUTTON, "g");
const MIN_SIDE_BUTTONS = 2;
const tooFewButtons = (m: string) => (m.match(SIDE_BUTTON_RE)?.length ?? 0) < MIN_SIDE_BUTTONS;

/** （点击图片查看大图）, 【点击查看原图】, （图片可点击放大）: a page's hint over a picture, left in the sentence the picture
 *  stood beside. A speaker shows no picture by clicking; a speech's own 图片 (上传隐患图片) has no bracket of this shape. */
const IMAGE_HINT_RE = needs(
  ["图"],
  /[（(【[]\s*(?:(?:点击|单击|双击|轻触|轻点)(?:图片|此图|图像)?(?:即?可)?(?:查看|浏览|看)?(?:高清)?(?:大图|原图|高清图)|(?:点击|轻触)?(?:图片|图像)(?:可|可以)?(?:点击)?放大(?:查看|浏览)?)\s*[）)】\]]/g,
);

/** ...展开全文 ∨, …阅读全文 >, 展开剩余68%▼: a fold's words, after the dots where the page cut the text or before the
 *  button's arrow (with neither, the words are a sentence's: 会后要继续阅读全文件, 点击“展开全文”查看). */
const FOLD_BUTTON_RE = needs(
  ["全文", "展开", "继续阅读"],
  /(?:\.{3,6}|…{1,2}|。{3})?\s*(?:展开全文|展开阅读全文|展开全部|展开剩余\s*\d{1,3}\s*%|点击展开|继续阅读|阅读全文|查看全文)\s*(?:[∨▼▽⌄﹀↓]|>{1,2}|＞{1,2}|»)?/g,
);
/** The button's shape: its arrow, or the page's dots where it cut the text (...). A speaker's own ellipsis (……, …,
 *  。。。) before 阅读全文 is his words (只看标题……阅读全文的很少): without the arrow it is no button's. */
const FOLD_SHAPE_RE = /^\s*\.{3}|[∨▼▽⌄﹀↓>＞»]$/;
/** 展开剩余62% with no arrow: the count of the text still folded is the button's own words when it stands apart, after a
 *  clause's mark and before no 的 (a speaker's 抓紧展开剩余30%的排查 runs on from his verb into its object). */
const FOLD_COUNT_RE = /展开剩余\s*\d{1,3}\s*%\s*$/;
const setApartCount = (text: string, m: string) =>
  FOLD_COUNT_RE.test(m) &&
  /[，、；：。！？\s]$/.test(text.slice(0, text.indexOf(m)) + (/^\s/.test(m) ? " " : "")) &&
  !/^\s*[的之]/.test(text.slice(text.indexOf(m) + m.length));
/** A fold is cut only inside a sentence, words on both sides of it: it stays where it has no button's shape, opens
 *  or ends the line (the line rules judge a button alone and a text that stops there), or stands in a quotation or a
 *  chain of steps of the speaker's own. */
const keepsFold = (text: string, m: string) =>
  (!FOLD_SHAPE_RE.test(m) && !setApartCount(text, m)) ||
  !/[\u4e00-\u9fff]/.test(text.slice(0, text.indexOf(m))) ||
  !wordsAfter(text, m) ||
  inOwnSteps(text, text.indexOf(m), text.indexOf(m) + m.length);

/** Cuts a site's download link from inside a sentence, and its editor credit and a preview's end from a line's end.
 *  A link that ends the line is left to the line rules: it is the end of the site's own banner (开通VIP，免费下载全文 >>). */
// (The tests on a match are functions of the line and the match, made once, not closures made for every line.)
/** The words of a sentence after the first place `m` stands in `text`. */
const wordsAfter = (text: string, m: string) => /[\u4e00-\u9fff]/.test(text.slice(text.indexOf(m) + m.length));
/** A download link stays where it offers no document, ends its line, or is a step of the speaker's own. */
const keepsLink = (text: string, m: string) =>
  !DOWNLOAD_WORD_RE.test(m) || !wordsAfter(text, m) || inOwnSteps(text, text.indexOf(m), text.indexOf(m) + m.length);

export function cutInlineButtons(text: string, lineNo: number, ctx: Ctx): string {
  const link = cut(text, DOWNLOAD_LINK_RE, "网页下载链接", lineNo, ctx, (m) => keepsLink(text, m));
  const t = cut(link, FOLD_BUTTON_RE, REASON_EXPANDER, lineNo, ctx, (m) => keepsFold(link, m));
  const bar = cut(t, SIDE_BAR_RE, "网站浮动按钮", lineNo, ctx, (m) => m.trim() === t.trim() || tooFewButtons(m));
  const credit = cut(bar, EDITOR_CREDIT_RE, "来源作者信息", lineNo, ctx);
  // A hint that ends its line is left to the line rules, as the download link ending one is: it closes a caption.
  return cutGluedPreviewEnd(
    cut(credit, IMAGE_HINT_RE, "图片说明", lineNo, ctx, (m) => !wordsAfter(credit, m)),
    lineNo,
    ctx,
  );
}
