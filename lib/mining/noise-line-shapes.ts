// Lines whose shape alone says they are not a speech's: labelled and Markdown rules, a paid column's note, an
// author's bio, an office mail's footer, a recommended post's card with its counts, a row of buttons, a draft's
// status, a preview's mark on its pages (本页为预览页 alone, a break the text flows across), an editor's lead-in, a box
// of quoted sentences, a photo's credit, an ad or an account's promotion, a paginated article's page links; a page
// number as pages, previews, readers and books print it, a browser's print header, English chrome and prose on a
// Chinese page, code. Each is judged on the whole (normalised, trimmed) line.
import { cjkCount } from "./outline-patterns";
import { paperLineReason } from "./noise-paper-lines";
import { widgetLineReason } from "./noise-widget-lines";
import { keeperNoteReason } from "./noise-keeper-notes";
import { newsBriefReason } from "./noise-news-briefs";
import { socialPostLineReason } from "./noise-social-posts";

/** ---- 原始文稿 ---- / ====== 正文 ======: a rule with a short label; --- / *** / ___: a Markdown rule. */
const LABELLED_RULE_RE = /^[-=_~—―─━═*]{3,}\s*[^\s。，！？；：]{1,12}\s*[-=_~—―─━═*]{3,}$/;
const SHORT_RULE_RE = /^(?:-{3,}|_{3,}|\*{3,}|={3,}|~{3,}|[·•・]{3,})$/;
/** 本文已收录于专栏《…》/ 订阅专栏可查看全部内容: a platform's column or collection, never a speech's words. */
const COLUMN_NOTE_RE =
  /(?:收录(?:于|在|至|到)|收录进)(?:专栏|合集|话题|文集)|订阅(?:专栏|合集)|(?:专栏|合集)(?:共|已)收录/;
/** 作者简介 / 关于作者：…: the author's bio under its label. */
export const AUTHOR_BIO_RE = /^[【\[]?(?:作者简介|关于作者|作者介绍)[】\]]?\s*(?:[：:].*)?$/;
/** 本邮件由…系统发送，请勿直接回复 / 如您不是指定收件人，请…删除本邮件: a mail system's footer. */
const MAIL_FOOTER_RE =
  /请勿直接回复|(?:不是|并非|非)(?:本邮件的?)?(?:指定|预期|目标)?的?收件人|(?:删除|转发)本邮件|本邮件(?:及其附件)?(?:可能)?(?:含有|包含)|由系统自动发送|您?收到(?:此|这封|本)邮件是因为|不希望再收到(?:此类|本|这类)?邮件|(?:点击|一键)?(?:退订|取消订阅)(?:本|此|该)邮件/;

/** 9832阅读 / 1.3万阅读 / 阅读 9832 / 赞 3: one count of a post's readers, comments, likes… */
const COUNT = String.raw`(?:\d+(?:\.\d+)?[万千wWkK]?\+?\s*(?:次?阅读|次?浏览|条?评论|点赞|赞|收藏|转发|分享|次?播放|人看过|粉丝)|(?:阅读|浏览|评论|点赞|赞|收藏|转发|分享|播放|粉丝)\s*\d+(?:\.\d+)?[万千wWkK]?\+?)`;
/** 职场笔记本 · 9832阅读 · 17评论: a recommended post's card line, its author and its counts (two or more), parted by
 *  · | or spaces; a study app's bar may end in its button to write (点赞 328　收藏 96　写心得). No speech has such a
 *  line. */
const ENGAGEMENT_RE = new RegExp(
  String.raw`^(?:[^\s·|｜。！？，]{1,16}\s*[·•|｜]\s*)?${COUNT}(?:\s*[·•|｜]?\s*${COUNT})+(?:\s*[·•|｜]?\s*写(?:心得|评论|留言|笔记|感想))?$`,
);

/** A recommended post's card line: its author and its counts of readers, comments or likes. */
export const isEngagementCounts = (t: string): boolean => t.length <= 60 && ENGAGEMENT_RE.test(t.trim());

/** 下载文档　收藏　分享　举报 / 我来答　分享　举报 (Q&A) / [继续阅读]　[立即下载] / Discuz's 回复　支持　反对　举报: a row of
 *  buttons, two or more, nothing else; a personal library's 转藏到我的图书馆 (献花(0)　+1) alone: the reader's shelf. */
