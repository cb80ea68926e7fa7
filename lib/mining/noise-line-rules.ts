// Whole-line noise rules: the regexes and tests that say why a short line is site boilerplate, not speech text.
import { isCreditLine } from "./noise-photo-credits";
import { cjkCount, endsSentence, hasSentencePunct, isTitleLine } from "./outline-patterns";
import {
  isCodeLine,
  isEnglishMenu,
  isEnglishProse,
  isOtherScriptLine,
  isPrintHeader,
  PRINT_HEADER,
  shapeNoiseReason,
} from "./noise-line-shapes";
export { isCodeLine } from "./noise-line-shapes";
import { isPageNumberLine } from "./noise-page-counts";
import { REVIEW_COMMENT_RE } from "./noise-keeper-notes";
import {
  ARROWED_OFFER_RE,
  CHROME_RE,
  KNOWN_SITES,
  LINK_PROMPT_RE,
  REASON_SOURCE_NOTE,
  SITE_PROMO_RE,
} from "./noise-words";
import { withoutSourceInSentence } from "./noise-fragments";
import { isAiNotice } from "./noise-ai-notices";
import {
  ANSWERED_AT_RE,
  ANSWER_PREFACE_RE,
  FORUM_CARD_RE,
  FORUM_FLOOR_RE,
  FORUM_REPLY_RE,
  FORUM_START_RE,
  QA_RE,
  READER_TOOLBAR_RE,
  READER_APPEAL_RE,
  READER_MARKS_RE,
  STAMPED_COMMENT_RE,
  STUDY_PLATFORM_RE,
  WRITER_CREDIT_RE,
  LEAD_LABEL_RE,
  MICROBLOG_LINE_RE,
  ACCOUNT_INTRO_RE,
} from "./noise-community-words";

import {
  URL_RE,
  CHROME_STRONG_RE,
  WECHAT_RE,
  PAYWALL_RE,
  DOWNLOAD_PROMPT_RE,
  REASON_EXPANDER,
  EXPANDER_RE,
  SOURCE_LABEL_RE,
  SOURCE_START_RE,
  NAV_RE,
  RECOMMEND_LINE_RE,
  SITE_STRONG_RE,
  SITE_RE,
  COPY_NOTE_RE,
  BREADCRUMB_RE,
  PATH_RE,
  PATH_WORD_RE,
  NEWS_LEAD_RE,
  REPORTED_MEETING_RE,
  EDITING_RESIDUE_RE,
  SEAL_LINE_RE,
  ANNOUNCES_RE,
  PULL_QUOTE_RE,
  EXCERPT_MARK_RE,
  DISCLAIMER_RE,
  SUMMARY_LABEL_RE,
  HOST_CUE_RE,
  BUTTON_START_RE,
  AD_BOOKS_RE,
  AD_RE,
  PHONE_RE,
  EMAIL_RE,
  CONTACT_LABEL_RE,
  ACCOUNT_BYLINE_RE,
  CAPTION_RE,
  SEPARATOR_RE,
  SHORT_RULE_RE,
  DISTRIBUTION_RE,
  isOfficeList,
  META_LABEL_RE,
  EDITOR_NOTE_CHARS,
  EDITOR_NOTE_RE,
  SNAPSHOT_RE,
  AGENDA_ITEM_RE,
} from "./noise-line-patterns";

/** A line CHROME_STRONG_RE has been run on and found nothing in: only lacksStrongChrome says so. */
type WithoutStrongChrome = string & { readonly chromeChecked: "no strong signs" };
const lacksStrongChrome = (t: string): t is WithoutStrongChrome => !CHROME_STRONG_RE.test(t);

/** Forum chrome when little Chinese text is left after chrome words, numbers and separators are taken out. Its strong
 *  signs are not looked for again: the type says the line was found without them first. */
