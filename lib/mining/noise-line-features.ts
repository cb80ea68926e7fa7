// Evidence about one line of a scraped page, as numbers for the learned noise model (noise-model.ts): its shape
// (length, punctuation, digits, letters), its words (site actions, editor's intro, page metadata, collection
// labels, speech register), its place in the file (before or after the speech text) and its relation to other
// lines (a repeated title, a teaser that repeats what follows). Each feature has a Chinese name: the strongest
// one is the explanation shown for a removal. All patterns run on lines of at most MAX_LINE characters.
import {
  cjkCount,
  dateOfLine,
  endsSentence,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { PATH_RE, URL_RE } from "./noise-line-patterns";
import { withoutPunctuation } from "./text-without-punctuation";

export const MAX_LINE = 200;

export const FEATURES = [
  ["short", "很短的行"],
  ["long", "较长的行"],
  ["noSentenceEnd", "不以句末标点结尾"],
  ["sentences", "包含完整的句子"],
  ["digits", "数字多"],
  ["latin", "字母多"],
  ["symbols", "符号多"],
  ["dateTime", "日期或时间"],
  ["counts", "文件大小、页数、字数或次数"],
  ["address", "网址或联系方式"],
  ["siteAction", "网站操作用语（下载、登录、会员、预览…）"],
  ["editor", "编者导语（小编、整理、仅供参考…）"],
  ["metaLabel", "网页信息栏（时间、来源、浏览、标签…）"],
  ["collection", "合集标签（篇一、通用N篇、范文（一）…）"],
  ["titleLike", "标题的形式"],
  ["titleVariant", "标题的重复或变体"],
  ["exactRepeat", "在文中重复出现"],
  ["teaser", "重复下文的摘要"],
  ["beforeBody", "位于讲话正文之前"],
  ["aboveBody", "紧挨在正文上方（标题的位置）"],
  ["inToc", "目录中的条目"],
  ["continues", "接续上一行未完的句子"],
  ["afterBody", "位于讲话正文之后"],
  ["firstLine", "文件的第一行"],
  ["register", "讲话用语"],
  ["salutation", "称呼语"],
  ["enumerator", "带序号"],
  ["question", "设问式导语"],
  ["bracketed", "整行在括号中"],
  ["phraseList", "逗号分隔的词组堆砌"],
  ["cutMark", "省略号截断"],
  ["reader", "对读者说话（您、亲、请…）"],
] as const;

export type FeatureKey = (typeof FEATURES)[number][0];
export const FEATURE_KEYS: FeatureKey[] = FEATURES.map((f) => f[0]);

const DATE_TIME_RE = /\d{4}[-/.年]\d{0,2}[-/.月]\d{0,2}日?|\d{1,2}:\d{2}(?::\d{2})?/;
const COUNTS_RE = /\d+\s*(?:KB|MB|页|字|次|篇)|\d+\s*\/\s*\d+|\d+\+|全文共|总共|共\s*\d+/i;
const PHONE_RE = /(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})(?!\d)|QQ|微信|邮箱|@/i;
const SITE_ACTION_RE =
  /下载|登录|注册|会员|VIP|预览|试读|金币|购买|扣费|收藏|投稿|复制|分享|点击|免费|阅读全|全文[共完]|[查看阅读下载]全文|解压|文档|加载|浏览|正文|首页|字号[：:]|打印|推荐|本站|本文档|侵权|版权所有|免责/gi;
const EDITOR_RE =
  /小编|整理|收集|仅供参考|供大家|欢迎阅读|一起来看看|下面是|以下是|范文|希望对|参考|精心|为大家|给大家|网友|用户|贡献|观点|随机|撰写/g;