const BUTTON_ROW_RE =
  /^(?:[[【]?(?:转藏(?:到我的[^\s|｜]{1,6})?|献花|[+＋]1|下载文档|下载本文|立即下载|下载|收藏本文|加入收藏|收藏|分享到|分享|举报|纠错|评论|点赞|打赏|转发|复制链接|复制全文|打印本页|打印|关闭窗口|关闭|返回顶部|回到顶部|登录|注册|关注|继续阅读|在线阅读|回复|引用|评分|只看该作者|使用道具|支持|反对|已赞过|已踩过|反馈|我来答|我来回答|我要回答|邀请回答|顶|踩)[\]】]?(?:\s*[（(]\d{1,6}[)）]|\s*\d{1,6})?[\s|｜·•/]*){2,}$|^[[【]?(?:转藏|收藏|保存)到我的[^\s|｜]{1,6}[\]】]?$/;

/** 支持(36)　反对(0) alone: a vote's count a speech may read out; a post's buttons have 回复, 举报 … beside them. */
const VOTES_ONLY_RE = /^(?:(?:支持|反对)(?:\s*[（(]\d{1,6}[)）])?[\s|｜·•/]*)+$/;

/** （征求意见稿） alone under a title: the draft's status, not the speech's words. */
const DRAFT_STATUS_RE =
  /^[（(【\[](?:征求意见稿|讨论稿|送审稿|初稿|修改稿|第[一二三四五六七八九十\d]{1,2}稿|草稿|草案|审定稿|代拟稿)[）)】\]]$/;

/** 下面是小编整理的…，供大家参考。: a site editor's lead-in above a speech of a collection; no speaker says 小编. 下面这篇是
 *  给我们镇长写的：: a poster's over the next text he wrote (a host's 接下来的一篇是…通报，请大家认真听： reads one out). */
const EDITOR_LEAD_IN_RE =
  /小编(?:整理|精心|收集|为大家|给大家|推荐|带来)|(?:供|给)大家(?:参考|借鉴)[。！!]?$|^(?:下面|接下来|后面)(?:的)?(?:这|那|一|两|几)篇[^。！？]{0,24}(?:写的|改的|整理的|起草的)[^。！？]{0,8}[：:]$/;
/** 【金句摘录】 / 金句①｜…: a repost's box of sentences quoted from the speech above it. */
const QUOTE_BOX_RE =
  /^(?:[【\[]?(?:金句摘录|金句集锦|金句|划重点|精彩观点|观点摘编|核心观点|观点集锦)[】\]]?$|(?:金句|划重点|观点)\s*[①-⑳\d]{0,2}\s*[｜|丨：:])/;
/** （4月17日，…会议召开。记者 韩×× 摄）: a photo's caption ending in its credit, brackets or Markdown's * around it;
 *  图为会议现场。×××摄 / 图为会议分会场。通讯员 供图: a caption that says what the picture shows, its credit without a
 *  label (or with one: 摄影：×××, 供图：××); …检查物资储备情况。
 *  图片来源：××市水利局: one sentence and the picture's source. */
const TRAILING_CREDIT_RE =
  /^[^。！？]{4,60}[。！？]\s*(?:图片来源|图源|图片提供)[：:]\s*[^\s，。！？]{2,16}$|(?:^|[。！？\s])(?:[\u4e00-\u9fff]{0,10}(?:中心|报社|电视台|日报|广播电视台))?(?:(?:全媒体|融媒体|本报|本台|特约)?记者|通讯员|摄影)\s*[^\s，。！？]{1,8}(?:\s+[^\s，。！？]{1,8})?\s*摄[*_）)]*$|^[（(]?(?:上|下|左|右)?图为[^。！？]{2,40}[。！？]\s*(?:[^\s，。！？]{1,8}\s*(?:摄|供图)|(?:摄影|供图)[：:]\s*[^\s，。！？（）()]{2,12})[）)]?$/;

/** 全市安全生产电视电话会议现场: a photo's caption naming the event it shows, alone on its line (a speech's heading
 *  names a 施工现场 to manage, and an agenda's item a 现场 to visit: 观摩应急演练现场). */
