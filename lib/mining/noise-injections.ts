// Inline injections: things a site or a converter put inside a sentence. They are cut out and the sentence is
// kept whole: pinyin residue of a Traditional converter (通報(bào)), a dot between two characters (的.人), a page
// number between dashes (— 1 —), and a watermark, the site's slogan and address, repeated inside the text. The asides
// others set into a sentence (an editor's note, a stage direction, a reader's count) are in noise-inline-asides.ts; a
// document viewer's chunk numbers (隐\n2、患) in noise-chunk-markers.ts.
import { cutBareInsertions, draftMarks } from "./noise-draft-revisions";
import { cutInternalBands, internalBands } from "./noise-internal-watermarks";
import { cutWrappedKeyword, WRAPPED_KEYWORD, wrappedKeywords } from "./noise-wrapped-keywords";
import { cutCopyCodes, pageBareDomains, pageLetterCodes, pageSiteNames, siteJammerRe } from "./noise-copy-codes";
import { cut, type Ctx } from "./noise-fragments";
export { cutChunkMarkers } from "./noise-chunk-markers";
import { needs } from "./regex-needs";
import { ADDRESS_WATERMARK } from "./noise-address-watermarks";
import { asideMarks, cutAsides, type AsideMarks } from "./noise-inline-asides";
import {
  APP_PLUG_RE,
  cutAccountStamps,
  keepAppPlug,
  keepSitePlug,
  keepNamedStamp,
  NAMED_SITE_STAMP_RE,
  POST_LINK_RE,
  SITE_PLUG_RE,
  SITE_STAMP_RE,
} from "./noise-site-stamps";
import { isTitleLine, parseEnumerator } from "./outline-patterns";
import { cutPairedRevisions } from "./noise-online-documents";
import { REVISION_DELETED, REVISION_INSERTED } from "./noise-words";
import { cutScoringMarks } from "./noise-exam-pages";
import { cutGluedPinyin } from "./noise-glued-pinyin";
import { showsStampedRemarks } from "./noise-live-pages";

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const SYLLABLE = `[a-zü${TONED}]{1,6}`;
/** Parenthesised pinyin with a tone mark right after a Chinese character: one syllable (通報(bào)) from a Traditional
 *  converter, or a word's syllables (隐患(yǐn huàn)) from a reading aid. */
export const PINYIN_RESIDUE_RE = needs(
  // (Every toned vowel lies in Latin-1's and Latin Extended-A/B's letters: one range is scanned faster than the list.)
  /[\u00e0-\u01dc]/,
  new RegExp(`(?<=[\\u4e00-\\u9fff])[（(](?=[^)）]{0,30}[${TONED}])${SYLLABLE}(?: ${SYLLABLE}){0,3}[)）]`, "g"),
);
/** [^1^]: an AI answer's mark citing its source after a sentence (a document's own note is [1] or ①). */
const AI_CITATION_RE = needs(["[^"], /\[\^\d{1,2}\^\]/g);
/** A terminal's colour code kept from a BBS post ([1;36m … [m), its escape character lost in the copy. */
const ANSI_CODE_RE = /\x1b?\[(?:\d{1,3}(?:;\d{1,3}){0,4})?m(?![^[\]\n]{0,12}\])/g;
/** An ASCII full stop between two Chinese characters: no Chinese sentence writes one there. */
export const DOT_INJECTION_RE = needs(["."], /(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])/g);
/** — 1 — : a page number between dashes; - 1 - after a sentence's end at a line's end, or at its start before a
 *  section's heading (- 13 -三、…), not before a list's or a range's words (- 1 - 检查…); 1-2-3, 5 - 3 - 1 are figures. */
export const DASHED_PAGE_RE = needs(
  /[—–－-]\s?\d/,
  /[—–－]\s?\d{1,3}\s?[—–－](?!\d)|(?<=[。！？”])\s*-\s\d{1,3}\s-\s*$|^\s*-\s?\d{1,3}\s?-\s*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/g,
);

