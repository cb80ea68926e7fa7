// Inline noise fragments: markers, tags, source/paywall notes, site watermarks and censored pinyin, cut from lines.
import { cjkCount, isCjk, isTitleLine } from "./outline-patterns";
import { MENTION_NAME } from "./normalise";
import { mayMatch, needs } from "./regex-needs";
import { PICTOGRAPH_BLOCKS_RE } from "./pictographs";
import { KNOWN_SITES_RE } from "./noise-words";
import { mastheadNames } from "./noise-masthead-names";
import { publisherWatermark } from "./noise-publisher-names";
import { accountWatermark } from "./noise-platform-pages";
import { sharedStart } from "./shared-runs";
import { cutPieceNote } from "./noise-piece-notes";
import { TRAILING_TOPICS } from "./noise-social-posts";
import type { Removed } from "./types";

/** What a tool's marker names where it could not save text: a picture (a browser's save as text: [图像: alt text]), an
 *  attachment, a video, a button, a link. */
export const MARKER_WORDS =
  "bookmark|image|img|pic|图片|图像(?=\\s*[:：])|附件|视频|toc|按钮|链接|音频|动图|二维码|(?:button|link|audio|video)(?![a-z])";
export const MARKER_RE = needs(["["], new RegExp(`\\[(?:${MARKER_WORDS})[^\\]\\n]{0,200}\\]`, "gi"));
/** A chat export's time and sender in front of a message ([09:14:30] 刘××(镇应急办)：…): the message stays. The
 *  sender is the first group (a replay's timed 弹幕 are read by it too, noise-live-pages.ts). */
export const CHAT_PREFIX_RE = /^\s*[[［]\d{1,2}:\d{2}(?::\d{2})?[\]］]\s*([^\s：:，。！？]{1,24})[：:]\s*/;
/** Forum markup (BBCode) left in copied text: [quote], [b], [size=4], [color=#333333] … and their closing tags. */
export const BBCODE_RE = needs(
  ["["],
  /\[\/?(?:quote|b|i|u|s|size|color|font|url|img|align|center|left|right|code|list|\*|table|tr|td|hr|indent|p|sup|sub|backcolor|attach|media|hide|free)(?:=[^\]\n]{0,60})?\]/gi,
);
/** Pictographs (📌, 👉, 🔥, 👍 …): a page's decoration, never a speech's text. ©, ® and ™ stay for the rules. */
export const EMOJI_RE = needs(PICTOGRAPH_BLOCKS_RE, /(?![©®™])\p{Extended_Pictographic}\uFE0F?/gu);
/** A keycap number (1️⃣): the number it shows, as a list number. */
export const KEYCAP_RE = /([0-9])\uFE0F?\u20E3/g;
/** A site's column tag before a title or a box (【学习】, 【推荐】, 【重磅】), a picture's label before a sentence. */
const COLUMN_TAG_RE = needs(
  ["【"],
  /^\s*(?:【(?:学习|推荐|精选|原创|转载|置顶|热门|荐|图文|视频|独家|重磅|关注|头条)】|【(?:图解|组图|图集|图片|长图|海报|音频|H5)】(?=.*[。！？]))/,
);
/** A site's genre or news-column tag before a title (【讲稿】在…上的讲话, 【要闻】…——在…上的讲话). The same words open a
 *  host's agenda (【致辞】请…作动员讲话) or a speech's list of its own columns (【范文】提供…), so the rest must be a title. */
const TITLE_TAG_RE =
  /^\s*【(?:讲稿|讲话稿|讲话|发言稿|发言|致辞|演讲稿|范文|要闻|动态|工作动态|新闻|快讯|简讯|速递)】\s*/;
/** A programme's caption over the talk it airs (【专题讲话】压实…　守牢…底线): its title may be a slogan's two phrases with
 *  no 讲话 in it, so the rest need only be a short line with no sentence, no clause and no host's 请 in it. */