const EVENT_CAPTION_RE =
  /^(?!观摩|参观|察看|视察|检查|前往|深入)[\u4e00-\u9fff][^\s，。、；：！？.．]{1,23}(?:会|会议|仪式|活动|演练)现场$/;

/** 关注公众号“…”回复“金句”领取…, ▼ 后台回复“讲话”，获取本期3篇Word版: an account's promotion, never a speaker's words.
 *  A comma may part the keyword from what it gets when the prompt opens the line (after a mark; 在公众号对话框
 *  回复, 回复关键词【…】 too) and what it gets is the page's text (本期, 本文, 全文, 范文, Word版): a speech tells
 *  its hearers what an account of theirs answers (群众在公众号后台回复“举报”，即可获取举报电话…; 职工在公众号
 *  回复“培训”，免费获取题库). A site's line sending readers to its column for more of its texts (更多精彩范文，请关注
 *  ××文库“讲话稿”专栏) is its promotion too: a 范文 site's words (a press conference's host closes with 更多资料，请
 *  访问…“新闻发布”专栏). */
const PROMOTION_RE =
  /关注(?:微信)?(?:公众号|订阅号|视频号).{0,30}(?:回复|领取|获取|下载)|(?:后台|公众号)?回复[“"「][^”"」]{1,10}[”"」](?:即可|免费)?(?:领取|获取|下载)|^[^\u4e00-\u9fff“"「【]{0,4}(?:在?公众号(?:对话框|后台)?|后台)回复(?:关键词|关键字)?[“"「【][^”"」】]{1,10}[”"」】][，,]\s*(?:即可|免费)?(?:领取|获取|下载)[^。！？]{0,12}(?:本期|本文|全文|范文|[Ww]ord|讲话稿|合集|原文)|^更多(?:精彩|优秀|热门)?(?:范文|文档|讲话稿)[，,]?\s*(?:请|敬请|欢迎)?(?:关注|访问|尽在|进入)[^。！？]{0,30}(?:专栏|栏目|频道|专题)[。！]?$/;

/** 广告　冬季取暖器清仓特卖…　查看详情 / 【推广】…按此了解详情: an app's ad between paragraphs, its label in front,
 *  its button at the end (推广 only in brackets: 推广…了解更多 may open a sentence), a banner's ▲ at both ends if any
 *  (▲ 广告 … ▲; ▲广告牌…查看详情 is a speech's point). 【广告】 over a name needs no button (【广告】查处虚假违法广告案件
 *  125件，… with its comma is a speech's item); under it, the advertiser's line: ××教育科技 广告 立即咨询. */
const AD_BUTTON =
  "(?:查看详情|了解详情|了解更多|立即购买|立即抢购|点击查看|去看看|立即下载|一键下载|马上领取|立即咨询|免费咨询|点击咨询)(?:\\s*[>＞›»]{1,2})?";
/** …，详询客服微信：gwp_kefu2024: an advert's call to ask its account (a speech's 【广告】 item may name a hotline, 12345,
 *  or an account to follow, but asks no one to sign up with a handle). */
const AD_CONTACT =
  "(?:详询|咨询|垂询|报名|添加|加)[^，。]{0,6}(?:微信|客服|QQ|qq)号?\\s*[：:]?\\s*(?=[A-Za-z0-9_\\-]*[A-Za-z])[A-Za-z0-9_\\-]{5,24}";
const LABELLED_AD_RE = new RegExp(
  `^(?:[▲▼★■◆]\\s*(?=.*[▲▼★■◆]$))?(?:[【\\[「(（]?广告[】\\]」)）]?|[【\\[「(（](?:推广|赞助|商业推广)[】\\]」)）])\\s*[|｜:：·]?\\s*\\S.{1,60}?\\s*${AD_BUTTON}(?:\\s*[▲▼★■◆])?$|^【广告】\\s*[^。！？，,；;：:]{2,40}$|^\\S{1,20}\\s+广告\\s+${AD_BUTTON}$|^【广告】.{2,70}?${AD_CONTACT}$|^(?:[【\\[「](?:推广|广告|赞助|商业推广)[】\\]」]|[—–－-]{1,2}\\s*广告\\s*[—–－-]{1,2})\\s*.{2,70}?\\s*(?:>>|»)$`,
);

/** A paginated article's page links (上一页 1 2 3 下一页, 首页 < 1 2 >, 共2页：上一页 [1] [2] 下一页, （第1页/共2页） 上一页 [1]
 *  [2] 下一页, each link and the count in brackets or not): where a scraper joined its pages. */
const PAGINATION_RE =
  /^(?:[（(]?\s*(?:第\s*\d{1,3}\s*页\s*[，,、/／]?\s*)?共\s*\d{1,3}\s*页\s*[)）]?\s*[：:，,]?\s*)?(?:[\[【]?首页[\]】]?\s*)?(?:[\[【]?上一?页[\]】]?|[<＜«‹])?\s*(?:[\[【]?(?:第\s*)?\d{1,3}(?:\s*页)?[\]】]?\s*){2,12}(?:[\[【]?下一?页[\]】]?|[>＞»›])?\s*(?:[\[【]?(?:尾页|末页)[\]】]?)?$/;
/** （未完，请看下一页） / （未完，下一页继续） / （未完待续）: the site's note where it cut the article into pages; a forum poster's （未完，接2楼）
 *  and （接上楼） where he cut it into floors. */
const CONTINUED_RE =
  /^[（(]?(?:未完(?:待续)?[，,、]?(?:请?(?:看|见|转|接|阅读?)(?:下一?页|下楼|\d{1,3}\s*楼)|(?:下一?页|下楼)(?:继续|接续|续))?|(?:接|续)(?:上楼|\d{1,3}\s*楼))[)）]?$/;
export const isPagination = (t: string) =>
  CONTINUED_RE.test(t) || (PAGINATION_RE.test(t) && /上一?页|下一?页|[<＜«‹].*[>＞»›]/.test(t));
/** ××安全生产　2024年第3期 (第36-38页): a journal's running header, or the issue and pages under its name. */
const ISSUE = "\\d{4}\\s*年\\s*第\\s*\\d{1,3}\\s*期(?:\\s*[（(]总第\\s*\\d{1,5}\\s*期[)）])?";
const PAGES = "\\s*第?\\s*\\d{1,4}\\s*[-–—~]\\s*\\d{1,4}\\s*页";
/** The issue with the journal's name before it or its pages after it: a 简报's 2024年第3期 alone heads its page. */
const JOURNAL_ISSUE_RE = new RegExp(`^(?:\\S{2,20}\\s*${ISSUE}(?:${PAGES})?|${ISSUE}${PAGES})$`);
/** ××市应急管理局发文稿纸（续页）: a form's header printed again over its next page. */
const CONTINUED_PAGE_RE = /^\S{2,40}[（(]续页[)）]$/;
/** A journal's or a form's running header: the text flows across it as across a page number. */
export const PRINTED_HEADER = "刊物或稿纸页眉";
/** ××市应急管理局发文稿纸: the office form a speech was printed on for approval (its fields are 公文 labels). */
const FORM_TITLE_RE = /^\S{0,30}(?:发文稿纸|发文处理笺|发文处理单|发文单|呈批件|签报单|收文处理单|文件处理单)$/;

/** 开学在即，…必须绷紧！以下为讲话全文👇 / …召开，一起来看县委书记的讲话全文↓↓ (一起来看 only with its arrows: a
 *  speech may say 请看讲话原文第二段): a poster's caption ending in a lead-in to the speech below it. (A lead-in
 *  alone or with its colon, 以下为讲话全文：, is left to speech-covers.ts, which takes it with the note above it; a
 *  speech's own 下面是事故调查报告的原文： introduces no speech.) */
const FULL_TEXT_LEAD_RE =
  /[，。！？!?]\s*(?:(?:以下|下面)(?:为|是)[^。！？]{0,8}(?:讲话|发言|致辞)[^。！？]{0,4}(?:全文|原文|实录)[^。！？：:]{0,12}|(?:一起来看|来看|请看|速看)[^。！？]{0,8}(?:讲话|发言|致辞)[^。！？]{0,4}(?:全文|原文|实录)\s*[↓👇⬇️]+)$/u;
/** 同志们：今天，我们召开…分析当前…展开: a caption folded after its first words, its button at the end. */
const FOLDED_CAPTION_RE = /(?:…|\.{3})\s*展开(?:全文)?$/;
/** 安全小秘书  Lv.8  楼主 / 老安监员  Lv.6：顶: a forum member's name with the level badge, and a reply after it. */
const LEVEL_BADGE_RE = /^[^\s：:，。]{1,16}\s*Lv\.?\s*\d{1,2}(?:\s*楼主)?(?:\s*[：:].{0,40})?$/i;
/** @××教育发布 alone on its line: the account that posted a video or a note. */
const ACCOUNT_RE = /^@[^\s@，。！？：:]{1,24}$/;

/** （本页面由简体页面自动转换生成，内容以简体版为准）: a mirror's note on its script conversion (read here already
 *  folded to Simplified), the site's voice. */
const SCRIPT_MIRROR_NOTE_RE =
  /^[（(【\[]?[^。！？]{0,20}(?:页面|本页|网页|本站|本网)[^。！？]{0,12}(?:简体|繁体|简繁|繁简)[^。！？]{0,12}(?:转换|转码)[^。！？]{0,24}[）)】\]]?$/;

/** 打开××融媒APP，阅读体验更佳 / 下载APP　立即打开 / ▍下载“××融媒”APP，参与…互动 >>: an app's call to open it, which a
 *  page copied from a phone keeps (a speech's step 打开“安全随手拍”APP has no such tail nor link); 打开××新闻 查看精彩图片
 *  (or 打开××APP，查看高清大图) where a picture was: the app's name and the picture it hides, no sentence (after a
 *  comma, only a picture's: 打开安全学习APP，查看全部视频 is a step a speech lists), maybe with its link's >. */
const APP_PROMPT_RE =
  /^(?:打开|下载|前往)[^。！？，,“”"「」]{0,12}(?:APP|App|app|客户端)[，,\s]*[^。！？，,]{0,10}(?:体验更佳|更流畅|看全文|立即打开|立即下载|查看原文)$|^(?:打开|下载)[^。！？，,“”"「」\s]{2,12}\s*查看(?:精彩|高清|更多|全部)(?:图片|大图|组图|视频)(?:\s*[>›»]+)?$|^(?:打开|下载)[^。！？，,“”"「」\s]{2,12}[，,]\s*查看(?:精彩|高清)(?:图片|大图|组图)(?:\s*[>›»]+)?$|^(?:打开|下载)[^。！？，,“”"「」\s]{0,10}(?:新闻|APP|App|app|客户端)\s*查看(?:图片|大图|组图|视频)$|^[▍▌▎▶►●■◆]?\s*(?:打开|下载)[^。！？，,]{0,14}(?:APP|App|app|客户端)[，,][^。！？]{0,24}(?:>>|»|›)$/;
/** A 文库's 下载提示 box: its label and its notices on what a download gets (本站不保证…文档完整性, 所得收入…归上传者,
 *  登录后可充值, 下载前务必先预览); a preview's notice inside the text (本页为预览页，完整内容请下载…). */
const DOWNLOAD_NOTICE_RE =
  /^下载提示$|^(?:\d[.、．]\s*)?(?:本站不保证|该文档所得收入|登录后可充值[，,]?\s*立即自动返金币)|^特别说明[：:]\s*下载前务必|^(?:本页|此页)为预览页[，,][^。！？]{0,30}[。]?$/;
export const PREVIEW_MARK = "预览页标记";
/** 学习积分 +1　已阅读满30秒 / ✓ 本篇已学完　积分 +5: a study app's toast for points earned by reading (a speech's own
 *  table of points, 主动报告隐患 +5, names what earns them). */
const POINTS_TOAST_RE =
  /^(?:[✓✔√]\s*)?(?:有效)?(?:学习|阅读|签到|浏览)\s*积分\s*[+＋]\s*\d{1,3}(?:\s*[^\d。！？，,][^。！？，,]{0,19})?$|^(?:[✓✔√]\s*)?(?:本篇|本文|本课|本节|本章)已(?:学完|读完)\s*积分\s*[+＋]\s*\d{1,3}(?!\d)[^。！？，,]{0,20}$|^本文已阅读\s*\d{1,3}\s*%$/;
/** 视频：全县…例会现场　时长 02:36: a video's caption with its length. */
const VIDEO_CAPTION_RE = /^(?:视频|【视频】|\[视频\])\s*[：:｜|]?.{2,50}?\s*时长\s*\d{1,2}:\d{2}(?::\d{2})?$/;

/** The reason a line is noise by its shape, or null. */
/** 企业安全生产工作会议总经理讲话.doc　3页: a document site's link to another file, its name, format and pages or size
 *  (a file's name alone, over the text it holds, is left to markFileNames). */
const FILE_LINK_RE =
  /^[^。！？，；]{4,60}\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)\s*(?:\d{1,4}\s*页|\d+(?:\.\d+)?\s*[KM]B)$/i;

