// Lines whose shape alone says they are not a speech's: rules drawn with a label on them, a Markdown rule, a
// platform's note that the article sits in a paid column, an author's bio under its label, the notice an office
// mail system prints under every message, a recommended post's card line with its counts, a row of buttons, a
// draft's status on a line of its own, an editor's lead-in, a box of quoted sentences and a photo's credit. Each is judged on the
// whole (normalised, trimmed) line.

/** ---- 原始文稿 ---- / ====== 正文 ======: a rule with a short label; --- / *** / ___: a Markdown rule. */
const LABELLED_RULE_RE = /^[-=_~—─━═*]{3,}\s*[^\s。，！？；：]{1,12}\s*[-=_~—─━═*]{3,}$/;
const SHORT_RULE_RE = /^(?:-{3,}|_{3,}|\*{3,}|={3,}|~{3,})$/;
/** 本文已收录于专栏《…》/ 订阅专栏可查看全部内容: a platform's column or collection, never a speech's words. */
const COLUMN_NOTE_RE =
  /(?:收录(?:于|在|至|到)|收录进)(?:专栏|合集|话题|文集)|订阅(?:专栏|合集)|(?:专栏|合集)(?:共|已)收录/;
/** 作者简介 / 关于作者：…: the author's bio under its label. */
export const AUTHOR_BIO_RE = /^[【\[]?(?:作者简介|关于作者|作者介绍)[】\]]?\s*(?:[：:].*)?$/;
/** 本邮件由…系统发送，请勿直接回复 / 如您不是指定收件人，请…删除本邮件: a mail system's footer. */
const MAIL_FOOTER_RE =
  /请勿直接回复|(?:不是|并非|非)(?:本邮件的?)?(?:指定|预期|目标)?的?收件人|(?:删除|转发)本邮件|本邮件(?:及其附件)?(?:可能)?(?:含有|包含)|由系统自动发送/;

/** 9832阅读 / 1.3万阅读 / 阅读 9832 / 赞 3: one count of a post's readers, comments, likes… */
const COUNT = String.raw`(?:\d+(?:\.\d+)?[万千wWkK]?\+?\s*(?:次?阅读|次?浏览|条?评论|点赞|赞|收藏|转发|分享|次?播放|人看过|粉丝)|(?:阅读|浏览|评论|点赞|赞|收藏|转发|分享|播放|粉丝)\s*\d+(?:\.\d+)?[万千wWkK]?\+?)`;
/** 职场笔记本 · 9832阅读 · 17评论: a recommended post's card line, its author and its counts (two or more), parted by
 *  · | or spaces. No speech has such a line. */
const ENGAGEMENT_RE = new RegExp(
  String.raw`^(?:[^\s·|｜。！？，]{1,16}\s*[·•|｜]\s*)?${COUNT}(?:\s*[·•|｜]?\s*${COUNT})+$`,
);

/** A recommended post's card line: its author and its counts of readers, comments or likes. */
export const isEngagementCounts = (t: string): boolean => t.length <= 60 && ENGAGEMENT_RE.test(t.trim());

/** 下载文档　收藏　分享　举报: a row of a page's buttons, two or more, nothing else. */
const BUTTON_ROW_RE =
  /^(?:(?:下载文档|下载本文|下载|收藏本文|加入收藏|收藏|分享到|分享|举报|纠错|评论|点赞|打赏|转发|复制链接|打印本页|打印|关闭窗口|关闭|登录|注册|关注|在线阅读)[\s|｜·•/]*){2,}$/;

/** （征求意见稿） alone under a title: the draft's status, not the speech's words. */
const DRAFT_STATUS_RE =
  /^[（(【\[](?:征求意见稿|讨论稿|送审稿|初稿|修改稿|第[一二三四五六七八九十\d]{1,2}稿|草稿|草案|审定稿|代拟稿)[）)】\]]$/;

/** 下面是小编整理的…，供大家参考。: a site editor's lead-in above a speech of a collection; no speaker says 小编. */
const EDITOR_LEAD_IN_RE = /小编(?:整理|精心|收集|为大家|给大家|推荐|带来)|(?:供|给)大家(?:参考|借鉴)[。！!]?$/;
/** 【金句摘录】 / 金句①｜…: a repost's box of sentences quoted from the speech above it. */
const QUOTE_BOX_RE =
  /^(?:[【\[]?(?:金句摘录|金句集锦|金句|划重点|精彩观点|观点摘编|核心观点|观点集锦)[】\]]?$|(?:金句|划重点|观点)\s*[①-⑳\d]{0,2}\s*[｜|：:])/;
/** （4月17日，…会议召开。记者 韩×× 摄）: a photo's caption ending in its credit, brackets or Markdown's * around it. */
const TRAILING_CREDIT_RE =
  /(?:^|[。！？\s])(?:记者|通讯员|摄影)\s*[^\s，。！？]{1,8}(?:\s+[^\s，。！？]{1,8})?\s*摄[*_）)]*$/;

/** The reason a line is noise by its shape, or null. */
export function shapeNoiseReason(t: string): string | null {
  const n = t.length;
  if (n <= 60 && (LABELLED_RULE_RE.test(t) || SHORT_RULE_RE.test(t))) return "分隔线";
  if (n <= 120 && COLUMN_NOTE_RE.test(t)) return "网站页眉页脚";
  if (n <= 200 && AUTHOR_BIO_RE.test(t)) return "来源作者信息";
  if (n <= 120 && MAIL_FOOTER_RE.test(t)) return "邮件页脚";
  if (isEngagementCounts(t)) return "相关文章列表";
  if (n <= 40 && BUTTON_ROW_RE.test(t)) return "论坛界面文字";
  if (n <= 12 && DRAFT_STATUS_RE.test(t)) return "文稿状态标记";
  if (n <= 80 && EDITOR_LEAD_IN_RE.test(t)) return "编者导语";
  if (n <= 120 && QUOTE_BOX_RE.test(t)) return "金句摘录（重复正文）";
  if (n <= 80 && TRAILING_CREDIT_RE.test(t)) return "图片说明";
  return null;
}