function isChromeWords(t: WithoutStrongChrome): boolean {
  if (t.length > 40) return false;
  const before = cjkCount(t);
  if (before === 0) return false;
  const left = cjkCount(t.replace(CHROME_RE, ""));
  return left === 0 || (left <= 1 && before >= 3);
}

const END_URL_RE = new RegExp(`(?:${URL_RE.source})\\s*[。.]?$`, "i");

/** The reason a whole (normalised, trimmed) line is noise, or null. `protectedLine`: a title, heading or salutation.
 *  `inProse`: the line continues a sentence from the line above (a hard wrap), so word-based rules do not apply —
 *  a wrapped fragment "…电视电话会议精神，及时把握" is short and unpunctuated too. `afterColon`: the line before ends
 *  in a colon (写道：/ 就写着：), so this line is what it introduces. */
export function lineNoiseReason(
  t: string,
  protectedLine: boolean,
  inProse: boolean,
  afterColon = false,
): string | null {
  const n = t.length;
  if (n <= 120 && isPrintHeader(t)) return PRINT_HEADER;
  // ─────── 第 1 页 / 共 9 页: a preview's page break drawn as a rule with the page number on it.
  if (n <= 60 && isPageNumberLine(t, afterColon)) return "页码";
  if (SHORT_RULE_RE.test(t) ? !inProse : n <= 2000 && SEPARATOR_RE.test(t) && !/^[*]{1,4}$/.test(t)) return "分隔线";
  const shape = shapeNoiseReason(t, afterColon);
  if (shape) return shape;
  if (n <= 2000 && isCodeLine(t)) return "样式代码";
  if (n <= 80 && RECOMMEND_LINE_RE.test(t)) return "相关文章列表";
  if (n <= 120 && (NAV_RE.test(t) || BREADCRUMB_RE.test(t) || (PATH_RE.test(t) && PATH_WORD_RE.test(t))))
    return "网站页眉页脚";
  // A row of a table written with | between its cells: no sentence of a speech has three of them.
  if (n <= 400 && /^[|｜]/.test(t) && (t.match(/[|｜]/g)?.length ?? 0) >= 3 && cjkCount(t) >= 2) return "表格";
  // A lone symbol (✕, ▶, ☆): a button's glyph. Punctuation (…, ***, ？) is left to the rules that know it.
  if (n <= 10 && !/[\p{L}\p{N}\p{P}]/u.test(t)) return "分隔线";
  // A caption may read as a title (图为县长在会上讲话), so it is judged before protected shapes are set aside.
  if (
    n <= 80 &&
    (!inProse || /^[▲△]/.test(t)) &&
    CAPTION_RE.test(t) &&
    // a sentence may end inside it before the credit: （图为…会议。记者 张三 摄）
    !/[。！？](?![（(]?[^）)。！？]{0,20}(?:摄|供图)[)）]$).+/.test(t)
  )
    return "图片说明";
  if (n <= EDITOR_NOTE_CHARS && EDITOR_NOTE_RE.test(t)) return "编者按";
  if (n <= 120 && EDITING_RESIDUE_RE.test(t)) return "编辑痕迹";
  if (n <= 40 && SEAL_LINE_RE.test(t)) return "印章";
  if (n <= 200 && (DISTRIBUTION_RE.test(t) || isOfficeList(t))) return "公文版记";
  if (n <= 70 && AGENDA_ITEM_RE.test(t)) return "会议议程";
  if (n <= 300 && REVIEW_COMMENT_RE.test(t)) return "批注";
  // 标签：…讲话稿 分类：讲话材料 may end like a title: a label at the start says it is the page's metadata.
  if (n <= 80 && META_LABEL_RE.test(t) && !/[。！？；]/.test(t)) return "网页标签信息";
  if (n <= 160 && SNAPSHOT_RE.test(t)) return "网页快照说明";
  // An asker's plea may end like a title (…求一篇领导讲话稿); the words are a Q&A site's alone.
  // The asker's plea and the answerer's preface run to a few sentences; none of their words is a speech's.
  // (Counted only for the lines short enough for the rules that ask: every one of them is 200 characters at most.)
  const fewSentences = n <= 200 && (t.match(/[。！？!?]/g)?.length ?? 0) <= 3;
  if ((n <= 80 || (n <= 200 && fewSentences)) && (QA_RE.test(t) || ANSWERED_AT_RE.test(t))) return "问答网站文字";
  if (n <= 200 && fewSentences && ANSWER_PREFACE_RE.test(t)) return "问答网站文字";
  if (n <= 300 && SUMMARY_LABEL_RE.test(t)) return "网页摘要";
  if (n <= 800 && DISCLAIMER_RE.test(t)) return "来源作者信息";
  if (n <= 100 && fewSentences && READER_APPEAL_RE.test(t)) return "网站互动提示";
  if (n <= 24 && WRITER_CREDIT_RE.test(t)) return "来源作者信息";
  if (n <= 200 && fewSentences && STUDY_PLATFORM_RE.test(t)) return "学习平台文字";
  // Not a quotation the speech reads out (写道：“Our target…”, 守则第一条就写着：Rule No. 1: …).
  if (n <= 2000 && !inProse && !afterColon && !/^[“"‘'「]/.test(t) && isEnglishProse(t)) return "英文译文";
  if (n <= 2000 && !inProse && !afterColon && !/^[“"‘'「«]/.test(t) && isOtherScriptLine(t))
    return "民族文字或外文译文";
  if (protectedLine || n > 200) return null;
  const sentence = hasSentencePunct(t);
  if (n <= 120 && isEnglishMenu(t)) return "英文网页文字";
  if (NEWS_LEAD_RE.test(t) || REPORTED_MEETING_RE.test(t)) return "新闻导语";
  if (isCreditLine(t, n)) return "图片说明";
  if (n <= 80 && FORUM_START_RE.test(t) && !inProse) return "论坛界面文字";
  if (n <= 120 && FORUM_REPLY_RE.test(t)) return "论坛回帖";
  if (n <= 180 && STAMPED_COMMENT_RE.test(t)) return "论坛回帖";
  if (n <= 24 && FORUM_CARD_RE.test(t)) return "论坛界面文字";
  if (n <= 120 && READER_MARKS_RE.test(t)) return "阅读器标记";
  if (n <= 40 && BUTTON_START_RE.test(t) && !inProse) return "论坛界面文字";
  if (n <= 14 && HOST_CUE_RE.test(t)) return "现场记录（掌声、停顿等）";
  // （来稿请注明单位、姓名…）/ 投稿邮箱：…: an account's call for contributions.
  if (
    n <= 40 &&
    !inProse &&
    /^[（(【]?(?:来稿|投稿|欢迎投稿|征稿)/.test(t) &&
    /邮箱|@|电话|微信|地址|注明|联系/.test(t)
  )
    return "投稿须知";
  // 图片 / [图片] alone: a picture's place holder.
  if (n <= 6 && /^[[【(（［]?(?:图片|图|配图)\d{0,2}[\]】)）］]?$/.test(t)) return "图片说明";
  // + 关注 / 已关注: an account's follow button.
  if (n <= 20 && !afterColon && READER_TOOLBAR_RE.test(t)) return "论坛界面文字";
  // Strong signs: no sentence of a speech contains them.
  if (n <= 120 && (t.match(AD_BOOKS_RE)?.length ?? 0) >= 2) return "广告";
  if (n <= 60 && !sentence && ARROWED_OFFER_RE.test(t)) return "广告";
  if (!lacksStrongChrome(t)) return "论坛界面文字";
  if ((n <= 40 && WECHAT_RE.test(t)) || (n <= 120 && ACCOUNT_INTRO_RE.test(t))) return "公众号界面文字";
  if (n <= 300 && MICROBLOG_LINE_RE.test(t)) return "论坛界面文字";
  if (n <= 300 && LEAD_LABEL_RE.test(t)) return "编者按";
  if (n <= 80 && DOWNLOAD_PROMPT_RE.test(t)) return "付费/登录提示";
  if (n <= 80 && !sentence && ACCOUNT_BYLINE_RE.test(t)) return "公众号界面文字";
  if (n <= 120 && !sentence && (SOURCE_START_RE.test(t) || (t.match(SOURCE_LABEL_RE)?.length ?? 0) >= 2))
    return REASON_SOURCE_NOTE;
  if (n <= 160 && (!sentence || n <= 40) && (URL_RE.test(t) || SITE_STRONG_RE.test(t))) {
    URL_RE.lastIndex = 0;
    return "网站页眉页脚";
  }
  URL_RE.lastIndex = 0;
  // (Measured without the address it ends in: a platform's disclaimer ends in the long one where it is applied for;
  // a speech's paragraph that points to one goes on after it.)
  const noted = n <= 100 || t.replace(END_URL_RE, "").length <= 100;
  if (noted && COPY_NOTE_RE.test(withoutSourceInSentence(t))) return "来源作者信息";
  if (n <= 100 && isAiNotice(t, afterColon)) return "来源作者信息";
  if (n <= 80 && !sentence && EMAIL_RE.test(t)) return "联系方式";
  // A line ending in a comma, or with several, is a piece of a sentence: noise lines are not written that way.
  // A reader's expand button stands inside the text it unfolds, between two halves of a sentence.
  if (n <= 16 && EXPANDER_RE.test(t)) return REASON_EXPANDER;
  if (inProse || /[，、；]$/.test(t) || (n >= 20 && (t.match(/[，、]/g)?.length ?? 0) >= 2)) return null;
  if (isChromeWords(t)) return "论坛界面文字";
  if (n <= 120 && ANNOUNCES_RE.test(t)) return "网站页眉页脚";
  if (n <= 40 && PULL_QUOTE_RE.test(t)) return "摘录";
  if (n <= 12 && EXCERPT_MARK_RE.test(t)) return "摘要标记";
  if (n <= 60 && !sentence && FORUM_FLOOR_RE.test(t)) return "论坛界面文字";
  if ((n <= 40 || (n <= 80 && !sentence)) && PAYWALL_RE.test(t)) return "付费/登录提示";
  if (n <= 160 && (!sentence || n <= 40) && SITE_RE.test(t)) return "网站页眉页脚";
  if (n <= 30 && !sentence && KNOWN_SITES.some((s) => t.includes(s))) return "网站页眉页脚";
  if (n <= 80 && !sentence && PHONE_RE.test(t)) return "联系方式";
  if (n <= 40 && ((!sentence && AD_RE.test(t)) || SITE_PROMO_RE.test(t))) return "广告";
  if (n <= 40 && !sentence && CONTACT_LABEL_RE.test(t)) return "联系方式";
  if (n <= 40 && LINK_PROMPT_RE.test(t)) return "广告";
  return null;
}

/** A line that plausibly belongs to the speech's text (used to find where the site footer begins). */
export function looksLikeContent(t: string): boolean {
  return (t.length >= 15 && hasSentencePunct(t)) || /^谢谢|^同志们/.test(t);
}

/** A kept line of prose that stops mid-sentence: the next line is its continuation. */
export function continuesProse(prev: string): boolean {
  return (
    prev.length >= 15 &&
    cjkCount(prev) >= 8 &&
    !endsSentence(prev) &&
    !/[：:]$/.test(prev) &&
    !isTitleLine(prev) &&
    !isMenuLike(prev)
  );
}

/** Items set apart by | or by 【】 (相关链接：A | B | C, 【打印本页】【关闭窗口】): a menu's shape, never a sentence's. */
export function isMenuLike(t: string): boolean {
  return (t.match(/[|｜]/g)?.length ?? 0) >= 2 || /^(?:【[^【】]{1,8}】\s*){2,}$/.test(t);
}