/** 下载此文档: a document site's button, printed again at each page break of its preview. */
const DOWNLOAD_BUTTON_RE =
  /^(?:立即|免费|点击)?下载(?:此|本|该)(?:文档|文件|资料|范文)$|^(?:立即|马上|点击)(?:开通|购买|下载|领取|升级)(?:会员|VIP)?\s*(?:>>|»|›|>|→)$/i;

/** 特别声明 alone on its line over the platform's disclaimer (本文为…上传并发布，仅代表…): its label, never a speech's. */
const BARE_DISCLAIMER_RE = /^[【\[]?(?:免责声明|版权声明|免责条款|特别声明|郑重声明|法律声明)[】\]]?[:：]?$/;

/** `afterColon`: the line above ends in a colon, so this one is what the speaker quotes (系统就会自动提示：/ 分工如下：). */
export function shapeNoiseReason(t: string, afterColon = false): string | null {
  const n = t.length;
  if (n <= 60 && (LABELLED_RULE_RE.test(t) || SHORT_RULE_RE.test(t))) return "分隔线";
  if (isScreenBar(t)) return SCREEN_BAR;
  const keeper = keeperNoteReason(t);
  if (keeper) return keeper;
  if (n <= 80 && t.includes(".") && FILE_LINK_RE.test(t)) return "相关文章列表"; // (its name's dot)
  if (n <= 10 && DOWNLOAD_BUTTON_RE.test(t)) return "付费/登录提示";
  if (n <= 120 && COLUMN_NOTE_RE.test(t)) return "网站页眉页脚";
  if (n <= 200 && AUTHOR_BIO_RE.test(t)) return "来源作者信息";
  if (n <= 10 && BARE_DISCLAIMER_RE.test(t)) return "来源作者信息";
  if (n <= 120 && MAIL_FOOTER_RE.test(t)) return "邮件页脚";
  if (isEngagementCounts(t)) return "相关文章列表";
  if (n <= 40 && BUTTON_ROW_RE.test(t) && !VOTES_ONLY_RE.test(t)) return "论坛界面文字";
  if (n <= 12 && DRAFT_STATUS_RE.test(t)) return "文稿状态标记";
  // PART 01 over an account's own division of what it reprints (a speech from slides may number its parts PART 1).
  if (n <= 10 && /^part\s*[.:：]?\s*0\d$/i.test(t)) return "分隔线";
  if (n <= 80 && EDITOR_LEAD_IN_RE.test(t)) return "编者导语";
  if (n <= 120 && QUOTE_BOX_RE.test(t)) return "金句摘录（重复正文）";
  if (n <= 80 && TRAILING_CREDIT_RE.test(t)) return "图片说明";
  const brief = newsBriefReason(t, afterColon);
  if (brief) return brief;
  if (n <= 30 && EVENT_CAPTION_RE.test(t)) return "图片说明";
  if (n <= 120 && PROMOTION_RE.test(t)) return "推广广告";
  if (n <= 80 && LABELLED_AD_RE.test(t)) return "广告";
  const paper = n <= 200 ? (paperLineReason(t) ?? widgetLineReason(t, afterColon)) : null;
  if (paper) return paper;
  if (n <= 40 && (JOURNAL_ISSUE_RE.test(t) || CONTINUED_PAGE_RE.test(t))) return PRINTED_HEADER;
  if (n <= 40 && FORM_TITLE_RE.test(t)) return "公文稿纸";
  if (n <= 100 && FULL_TEXT_LEAD_RE.test(t)) return "编者导语";
  if (ACCOUNT_RE.test(t)) return "账号信息";
  const post = socialPostLineReason(t);
  if (post) return post;
  if (LEVEL_BADGE_RE.test(t)) return "论坛界面文字";
  if (n <= 200 && FOLDED_CAPTION_RE.test(t)) return "折叠的摘要";
  if (n <= 60 && SCRIPT_MIRROR_NOTE_RE.test(t)) return "网站页眉页脚";
  if (n <= 40 && APP_PROMPT_RE.test(t)) return "付费/登录提示";
  if (n <= 70 && VIDEO_CAPTION_RE.test(t)) return "图片说明";
  if (n <= 30 && !afterColon && POINTS_TOAST_RE.test(t)) return "网站互动提示";
  if (n <= 6 && /^(?:[+＋]\s*关注|已关注|关注|(?:百度|网站|文库|知道|论坛|门户)首页)$/.test(t)) return "论坛界面文字";
  if (n <= 80 && DOWNLOAD_NOTICE_RE.test(t)) return "付费/登录提示";
  if (n <= 8 && /^(?:本页|此页)为预览页。?$/.test(t)) return PREVIEW_MARK;
  if (n <= 20 && /^(?:阅读人数|浏览人数|阅读次数|点击次数|点击数)[：:]\s*\d{1,7}$/.test(t)) return "来源作者信息";
  if (n <= 16 && END_MARK_RE.test(t)) return END_MARK;
  return null;
}