/** ...wd... : a document viewer's marker, latin letters between runs of dots. */
export const VIEWER_MARK_RE = needs(/[A-Za-z]/, /(?:\.{3,8}|…{1,4})[A-Za-z]{1,6}(?:\.{3,8}|…{1,4})/g);
/** 在…上的讲话　[VIP精品]: a 材料 site's badge after a speech's title (the title stays, and the badge says no more). */
const TITLE_BADGE_RE = needs(
  /[[【［]\s*(?:VIP|会员|精品|推荐|热门|置顶|付费|免费|独家|最新)/i,
  /(?<=(?:讲话|发言|致辞|主持词|讲话稿))\s*[[【［]\s*(?:VIP|会员|精品|推荐|热门|置顶|付费|免费|独家|最新)[^\]】］]{0,6}[\]】］]\s*$/i,
);
/** 原标题：在…上的讲话: a reprint's label over the speech's own title, which the page's headline replaced. */
const ORIGINAL_TITLE_RE = /^\s*原(?:文)?标题[：:]\s*(?=[^。！？：:]{4,60}(?:讲话|发言|致辞|主持词)\s*$)/;
/** 文章标题：X right after X: the page's metadata label, with its copy of the title, inside the text. */
const TITLE_LABEL_RE = /(?:文章标题|文档标题|标题)[：:]/g;

function cutTitleLabel(text: string, lineNo: number, ctx: Ctx): string {
  TITLE_LABEL_RE.lastIndex = 0;
  if (!TITLE_LABEL_RE.test(text)) return text;
  TITLE_LABEL_RE.lastIndex = 0;
  const parts: string[] = [];
  let from = 0;
  for (let m = TITLE_LABEL_RE.exec(text); m; m = TITLE_LABEL_RE.exec(text)) {
    if (m.index < from) continue;
    const before = text.slice(Math.max(from, m.index - 60), m.index);
    const after = m.index + m[0].length;
    let len = before.length;
    while (len >= 6 && !text.startsWith(before.slice(before.length - len), after)) len--;
    if (len < 6) continue;
    ctx.removed.push({ text: text.slice(m.index, after + len), reason: "网页信息栏（文章标题）", lineNo });
    parts.push(text.slice(from, m.index));
    from = after + len;
    TITLE_LABEL_RE.lastIndex = from;
  }
  TITLE_LABEL_RE.lastIndex = 0;
  return from ? parts.join("") + text.slice(from) : text;
}

// An online document's tracked changes exported inline, with the reviser's name: [删除: 外省](张科长) goes whole,
// [插入: 要抓好培训。](张科长) keeps what was inserted. Normalising has made the colon and parentheses full-width.
const TRACKED_DELETION_RE = /\[(?:删除|删去)[:：][^\]\n]{0,300}\][（(][^（）()\n]{0,16}[）)]/g;
const TRACKED_INSERTION_RE = /\[(?:插入|添加|新增)[:：]\s*([^\]\n]{0,300})\][（(]([^（）()\n]{0,16})[）)]/g;

/** An online document's deletion copied as Markdown's strikethrough: 已整改~~1986~~2041项. */
const STRUCK_OUT_RE = /~~[^~\n]{1,60}~~/g;

function cutTrackedChanges(raw: string, lineNo: number, ctx: Ctx): string {
  // A teacher's scoring marks in a model answer (【踩分点①】, noise-exam-pages.ts) go with a reviser's marks.
  const text = cutScoringMarks(raw, lineNo, ctx);
  const struck = text.includes("~~") ? cut(text, STRUCK_OUT_RE, REVISION_DELETED, lineNo, ctx) : text;
  if (!struck.includes("[")) return struck;
  const t = cut(cutPairedRevisions(struck, lineNo, ctx), TRACKED_DELETION_RE, REVISION_DELETED, lineNo, ctx);
  return t.replace(TRACKED_INSERTION_RE, (m, inserted: string) => {
    ctx.removed.push({ text: m.replace(inserted, ""), reason: REVISION_INSERTED, lineNo });
    return inserted;
  });
}