const META_RE = /(?:时间|来源|作者|编辑|浏览|发布|标签|字号|标题|日期|分享|次数|阅读|点击)\s*[：:#]/;
const COLLECTION_RE =
  /篇\s*[一二三四五六七八九十\d]+|[【[]篇|[（(]\s*(?:通用|模板|精选|优秀|推荐)?\s*\d+\s*篇\s*[)）]|范文\s*[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+篇|目录|提纲/;
const REGISTER_RE =
  /我们|同志们|工作|加强|进一步|切实|全面|确保|坚持|落实|推进|责任|各级|必须|认真|深入|严格|提高|强化|部署|隐患|事故|形势|要求|领导|群众/g;
const QUESTION_RE = /如何|怎样|怎么|吗[?？]|呢[?？]/;
const READER_RE = /您|亲[,，]|亲爱的用户|请点击|请参考|请阅读|请认真阅读|请您|敬请/;
/** A cut marker: a line that opens with one (……（未完…）) or a short line that ends with one. */
const CUT_RE = /^(?:\.{2,}|…+|。{3,})/;
const CUT_END_RE = /(?:\.{3,}|…)$/;

/** Facts about the whole file the features of a line refer to. */
export type DocContext = {
  texts: string[];
  compacts: string[];
  counts: Map<string, number>;
  /** Repeated title-shaped lines (a page title shown again above the speech). */
  titles: string[];
  bodyStart: number;
  bodyEnd: number;
  firstIndex: number;
  /** The line that opens a table of contents (目录, 提纲) before the speech, or -1. */
  tocStart: number;
  titleBlock: Set<number>;
  /** Lines that read as the speech itself (isBodyLine). */
  body: boolean[];
};

function countMatches(re: RegExp, t: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(t)) n++;
  re.lastIndex = 0;
  return n;
}

/** 同志们，现在开会。: a sentence that turns to the audience. */
const ADDRESS_START_RE = /^(?:同志们|各位|尊敬的|亲爱的|老师们|同学们|朋友们)/;

/** A full sentence with no site words, no cut marker and at most one editor's word: speech, whatever else the
 *  line holds (codes, figures). */
export function speechSentence(t: string): boolean {
  return (
    /[。！？]/.test(t) &&
    cjkCount(t) >= 15 &&
    !CUT_RE.test(t) &&
    countMatches(EDITOR_RE, t) <= 1 &&
    !t.includes("小编") &&
    countMatches(SITE_ACTION_RE, t) === 0
  );
}

/** A piece of Chinese prose with no site, editor's or cut words (a sentence's middle, cut at both ends). */
export function plainProsePiece(t: string): boolean {
  return (
    cjkCount(t) >= t.length * 0.75 &&
    !CUT_RE.test(t) &&
    countMatches(EDITOR_RE, t) === 0 &&
    !t.includes("小编") &&
    countMatches(SITE_ACTION_RE, t) === 0
  );
}

/** A line of the speech itself: a salutation, or Chinese prose (a hard-wrapped piece included) with no site words
 *  and at most one editor's word (给大家 occurs in speeches too); not a title, not a site's path (当前位置：…>…>…), and
 *  not a numbered line shorter than a paragraph (a table of contents is numbered too). */
function isBodyLine(t: string): boolean {
  if (isSalutation(t) || (ADDRESS_START_RE.test(t) && endsSentence(t))) return true;
  // Short lines count when they end a sentence (谢谢大家！, the end of a wrapped sentence).
  if ((t.length < 20 && !endsSentence(t)) || (t.length < 60 && (parseEnumerator(t) || isTitleLine(t)))) return false;
  if (cjkCount(t) < t.length * 0.75 || PATH_RE.test(t)) return false;
  if (!/[。！？，、；：]/.test(t) && countMatches(REGISTER_RE, t) === 0) return false;
  return (
    countMatches(EDITOR_RE, t) <= 1 &&
    !t.includes("小编") &&
    countMatches(SITE_ACTION_RE, t) <= (t.length >= 100 ? 1 : 0)
  );
}

/** `flowing`: the lines of a text that runs on from line to line (a subtitle file's cues): one with a pause in it,
 *  or the speaker's thanks, is the speech's, however short, and the speech ends no earlier. */
export function docContext(texts: string[], flowing?: ReadonlySet<number>): DocContext {
  const trimmed = texts.map((t) => t.trim());
  const compacts = trimmed.map((t) => (t.length <= MAX_LINE ? withoutPunctuation(t) : ""));
  const counts = new Map<string, number>();
  for (const c of compacts) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  const titles = [...counts]
    .filter(([c, n]) => n >= 2 && c.length >= 6 && c.length <= 60)
    .map(([c]) => c)
    .sort((a, b) => b.length - a.length);
  let bodyStart = -1;
  let bodyEnd = -1;
  // A long paragraph's opening says enough about it.
  const body = trimmed.map((t) => t.length > 0 && isBodyLine(t.length > 300 ? t.slice(0, 300) : t));
  for (let i = 0; i < trimmed.length; i++) {
    // The speech ends at its last sentence (one with figures or codes in it too) or numbered item; a salutation
    // only starts it.
    const t = trimmed[i]!;
    if (
      body[i] ? !isSalutation(t) : speechSentence(t.slice(0, 300)) || (!!parseEnumerator(t) && /[，、；。！？]/.test(t))
    )
      bodyEnd = i;
    if (flowing?.has(i) && (t.includes("，") || /^谢谢/.test(t))) bodyEnd = i;
    if (body[i] && bodyStart < 0) bodyStart = i;
  }
  const limit = bodyStart < 0 ? Math.min(trimmed.length, 40) : bodyStart;
  let tocStart = -1;
  for (let i = 0; i < limit && tocStart < 0; i++) if (/^(?:目\s*录|提\s*纲)/.test(trimmed[i]!)) tocStart = i;
  const firstIndex = trimmed.findIndex(Boolean);
  const block = bodyStart > 0 ? titleBlock(trimmed, bodyStart) : new Set<number>();
  return {
    texts: trimmed,
    compacts,
    counts,
    titles,
    bodyStart,
    bodyEnd,
    firstIndex,
    tocStart,
    titleBlock: block,
    body,
  };
}

/** A line of the block above a speech: its title, a subtitle (——在…上的讲话), the speaker, the date. */
const isFrameLine = (t: string) => isTitleLine(t) || !!dateOfLine(t) || isSpeakerLine(t) || /^[—－-]{1,2}\s*\S/.test(t);

/** The title block right above the first line of the speech: its frame lines and the line above them (a main
 *  title over a subtitle, or the first half of a wrapped title). */
function titleBlock(texts: string[], bodyStart: number): Set<number> {
  const block = new Set<number>();
  let j = bodyStart - 1;
  while (j >= 0 && !texts[j]) j--;
  while (j >= 0 && texts[j] && isFrameLine(texts[j]!)) {
    block.add(j);
    j--;
    while (j >= 0 && !texts[j]) j--;
  }
  if (j >= 0 && texts[j]!.length <= 40 && !endsSentence(texts[j]!)) block.add(j);
  return block;
}

/** The line before is prose that stops mid-sentence: this line continues it (a hard wrap or a page break). */
function continues(doc: DocContext, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && !doc.texts[j]) j--;
  if (j < 0) return false;
  const prev = doc.texts[j]!;
  return prev.length >= 20 && !endsSentence(prev) && !/[：:]$/.test(prev) && /[\u4e00-\u9fff，、；]$/.test(prev);
}

/** The first dozen characters of the line open a longer line among the next few thousand characters. */
function repeatsLater(doc: DocContext, i: number): boolean {
  if (doc.compacts[i]!.length < 20) return false;
  const head = doc.compacts[i]!.slice(0, 14);
  let seen = 0;
  for (let j = i + 1; j < doc.texts.length && seen < 4000; j++) {
    const t = doc.texts[j]!;
    seen += t.length;
    if (t.length <= doc.compacts[i]!.length || !t.includes(head.slice(0, 4))) continue;
    if (withoutPunctuation(t.slice(0, 400)).includes(head)) return true;
  }
  return false;
}

function titleVariant(doc: DocContext, c: string): number {
  for (const title of doc.titles) {
    if (c === title) return 0.5;
    if (c.includes(title) && c.length - title.length <= 8) return 1;
  }
  return 0;
}

function phraseList(t: string): boolean {
  const parts = t.split(/[，,]/);
  return parts.length >= 3 && !endsSentence(t) && parts.every((p) => p.length >= 2 && p.length <= 14);
}

/** The feature vector of line i (zeros for a blank line or one longer than MAX_LINE). */
export function lineFeatures(doc: DocContext, i: number): number[] {
  const t = doc.texts[i]!;
  const n = t.length;
  if (!n || n > MAX_LINE) return FEATURE_KEYS.map(() => 0);
  const c = doc.compacts[i]!;
  let digits = 0;
  let latin = 0;
  for (let k = 0; k < n; k++) {
    const code = t.charCodeAt(k);
    if (code >= 48 && code <= 57) digits++;
    else if ((code | 32) >= 97 && (code | 32) <= 122) latin++;
  }
  const symbols = n - c.length;
  URL_RE.lastIndex = 0;
  const address = URL_RE.test(t) || PHONE_RE.test(t);
  URL_RE.lastIndex = 0;
  const f: Record<FeatureKey, number> = {
    short: n <= 12 ? 1 : 0,
    long: n >= 80 ? 1 : 0,
    noSentenceEnd: endsSentence(t) ? 0 : 1,
    sentences: Math.min(countMatches(/[。！？!?]/g, t), 3) / 3,
    digits: digits / n,
    latin: latin / n,
    symbols: symbols / n,
    dateTime: DATE_TIME_RE.test(t) ? 1 : 0,
    counts: COUNTS_RE.test(t) ? 1 : 0,
    address: address ? 1 : 0,
    siteAction: Math.min(countMatches(SITE_ACTION_RE, t), 3) / 3,
    editor: Math.min(countMatches(EDITOR_RE, t), 3) / 3,
    metaLabel: META_RE.test(t) ? 1 : 0,
    collection: COLLECTION_RE.test(t) ? 1 : 0,
    titleLike: isTitleLine(t) ? 1 : 0,
    titleVariant: titleVariant(doc, c),
    exactRepeat: (doc.counts.get(c) ?? 0) >= 2 ? 1 : 0,
    teaser: repeatsLater(doc, i) ? 1 : 0,
    beforeBody: i < doc.bodyStart ? 1 : 0,
    aboveBody: doc.titleBlock.has(i) ? 1 : 0,
    inToc: doc.tocStart >= 0 && i > doc.tocStart && i < doc.bodyStart ? 1 : 0,
    continues: continues(doc, i) ? 1 : 0,
    afterBody: doc.bodyEnd >= 0 && i > doc.bodyEnd ? 1 : 0,
    firstLine: i === doc.firstIndex ? 1 : 0,
    register: Math.min((countMatches(REGISTER_RE, t) * 20) / Math.max(n, 20), 2) / 2,
    salutation: isSalutation(t) ? 1 : 0,
    enumerator: parseEnumerator(t) ? 1 : 0,
    question: QUESTION_RE.test(t) ? 1 : 0,
    bracketed: /^[（(【[].*[)）】\]]$/.test(t) ? 1 : 0,
    phraseList: phraseList(t) ? 1 : 0,
    cutMark: CUT_RE.test(t) || (n <= 30 && CUT_END_RE.test(t)) ? 1 : 0,
    reader: READER_RE.test(t) ? 1 : 0,
  };
  return FEATURE_KEYS.map((k) => f[k]);
}