/** A paragraph in English on a Chinese page (a bilingual site's translation under each paragraph, its English
 *  headline): no Chinese character, six words or more, mostly letters. A Chinese speech quotes no such line; a file in
 *  English is refused before this by the not-speech check, which reads the decoded text. */
export function isEnglishProse(t: string): boolean {
  if (/[\u3400-\u9fff]/.test(t)) return false;
  // Words parted by spaces, as prose is written: a configuration line (bin:x:2:2:bin:/bin:/usr/sbin/nologin) has none,
  // and the not-speech check must still see it.
  if ((t.match(/ /g)?.length ?? 0) < 5 || /[\\={}@<>]/.test(t)) return false;
  const words = t.match(/(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])/g)?.length ?? 0;
  const letters = t.match(/[A-Za-z]/g)?.length ?? 0;
  return words >= 6 && letters >= 0.6 * t.replace(/\s+/g, "").length;
}

/** Scripts a Chinese page prints beside its text in an autonomous region (Uyghur and Kazakh in Arabic letters,
 *  Tibetan, Mongolian, Korean, Yi) or in translation (Cyrillic, Thai). */
export const OTHER_SCRIPT_RE =
  /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff\u1800-\u18af\uac00-\ud7af\u1100-\u11ff\ua000-\ua4cf\u0400-\u04ff\u0e00-\u0e7f]/g;