/** An answerer's plea on a Q&A site glued to the answer's last sentence: （原创不易，望采纳）, 【满意请采纳】, 谢谢大家！望采纳。
 *  In brackets holding nothing else, or 望/求采纳 after a sentence's end at the line's end (a rule for the whole line
 *  would take the closing with it); （凡是可行的请采纳） and 请采纳。 are a speech's own words. */
const ANSWER_PLEA_RE = needs(
  ["采纳"],
  /[（(【[](?:如果|如)?(?:满意|觉得有用|有帮助)?[，,]?(?:原创不易[，,]?)?(?:望|请|求|记得|给个)采纳(?:一下)?[，,！!。~～]*(?:谢谢[！!。]*)?[）)】\]]|(?<=[。！？!?])\s*(?:原创不易[，,]?\s*)?(?:望|求)采纳[！!。~～]*$/g,
);

/** 回复：二、… / 回复：接上楼 三、…: a forum floor's label before the poster's next part of the text. Only on a forum's page
 *  (a member's level badge, 楼主, a floor's number), and only before an outline number or with 接上楼: 回复：一、… in a
 *  speech's own questions and answers, or 回复：关于… as a letter's title, stay. */
const FLOOR_LABEL_RE = /^\s*回复\s*[：:]\s*(?:[（(]?[接续]上楼[）)]?\s*[：:，,]?\s*)?/;
const FORUM_PAGE_RE = /楼主|Lv\.?\s*\d|(?:^|\s)\d{1,4}\s*楼\s*(?:[·|]|$)/i;

function cutFloorLabel(text: string, lineNo: number, ctx: Ctx): string {
  const m = FLOOR_LABEL_RE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  if (!m[0].includes("楼") && !parseEnumerator(rest)) return text;
  ctx.removed.push({ text: m[0].trim(), reason: "论坛界面文字", lineNo });
  return rest;
}

/** A comment's anchor left in the text: a web page saved from Word ([LW1], [ZH2]: the reviewer's initials and
 *  number) or an online document copied out ([批注1], [评论1] over its list 评论1 王科长：…), cut only when the page
 *  also lists the comment under that anchor ([LW1] 请核实数据, 批注 [ZH1]: 郑海波 …): [A1] in a sentence may be the
 *  speech's own (附表[A1], [H2]类企业). */
const COMMENT_START_RE =
  /^\s*(?:(?:批注\s*)?\[((?:[A-Z]{1,4}|批注|评论)\d{1,3})\]|((?:批注|评论)\d{1,3})(?=\s|[：:\u4e00-\u9fff]))/;
const COMMENT_ANCHOR_RE =
  /(?<=[\u4e00-\u9fff\d%，。、；：！？”）》]\s?)\[(?:[A-Z]{1,4}|批注|评论)\d{1,3}\]\s?(?=[\u4e00-\u9fff，。、；：！？“（《]|$)/g;

/** An encyclopedia's or an article's list of sources, a line of its own: the page cites them in its sentences. */
const REFERENCES_LABEL_RE = /^\s*(?:参考资料|参考文献|参考来源|资料来源)\s*[：:]?\s*$/;
/** A source cited inside a sentence (…下降18.2%[1]，[2][3]): a number in brackets after the text it supports. */
const CITATION_RE = /(?<=\S)(?:[[［]\d{1,3}(?:[-–,，]\d{1,3})*[\]］])+/g;

/** A lynx dump: a number before each link's text ([23]隐患排查治理台账), the links listed under References. */
const LYNX_REFERENCES_RE = /^\s*References\s*$/;
const LYNX_LINK_RE = /\[(?!(?:19|20)\d\d\])\d{1,4}\](?=\S)/g; // not a document number's year: 川办发[2023]12号