const CAPTION_TAG_RE =
  /^\s*【(?:专题讲话|嘉宾讲话|嘉宾访谈|专题访谈|访谈主题|本期话题|本期主题)】\s*(?=[^。！？；，,请]{4,40}$)/;

/** …上的讲话｜完整版 #安全生产月 #青禾铸造: a video's or a post's topics after the title it is captioned with, and the
 *  post's word for the cut on its bar before them (normalising has dropped the spaces before each #). Another word
 *  there is the title's own (｜县长李明, its speaker; ｜第一部分, its part) and stays; a tag is no bar's words, and
 *  #2机组 in the title is a unit's number. A phone may type the full-width ＃. */
const CAPTION_TAIL_RE =
  /\s*(?:[｜|]\s*(?:完整版|完整视频|全程|全程回放|回放|原声|高清|精华版?)\s*)?(?:[#＃](?!\d)[^\s#＃｜|\p{P}]{1,20}[#＃]?\s*)+$/u;

/** Cuts a site's column tag (COLUMN_TAG_RE), then a genre or column tag before a title (TITLE_TAG_RE) or a programme's
 *  caption tag (CAPTION_TAG_RE), and a caption's topics after one (CAPTION_TAIL_RE); a site's note on its piece from
 *  the paragraph it is run into. */
export function cutColumnTags(line: string, lineNo: number, ctx: Ctx): string {
  const text = cutCaptionTail(
    cutPieceNote(cut(line, COLUMN_TAG_RE, "栏目标记", lineNo, ctx), lineNo, ctx),
    lineNo,
    ctx,
  );
  const genre = TITLE_TAG_RE.exec(text);
  const tag = genre && isTitleLine(text.slice(genre[0].length).trim()) ? genre : CAPTION_TAG_RE.exec(text);
  if (!tag) return text;
  ctx.removed.push({ text: tag[0], reason: "栏目标记", lineNo });
  return text.slice(tag[0].length);
}

function cutCaptionTail(text: string, lineNo: number, ctx: Ctx): string {
  const tail = /[#＃]/.test(text) ? CAPTION_TAIL_RE.exec(text) : null;
  if (!tail || !isTitleLine(text.slice(0, tail.index).trim())) return text;
  ctx.removed.push({ text: tail[0].trim(), reason: "话题标签", lineNo });
  return text.slice(0, tail.index);
}
/** A social site's topic tag (#森林防火#, and the next one right after it: #安全生产月##沅北化工#; 1#高炉 does not match),
 *  or a short video's open topics after a paragraph's last sentence (…“我要安全”。 #安全红线), and a mention inside a
 *  sentence (局@云岭林业 要…, ended by the space normalising keeps after it; e-mail addresses do not match, and a line
 *  that starts with @ is a reply, left whole to the line rules). */
export const TOPIC_TAG_RE = needs(
  ["#"],
  new RegExp(
    `${TRAILING_TOPICS}|(?:(?<![\\dA-Za-z#])|(?<=[\\u4e00-\\u9fff]#))#[\\u4e00-\\u9fff][^#\\n\\d]{0,30}#`,
    "g",
  ),
);
/** A site's promoted topic (#热议# 家里老人独居，冬天取暖要注意哪些安全问题？): the site's own label as the tag (a speech
 *  posted under #安全生产月# keeps its question), then one question, on its own line. Global only because cut() needs it. */
export const PROMOTED_TOPIC_RE =
  /^\s*#(?:热议|热搜|热门|热点|推荐|精选|话题|今日话题|大家都在问|猜你想问)#\s*[^。！；#\n]{4,40}[？?]\s*$/g;
export const MENTION_RE = needs(["@"], new RegExp(`(?<=[^\\s\\w.@-])${MENTION_NAME} `, "gu"));
/** A tag; and a tag's attributes opening a line, closing it (" alt="…" width=640 />, ' title='…' />), whose < a naive
 *  tag strip left on the line above with the start of the tag; the text glued after its > stays. */
export const TAG_RE = needs(
  [">"],
  /<\/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>\n]{0,300})?\s*\/?>|^\s*["']?(?:\s*[a-zA-Z][\w:-]{0,20}\s*=\s*(?:"[^"<>\n]{0,300}"|'[^'<>\n]{0,300}'|[^\s"'<>/]{1,40}))+\s*\/?>/g,
);
export const CSS_BRACES_RE = needs(["{"], /\{[\s\w\-#.:;,%()'"!]{0,300}:[\s\w\-#.:;,%()'"!]{0,300}\}/g);
/** （未完，请看下一页） / （未完待续） / （未完，见2楼）: where a site cut the text into pages, or a poster into floors, at a
 *  line's end; the text goes on past what the page puts between. */
export const UNFINISHED_END_RE =
  /[（(]未完(?:待续)?[，,、]?(?:请?(?:看|见|转|接|阅读?)(?:下一?页|下楼|\d{1,3}\s*楼)|(?:下一?页|下楼)(?:继续|接续|续))?[)）]$/;
/** 第 2 页 共 9 页 or 页码：2/5 inside a line (页码：2/5 at its end or before a space: 页码：1/3为… is a sentence's; 第1页，
 *  共2页的清单 is too: a footer is no 的's owner); #p#分页标题#e#, the page break a CMS (DedeCMS) leaves in an article. */
export const PAGE_INLINE_RE = new RegExp(
  String.raw`第\s*\d{1,4}\s*页\s*[，,、/：:]?\s*共\s*\d{1,4}\s*页(?!\s*的)|页码\s*[：:]\s*\d{1,4}\s*[/／]\s*\d{1,4}(?=\s|$)|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|#p#[^#\n]{0,30}#e#|` +
    UNFINISHED_END_RE.source,
  "g",
);
// (来源：某某网) / (本文来源于网络，如有侵权…) / (本文由某某网整理) / (本文由公文素材港整理，转载请注明出处) — but not
// (来自各乡镇、各部门) or (文章由县应急局编辑).
export const SOURCE_NOTE_RE =
  /[（(【\[「](?:(?:本文|此文|文章|内容)?(?:来源|出处|转载自|摘自|来自)(?:[：:][^（）()【】\[\]「」\n]{1,30}|于?[^（）()【】\[\]「」\n：:]{0,20}(?:网|站|号|文库|平台|网络)[^（）()【】\[\]「」\n]{0,20})|(?:本文|此文)由[^（）()【】\[\]「」\n。]{0,30}(?:网|站|文库|文苑|书屋|平台|\.com|\.cn|www)[^（）()【】\[\]「」\n。]{0,20}(?:整理|提供|发布|编辑|收集|上传)|(?:本文|此文)由[^（）()【】\[\]「」\n。]{1,20}(?:整理|编辑|发布)[，,、\s]*(?:转载请注明(?:出处|来源)?|禁止转载|谢绝转载))[）)】\]」]/g;
/** 【更多范文请访问文稿驿站】, （关注“笔友范文”公众号，获取更多范文）, （文稿驿站 www.x.com 整理）: a site's call for more of
 *  its pages, or its credit with its address, set into a sentence; in brackets naming a site (网, 站, 文库, 公众号, an
 *  address). A speech's own brackets that send people to a 平台 or a 公众号 (（请于3月25日前登录…平台上报）, （欢迎大家关注
 *  “青崖应急”公众号）, （更多信息可登录县政府网查询）, （全文已在县政府网www.…发布）) ask for no more of a site's
 *  pages and credit no one: they stay. */
const IN_BRACKET = "[^（）()【】\\[\\]\\n]";
export const SITE_PROMO_RE = new RegExp(
  `[（(【\\[](?=${IN_BRACKET}{0,40}(?:网|站|文库|范文|公众号|APP|平台|www\\.|\\.com|\\.cn))` +
    `(?:${IN_BRACKET}{0,12}更多(?:精彩|精品|优秀|免费)?(?:范文|好文|文章|资料|文档|公文|讲话稿|材料)${IN_BRACKET}{0,8}` +
    `(?:访问|关注|登录|搜索|下载|浏览)${IN_BRACKET}{0,24}` +
    `|${IN_BRACKET}{0,24}(?:访问|关注|搜索|下载)${IN_BRACKET}{0,20}(?:获取|查看|阅读|下载)更多${IN_BRACKET}{0,12}` +
    `|${IN_BRACKET}{0,20}(?:www\\.|https?:)${IN_BRACKET}{0,40}(?:整理|收集|原创|首发|提供))[）)】\\]]`,
  "gi",
);
// (原创，转载请注明) / 【禁止转载】 after a blog post's title; a bracket that ends by asking for credit
// (【某某网原创首发，转载请注明出处】, （本文来自某某网www.…，转载请注明出处）, （本文首发于某某，转载请注明出处）) or
// threatens copiers after its claim (【某某公文原创 盗版必究】) is a site's claim wherever it stands, even inside a sentence,
// unless the sentence quotes it as what was printed (查获印有【名师原创 盗版必究】字样的…, 封底印着（…侵权必究），…): there
// it is the sentence's object, and the sentence does not read on without it.
export const COPY_NOTE_INLINE_RE = needs(
  ["原创", "转载请", "禁止转载", "谢绝转载", "必究"],
  /(?=[（(【\[])(?<!(?:印|标|写|刻|喷|贴|盖|打|注)(?:有|着|上|了|的|明)\s{0,2}|标注\s{0,2})(?:[（(【\[](?:原创[，,、\s]*)?(?:转载请注明(?:出处|来源)?|转载请联系作者|禁止转载|谢绝转载|原创)[）)】\]]|[（(【\[][^（）()【】\[\]\n。]{1,24}?(?:原创首发|原创|首发|整理|发布)[，,、\s]*(?:转载请注明(?:出处|来源)?|转载请联系作者|禁止转载|谢绝转载|(?:盗版|侵权|翻版|抄袭)必究)[）)】\]]|[（(【\[](?:本文|此文)?(?:首发于|来自|来源于|转自|摘自|发布于|整理自)[^（）()【】\[\]\n。，,]{0,36}[，,、\s]+(?:转载请注明(?:出处|来源)?|转载请联系作者|禁止转载|谢绝转载)[）)】\]])(?!\s*[”"」]?\s*等?的?字样)/g,
);
// 在…上的讲话(2024-02-27 21:16:08)转载▼: a blog post's time and tag after its title (a date alone, which may be the
// speech's own, stays for the header).
export const POST_STAMP_RE = needs(
  ["（", "("],
  /(?<=[\u4e00-\u9fff）)])\s*(?:[（(]\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?[）)]\s*(?:转载|原创|置顶)?|[（(]\d{4}-\d{1,2}-\d{1,2}[）)]\s*(?:转载|原创|置顶))[▼▾]?\s*$/,
);
export const PAYWALL_NOTE_RE = needs(
  ["登录后", "注册后", "下载后", "付费后", "会员", "VIP专享", "全文", "查看完整", "隐藏", "未读"],
  /[（(【\[][^（）()【】\[\]\n]{0,20}(?:登录后|注册后|下载后|付费后|开通会员|会员专享|VIP专享|查看全文|阅读全文|下载全文|查看完整|隐藏内容|内容已隐藏|此处隐藏|已隐藏)[^（）()【】\[\]\n]{0,20}[）)】\]]|剩余\s*\d{1,3}\s*%\s*未读/g,
);

/** A template site's name by its shape (范文之家, 文秘网, 文库网), stamped into a sentence as a watermark: no speech
 *  names such a site, while the list of known sites (noise-words.ts) can never be complete. 公文网 (an office's own
 *  network), 文档在线, 作文大全 and the like are ordinary words and stay. */
export const TEMPLATE_SITE_RE = /(?:范文|文库|文秘)(?:之家|网(?![络格站页址点民友购店上]))/g;

/** 本文来自 inside a long sentence (…第一责任人，本文来自某某网 www.…分管领导…): a watermark's words, which the inline
 *  cuts take; the line is no source note for them. */
const SOURCE_IN_SENTENCE_RE = /(?<=[，、；\u4e00-\u9fff])(?:本文|此文)来(?:自|源于?)/g;
export const withoutSourceInSentence = (t: string): string =>
  cjkCount(t) >= 40 ? t.replace(SOURCE_IN_SENTENCE_RE, "") : t;

/** The bracket a watermark stood in (【笔杆范文网 www.… 整理】), left holding only the site's verb once the name and the
 *  address are cut, or the words that named it with no bracket (…责任人，本文来自墨林文秘网 www.…分管领导…): read
 *  only on a line that had a watermark cut. */
export const EMPTIED_WATERMARK_RE =
  /[【\[〔（(]\s*(?:由|来自|转自)?\s*(?:整理|提供|收集|编辑|原创|首发|发布|转载|收录)?\s*[】\]〕）)]|(?:本文|此文)(?:来自|来源于?|转自|摘自|转载自)[：:]?\s*/g;

/** Characters that turn a trailing 网 into an ordinary word (网络, 网格, 网站, 网点 …). */
const NET_WORD_NEXT = "络格站页址点民友民购店上";
/** Characters before 网 that make an ordinary compound (电网, 管网, 互联网, 安全网 …), never a site name. */
const NET_WORD_PREV =
  "联电管路护全上入并官内外专组织结撒漏落触法天渔光务息控通域线配输水气信讯警防密张一大互物铁公骨干业站球蛛拉安监测感服交商城农宽移局广校卫智云航";

export type Ctx = { removed: Removed[] };

export function cut(
  text: string,
  re: RegExp,
  reason: string,
  lineNo: number,
  ctx: Ctx,
  keep?: (m: string) => boolean,
): string {
  re.lastIndex = 0;
  if (!mayMatch(re, text) || !re.test(text)) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => {
    if (keep?.(m)) return m;
    ctx.removed.push({ text: m, reason, lineNo });
    return "";
  });
}

const COPYRIGHT_RE = /©|copyright|版权所有/i;
const SITE_CONTEXT_RE =
  /www\.|https?:|\.com|\.cn|©|copyright|版权|备案|来源|本文来自|网站|站长|^[^\s>›»]{2,12}\s*[>›»]\s*\S/i;

/** A writing site's studio name (卓笔文苑, 公文书屋, 笔墨轩): a word of writing before a word of a studio. */
const isStudioEnd = (text: string, q: number) =>
  "苑阁轩斋屋".includes(text[q]!) && "文书笔墨秘稿".includes(text[q - 1]!);

/** Every 3–8 character Chinese string ending in 网 or 库 (not an ordinary compound such as 电网), or in a studio's
 *  name (…文苑, …书屋) when `studios` (only on the site's own copyright line: 农家书屋 in a related title is a word):
 *  name candidates. */
function siteShapedNames(text: string, studios = false): Set<string> {
  const out = new Set<string>();
  for (let q = text.search(/[网库苑阁轩斋屋]/); q >= 0 && q < text.length; q++) {
    const studio = studios && q >= 1 && isStudioEnd(text, q);
    if (text[q] !== "网" && text[q] !== "库" && !studio) continue;
    if (q < 2 || (!studio && NET_WORD_PREV.includes(text[q - 1]!))) continue;
    for (let len = 3; len <= 8 && q + 1 - len >= 0; len++) {
      const cand = text.slice(q + 1 - len, q + 1);
      if (cjkCount(cand) !== len) break;
      out.add(cand);
    }
  }
  return out;
}

/** Site names to strip from sentences: the curated list, names learned from the page's own header/footer lines
 *  (a self-media account's from its header, noise-platform-pages.ts; an app's from its masthead and byline among
 *  the `page`'s lines, noise-publisher-names.ts), and 网-names that recur inside sentences in varied contexts (an
 *  injected watermark, not a word). */
export function learnWatermarks(noiseLines: string[], body: string, page: string[] = []): string[] {
  const names = new Set<string>(body.match(KNOWN_SITES_RE) ?? []);
  const inBody = siteShapedNames(body);
  const account = accountWatermark(noiseLines, body) ?? publisherWatermark(page, body);
  if (account) names.add(account);
  for (const line of noiseLines) {
    for (const masthead of mastheadNames(line, body)) names.add(masthead);
    if (!SITE_CONTEXT_RE.test(line)) continue;
    const inBodyHere = COPYRIGHT_RE.test(line) ? siteShapedNames(body, true) : inBody;
    for (const cand of siteShapedNames(line, COPYRIGHT_RE.test(line))) if (inBodyHere.has(cand)) names.add(cand);
  }
  const stats = new Map<string, { count: number; lefts: Set<string>; rights: Set<string>; cjkRights: number }>();
  for (let p = body.indexOf("网", 2); p >= 0; p = body.indexOf("网", p + 1)) {
    const right = body[p + 1] ?? "";
    if (NET_WORD_PREV.includes(body[p - 1]!) || NET_WORD_NEXT.includes(right)) continue;
    for (let k = 2; k <= 4 && p - k >= 1; k++) {
      const cand = body.slice(p - k, p + 1);
      if (cjkCount(cand) !== cand.length) break;
      const s = stats.get(cand) ?? { count: 0, lefts: new Set(), rights: new Set(), cjkRights: 0 };
      s.count++;
      s.lefts.add(body[p - k - 1]!);
      s.rights.add(right);
      if (isCjk(right)) s.cjkRights++;
      stats.set(cand, s);
    }
  }
  const recurring = [...stats].filter(
    ([, s]) => s.count >= 3 && s.lefts.size >= 2 && s.rights.size >= 2 && s.cjkRights * 3 >= s.count * 2,
  );
  for (const [cand] of recurring)
    if (!recurring.some(([o]) => o.length < cand.length && cand.endsWith(o))) names.add(cand);
  return [...names].map((name) => withSlogan(name, body)).sort((a, b) => b.length - a.length);
}

/** A name injected with its slogan (学海文库·海量精品文档免费看), the same words after it at each place: the whole. */
const SLOGAN_MARK = /^[·•—\-－|｜]/;
function withSlogan(name: string, body: string): string {
  const after: string[] = [];
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length))
    after.push(body.slice(at + name.length, at + name.length + SLOGAN_MAX));
  if (after.length < 2) return name;
  const slogan = sharedStart(after);
  return SLOGAN_MARK.test(slogan) && slogan.length >= 4 && !/[，。！？；\n]/.test(slogan) ? name + slogan : name;
}
const SLOGAN_MAX = 24;

export function stripWatermarks(text: string, names: string[], lineNo: number, ctx: Ctx): string {
  let out = text;
  for (const name of names) {
    if (!out.includes(name)) continue;
    const parts: string[] = [];
    let from = 0;
    for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + name.length)) {
      // 网络 / 网格 / 网站: the name is the start of an ordinary word here.
      if (name.endsWith("网") && NET_WORD_NEXT.includes(out[at + name.length] ?? "\0")) continue;
      ctx.removed.push({ text: name, reason: "水印", lineNo });
      parts.push(out.slice(from, at));
      from = at + name.length;
    }
    out = parts.join("") + out.slice(from);
  }
  return out;
}