/** Blocks holding all of OTHER_SCRIPT_RE's ranges: testing for them passes over a Chinese line faster than a count. */
export const OTHER_SCRIPT_BLOCKS_RE = /[\u0400-\u18af\ua000-\ud7af\ufb50-\ufeff]/;
const otherScriptLetters = (t: string) =>
  OTHER_SCRIPT_BLOCKS_RE.test(t) ? (t.match(OTHER_SCRIPT_RE)?.length ?? 0) : 0;

/** A line written mostly in another script than Chinese: a translation of the text beside it. `minLetters`: a
 *  translation runs as long as its paragraph; a greeting (안녕하십니까!) in the speaker's words is
 *  short. On a page known to be bilingual (noise-interleaved-lines.ts) a short line in that script is one too. */
export function isOtherScriptLine(t: string, minLetters = 40): boolean {
  const other = otherScriptLetters(t);
  if (other < minLetters) return false; // the common case, before counting the line's letters
  return other >= t.replace(/[\s\p{P}\p{S}\d]/gu, "").length * 0.6;
}

/** A line of a site's English chrome (Font Size: A+ A A- Print Share): no Chinese, two words or more, and none of
 *  the digits, paths and separators of a program or a configuration file (root:x:0:0:/bin/bash), which the
 *  not-speech check must still see. */