/** 【2/6】#××书记讲安全# opening a post of a thread that carries a text in parts. */
const THREAD_MARKER_RE = /^\s*【\d{1,2}\/\d{1,2}】\s*(?:#[^#\n]{1,30}#\s*)?/;

export type PageMarks = {
  anchors: Set<string>;
  forum: boolean;
  references: boolean;
  /** A BBS post (发信站：…), whose colour codes survive the copy. */
  bbs: boolean;
  /** What the asides cut from sentences need (noise-inline-asides.ts). */
  asides: AsideMarks;
  lynx: boolean;
  letterCodes: Set<string>;
  bareDomains: Set<string>;
  /** A forum's anti-copy strings: codes around the site's name or an address. */
  jammer: RegExp;
  /** An office system's watermark bands (noise-internal-watermarks.ts). */
  bands: RegExp | null;
  /** Keyword phrases set whole at a wrapped line's start (noise-wrapped-keywords.ts), by line number. */
  keywords: Map<number, string>;
  /** Viewers' remarks under their times and names ([18:55] 网友：…): kept whole here, dropped by the live page's rule. */
  stamped: boolean;
  /** A Word draft's bare tracked changes and comments: null on a page with none, else its template's blanks
   *  (noise-draft-revisions.ts). */
  draft: ReadonlySet<string> | null;
};
/** What of the page the inline cuts need (the anchors of the comments it lists, whether it is a forum's, …). */
export function pageMarks(lines: { text: string; lineNo: number }[]): PageMarks {
  const page = lines.map((l) => l.text).join("\n");
  // Letter codes and dotless addresses lie inside one line and hold a small letter: only such lines are scanned.
  const lettered = lines.flatMap((l) => (/[a-z]/.test(l.text) ? [l.text] : [])).join("\n");
  return {
    anchors: new Set(
      lines.flatMap((l) => {
        const m = COMMENT_START_RE.exec(l.text);
        return m ? [`[${m[1] ?? m[2]}]`] : [];
      }),
    ),
    forum: lines.some((l) => FORUM_PAGE_RE.test(l.text)),
    references: lines.some((l) => REFERENCES_LABEL_RE.test(l.text)),
    bbs: lines.some((l) => /^\s*发信站\s*[:：]/.test(l.text)),
    asides: asideMarks(lines),
    lynx: lines.some((l) => LYNX_REFERENCES_RE.test(l.text)),
    letterCodes: pageLetterCodes(lettered),
    bareDomains: pageBareDomains(lettered),
    jammer: siteJammerRe(pageSiteNames(page)),
    bands: internalBands(lines),
    keywords: wrappedKeywords(lines),
    stamped: showsStampedRemarks(lines.map((l) => l.text)),
    draft: draftMarks(lines.map((l) => l.text)),
  };
}

/** Cuts the injections that need no context from one line. */
export function cutInjections(text: string, lineNo: number, ctx: Ctx, marks?: PageMarks): string {
  let t = cut(text, PINYIN_RESIDUE_RE, "拼音残留（繁简转换网站插入的注音）", lineNo, ctx);
  t = cutGluedPinyin(t, lineNo, ctx);
  t = cut(t, DOT_INJECTION_RE, "插入字间的圆点", lineNo, ctx);
  if (marks?.bbs) t = cut(t, ANSI_CODE_RE, "终端颜色代码", lineNo, ctx);
  t = cutCopyCodes(t, lineNo, ctx, marks?.letterCodes, marks?.bareDomains, marks?.jammer);
  if (marks?.bands) t = cutInternalBands(t, marks.bands, lineNo, ctx);
  if (marks?.keywords.size) t = cutWrappedKeyword(t, lineNo, ctx, marks.keywords);
  t = cut(t, AI_CITATION_RE, "AI 回答的引用标记", lineNo, ctx);
  t = cut(t, SITE_PLUG_RE, "网站插入的推广或声明", lineNo, ctx, (m) => keepSitePlug(text, m));
  t = cut(t, VIEWER_MARK_RE, "文档标记", lineNo, ctx);
  // (In a line with a sentence's end the address is cut by itself later; a wrapped piece would go whole as the site's.)
  t = cut(t, SITE_STAMP_RE, "水印", lineNo, ctx, (m) => m.length === text.trim().length || /[。！？]/.test(text));
  t = cut(
    t,
    NAMED_SITE_STAMP_RE,
    ADDRESS_WATERMARK,
    lineNo,
    ctx,
    (m) => m.length === text.trim().length || keepNamedStamp(m),
  );
  t = cutAccountStamps(t, lineNo, ctx);
  t = cut(t, APP_PLUG_RE, "付费/登录提示", lineNo, ctx, (m) => keepAppPlug(text, m));
  t = cut(t, POST_LINK_RE, "网站页眉页脚", lineNo, ctx);
  t = cutBareInsertions(cutTrackedChanges(t, lineNo, ctx), lineNo, ctx, marks?.draft ?? null);
  const anchors = marks?.anchors;
  if (anchors?.size) t = cut(t, COMMENT_ANCHOR_RE, "批注标记", lineNo, ctx, (m) => !anchors.has(m.trim()));
  t = cutAsides(t, lineNo, ctx, marks?.asides);
  t = cutTitleLabel(t, lineNo, ctx);
  const badged = t;
  t = cut(
    t,
    TITLE_BADGE_RE,
    "网站标记（标题后的付费或推荐标签）",
    lineNo,
    ctx,
    (m) => !isTitleLine(badged.slice(0, badged.length - m.length).trim()),
  );
  t = cut(t, ORIGINAL_TITLE_RE, "网页信息栏（原标题）", lineNo, ctx);
  if (marks?.forum) t = cutFloorLabel(t, lineNo, ctx);
  if (marks?.references) t = cut(t, CITATION_RE, "引用标注", lineNo, ctx);
  if (marks?.lynx) t = cut(t, LYNX_LINK_RE, "链接编号（文本浏览器）", lineNo, ctx);
  const marked = t.length;
  t = cut(t, THREAD_MARKER_RE, "微博分条标记", lineNo, ctx);
  // 【1/6】#话题# 【在…上的讲话】: the first post's title, bracketed as a post sets it off.
  if (t.length < marked) t = t.replace(/^\s*【([^【】]{4,60}(?:讲话|发言|致辞|主持词))】\s*$/, "$1");
  t = cut(t, ANSWER_PLEA_RE, "问答网站文字", lineNo, ctx);
  return cut(t, DASHED_PAGE_RE, "页码", lineNo, ctx);
}

/** Titles of the page (title-shaped lines near its top, kept or removed) an SEO template may paste into the text. */
export function pageTitles(texts: string[]): string[] {
  const titles = new Set<string>();
  for (let i = 0, seen = 0; i < texts.length && seen < 12; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    seen++;
    if (t.length >= 10 && t.length <= 40 && isTitleLine(t)) titles.add(t);
  }
  return [...titles].sort((a, b) => b.length - a.length);
}

/** A speaker's post or 同志 right before 在…讲话. */
const SPEAKER_BEFORE_RE = /(?:[县市区镇乡局校院厂部处科所队站]长|书记|主任|同志|总经理|董事长|主席)$/;

/** A page title (or search phrase) pasted in a sentence (after a Chinese character, not at the line's start: there it
 *  is the speech's own title glued to the text) is cut out. */
export function cutTitleInjections(text: string, titles: string[], lineNo: number, ctx: Ctx): string {
  let t = text;
  for (const title of titles) {
    // Only inside prose: a line that is little more than the title is a variant of it, not a sentence.
    if (t.length < title.length + 10 || !/[。！？，]/.test(t)) continue;
    for (let at = t.indexOf(title, 1); at > 0; at = t.indexOf(title, at + 1)) {
      if (!/[\u4e00-\u9fff，、]/.test(t[at - 1]!) || t.slice(0, at).trim().length === 0) continue;
      // 转发韩局长在…会议上的讲话: the sentence names the speech by its speaker, no template pasted it.
      if (title.startsWith("在") && SPEAKER_BEFORE_RE.test(t.slice(0, at))) continue;
      const reason = title.startsWith("【") ? WRAPPED_KEYWORD : "插入正文的网页标题"; // 【…】: a search phrase
      ctx.removed.push({ text: title, reason, lineNo });
      t = t.slice(0, at) + t.slice(at + title.length);
      at--;
    }
  }
  return t;
}