const LATIN_WORDS_RE = /(?<![A-Za-z0-9_])[A-Za-z]{2,}(?![A-Za-z0-9_])/g;
export const isEnglishMenu = (t: string) =>
  cjkCount(t) === 0 &&
  !/[\d/\\=;{}@]/.test(t) &&
  (t.match(/:/g)?.length ?? 0) <= 1 &&
  (t.match(LATIN_WORDS_RE)?.length ?? 0) >= 2;

/** A browser's header or footer on a printed page: the date and time, then the page's title (2024/5/6 15:21 …); a
 *  sentence after a date and time (2023-08-12 14:30，某工地发生…) is a speech's. A fax's header is such a line too. */
export const PRINT_HEADER = "打印页眉页脚";
const PRINT_HEADER_RE =
  /^\d{4}[/-]\d{1,2}[/-]\d{1,2}\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[^，,；;。！？!?：:、\s][^，,；;。！？!?：:、]*$/;
/** A fax machine's line on every page it sent (FROM : 县应急管理局  FAX NO. : 0…  Mar. 05 2024 10:21AM  P2), an OCR's
 *  0 for O and O for 0 included. */
const FAX_HEADER_RE = /^FR[O0o]M\s*[:：].{0,60}?FAX\s*N[O0o]\.?\s*[:：]/i;
export const isPrintHeader = (t: string): boolean => PRINT_HEADER_RE.test(t) || FAX_HEADER_RE.test(t);

/** （完） / 全文完 under a text (—— 本节完 —— in a book's reader): its end, which noise-after-closing.ts looks for. */
export const END_MARK = "结束标记";
const END_MARK_RE =
  /^[-—–－\s（(【\[]*(?:完|全文完|本文完|正文完|本[节章篇]完|(?:学习材料|正文|全文)结束|end|the end)[\s）)】\]\-—–－]*$/i;
export const SCREEN_BAR = "手机截图的状态栏";
/** 9:41 .ıll 5G 87% / 中国移动 下午3:25 86% / < 梧岭应急 ··· / × 梧岭应急 ···: a phone's status bar and an app's title bar
 *  at the top of each screenshot, when long screenshots of an article are OCR'd and stitched: a page break the text
 *  flows across. A time opens the status bar, and its battery or network closes it, with no word between. */
const STATUS_BAR_RE =
  /^(?:(?:中国)?(?:移动|联通|电信|广电)\s*(?:[2345]G\s*)?)?(?:上午|下午)?\d{1,2}:\d{2}(?=\s|$)[^\u4e00-\u9fff]{0,30}?(?:\d{1,3}\s*%|[2345]G|WiFi|Wi-Fi)$/i;
const APP_BAR_RE = /^[<＜‹←×✕]\s*[^\s<>＜]{1,20}\s*(?:···|…|\.{3}|⋯|•••)$/;
export const isScreenBar = (t: string): boolean => t.length <= 40 && (STATUS_BAR_RE.test(t) || APP_BAR_RE.test(t));

/** A script's object literal, a line each: docId: "5c1e8a…", / pageCount: 3, / }; */
const SCRIPT_OBJECT_LINE_RE =
  /^(?:[A-Za-z_$][\w$]*\s*:\s*(?:"[^"]*"|'[^']*'|-?[\d.]+|true|false|null)\s*,?|\}\s*[;,)]+)$/;

/** Lines of CSS, HTML or script: mostly ASCII with braces, tags or property: value; pairs. */
export function isCodeLine(t: string): boolean {
  if (t[0] === "<" && /^<\/?[a-z!][^<>]*>(?:.*<\/?[a-z][^<>]*>)?$/i.test(t)) return true;
  if (SCRIPT_OBJECT_LINE_RE.test(t)) return true;
  if (
    /^(?:@media|@font-face|@page|@import|<style|<\/style|<script|<\/script|function\s*\(|var\s+\w+\s*=|document\.|window\.)/i.test(
      t,
    )
  )
    return true;
  if (!/[{};]/.test(t)) return false;
  let ascii = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x20 && t.charCodeAt(i) <= 0x7e) ascii++;
  if (ascii < t.length * 0.7) return false;
  return (
    /^[^{}]*\{[^{}]*\}?$|^\s*\}\s*$/.test(t) ||
    (t.match(/[a-z-]+\s*:\s*[^;:]{1,60};/gi)?.length ?? 0) >= 2 ||
    /mso-[a-z-]+\s*:/i.test(t)
  );
}
