// Noise removal for scraped speeches. Whole lines: page numbers, separators, code, forum chrome, paywall prompts,
// source/author lines, site headers and footers, ads, contact lines and the teaser that repeats the start of the
// text. Fragments: document markers, tags, URLs, watermark site names (curated and learned from the page itself),
// page footers inside lines; censored pinyin initials are restored. Everything taken out is reported with a reason.
// Rules describe classes of noise and look only at short lines, so body sentences are never dropped.
import { displayWidth, wrapWidth } from "./rejoin-lines";
import {
  cjkCount, dateOfLine, endsSentence, hasSentencePunct, isChineseText, isCjk, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator,
} from "./outline-patterns";
import type { Removed, SourceLine } from "./types";

export const URL_RE =
  /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~%/?#=&+:]+|(?<![A-Za-z0-9@#.\-])[A-Za-z0-9\-]{2,63}(?:\.[A-Za-z0-9\-]{1,63})*\.(?:com|cn|net|org|cc|top|vip|info|xyz)(?:\.cn)?(?:\/[A-Za-z0-9\-._~%/?#=&+]*)?(?![A-Za-z0-9])/gi;

/** Template and 范文 sites whose names get stamped into copied text. */
const KNOWN_SITES = [
  "老秘网", "中词库", "第一范文网", "范文先生网", "好范文网", "范文大全网", "范文网", "文秘帮", "文秘网", "公文易",
  "一起公文网", "公文素材库", "中国公文网", "秘书工作网", "第一公文网", "公文写作网", "公文派", "写材料网", "材料狗",
  "瑞文网", "学习啦", "出国留学网", "应届毕业生网", "无忧考网", "百度文库", "道客巴巴", "豆丁网", "原创力文档",
  "人人文库", "金锄头文库", "360文库", "文档之家", "淘豆网", "书业网", "爱问共享资料", "文库吧", "三一文库",
  "中华文本库", "笔杆网", "范文118", "语文迷",
];

const KNOWN_SITES_RE = new RegExp([...KNOWN_SITES].sort((a, b) => b.length - a.length).join("|"), "g");

const CHROME_WORDS = [
  "关灯", "开灯", "开启左侧", "关闭左侧", "复制链接", "发表于", "显示全部楼层", "阅读模式", "打印", "上一主题", "下一主题",
  "上一篇", "下一篇", "本版积分规则", "返回列表", "发新帖", "快速回复", "回复", "引用", "举报", "收藏", "分享", "点赞",
  "评分", "粉丝", "关注", "帖子", "主题", "积分", "金币", "排行榜", "作者专栏", "楼主", "沙发", "板凳", "地板", "只看该作者",
  "倒序浏览", "电梯直达", "回帖", "登录", "注册", "立即注册", "找回密码", "马上注册", "签到", "私信", "发帖", "精华", "置顶",
  "查看", "阅读", "评论", "字号", "默认", "护眼", "夜间", "手机版", "小黑屋", "首页", "论坛", "返回顶部", "扫一扫", "分享到",
  "朋友圈", "QQ空间", "新浪微博", "微信", "复制", "链接", "点击", "加载更多", "展开", "收起", "打赏", "浏览", "个人中心",
  "消息", "设置", "退出", "楼层", "跳转", "新窗口打开", "只看大图", "使用道具", "高级模式", "本帖", "最后由", "编辑",
  "学习了", "感谢", "在看", "阅读原文", "写留言", "留言", "赞赏", "转发", "喜欢",
];
const CHROME_RE = new RegExp(
  [...CHROME_WORDS].sort((a, b) => b.length - a.length).join("|") + "|[\\d\\s|｜/·•:：\\[\\]【】()（）<>《》»›\\-_#.,，、]+",
  "g",
);
const CHROME_STRONG_RE =
  /发表于\s*\d{4}[-/年]|复制链接|显示全部楼层|只看该作者|阅读模式|上一主题|下一主题|本版积分规则|返回列表|发新帖|电梯直达|倒序浏览/;

const WECHAT_RE = /点击(?:上方|下方)?蓝字|关注我们|长按(?:识别|扫描|扫码)|识别二维码|阅读原文|分享到朋友圈|设为星标|点个在看/;
const PAYWALL_RE =
  /需要登录|登录后|请登录|注册后|立即注册|后才可以|回帖|付费|会员专享|开通会员|开通VIP|VIP会员|试读|预览结束|剩余.{0,12}未读|阅读全文|查看全文|展开全文|全文阅读|下载全文|查看完整|完整版|免费下载|下载本文|文档下载|下载文档|下载地址|点击下载|立即下载|下载券|本文仅|隐藏内容|继续阅读|查看更多/;

const SOURCE_LABEL_RE =
  /(?:来源|出处|作者|原文链接|本文链接|转载自|文章来源|信息来源|责任编辑|编辑|责编|审核|校对|监制|排版|发布时间|更新时间|发布日期|发表时间|时间|日期|浏览次数|阅读次数|浏览|阅读|点击数?|字数|投稿|供稿)[：:]/g;
const SOURCE_START_RE =
  /^(?:【?(?:来源|出处|作者|原文链接|本文链接|转载自|文章来源|信息来源|责任编辑|编辑|责编|审核|发布时间|更新时间|发布日期|发表时间|浏览次数|阅读次数|点击数)[：:])/;

/** Links to other pages: 上一篇：…讲话 looks like a title but is navigation. */
const NAV_RE = /^(?:上一篇|下一篇|上一主题|下一主题|相关推荐|相关文章|相关阅读|推荐阅读|猜你喜欢|热门推荐|热门文章|延伸阅读|最新文章|更多范文)\s*[：:]?/;
const SITE_STRONG_RE = /copyright|版权所有|©|all rights reserved|ICP备|ICP证|公网安备|备案号|powered by|技术支持[：:]/i;
const SITE_RE =
  /免责声明|网站地图|关于我们|设为首页|加入收藏|返回首页|当前位置|您的位置|相关推荐|猜你喜欢|相关文章|推荐阅读|热门文章|延伸阅读|最新文章|本文标签|标签[：:]|TAGS|本站|上一篇|下一篇|【字体|字号[：:]/i;
const COPY_NOTE_RE =
  /如有侵权|侵权请联系|转载请注明|版权归原作者|版权声明|本文由.{0,20}(?:整理|发布|提供|编辑|原创)|本文来源|本文来自|仅供参考|仅供学习|格式为Word版|下载可任意编辑|word格式可编辑/i;
const BREADCRUMB_RE = /^(?:首页|主页|网站首页)\s*[>›»/]|[>›»]\s*(?:正文|讲话稿|范文|发言稿)$/;

const AD_BOOKS_RE = /《[^》\n]{1,30}》作者/g;
const AD_RE =
  /公文写作|写作培训|写作课|培训班|培训课程|课程|直播间?|训练营|网课|讲座报名|报名|优惠|折扣|限时|特价|扫码|二维码|加微信|添加微信|VIP|会员|下载券|购买|抢购|领取|免费领|咨询|代写|原创首发/i;

const PHONE_RE = /(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)/;
const EMAIL_RE = /[\w.+-]+(?:@|#|＠)[\w-]+\.(?:com|cn|net|org)|e-?mail[：:]/i;
const CONTACT_LABEL_RE =
  /电话|手机|热线|传真|邮箱|QQ|微信号|公众号|订阅号|地址[：:]|邮编|客服|联系人|联系我们|商务合作|运营中心|投稿邮箱/i;

const PAGE_RE =
  /^(?:第\s*\d{1,4}\s*页\s*[，,、/]?\s*(?:共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页(?:\s*第\s*\d{1,4}\s*页)?|[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|\d{1,4}\s*\/\s*\d{1,4}|(?:page|p)\.?\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4})$/i;
const END_MARK_RE = /^[-—–－\s（(【\[]*(?:完|全文完|本文完|正文完|end|the end)[\s）)】\]\-—–－]*$/i;
const SEPARATOR_RE = /^[-=_*~—─━═·•.。#+\s]{5,}$/;

/** Lines of CSS, HTML or script: mostly ASCII with braces, tags or property: value; pairs. */
function isCodeLine(t: string): boolean {
  if (t[0] === "<" && /^<\/?[a-z!][^<>]*>(?:.*<\/?[a-z][^<>]*>)?$/i.test(t)) return true;
  if (/^(?:@media|@font-face|@page|@import|<style|<\/style|<script|<\/script|function\s*\(|var\s+\w+\s*=|document\.|window\.)/i.test(t))
    return true;
  if (!/[{};]/.test(t)) return false;
  let ascii = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x20 && t.charCodeAt(i) <= 0x7e) ascii++;
  if (ascii < t.length * 0.7) return false;
  return /^[^{}]*\{[^{}]*\}?$|^\s*\}\s*$/.test(t) || (t.match(/[a-z-]+\s*:\s*[^;:]{1,60};/gi)?.length ?? 0) >= 2 || /mso-[a-z-]+\s*:/i.test(t);
}

/** Forum chrome when little Chinese text is left after chrome words, numbers and separators are taken out. */
function isChrome(t: string): boolean {
  if (CHROME_STRONG_RE.test(t)) return true;
  if (t.length > 40) return false;
  const before = cjkCount(t);
  if (before === 0) return false;
  const left = cjkCount(t.replace(CHROME_RE, ""));
  return left === 0 || (left <= 1 && before >= 3);
}

/** The reason a whole (normalised, trimmed) line is noise, or null. `protectedLine`: a title, heading or salutation.
 *  `inProse`: the line continues a sentence from the line above (a hard wrap), so word-based rules do not apply —
 *  a wrapped fragment such as "…电视电话会议精神，及时把握" is short and unpunctuated too. */
function lineNoiseReason(t: string, protectedLine: boolean, inProse: boolean): string | null {
  const n = t.length;
  if (n <= 40 && PAGE_RE.test(t)) return "页码";
  if (n <= 200 && SEPARATOR_RE.test(t) && !/^[*]{1,4}$/.test(t)) return "分隔线";
  if (n <= 16 && END_MARK_RE.test(t)) return "结束标记";
  if (n <= 2000 && isCodeLine(t)) return "样式代码";
  if (n <= 120 && (NAV_RE.test(t) || BREADCRUMB_RE.test(t))) return "网站页眉页脚";
  if (protectedLine || n > 200) return null;
  const sentence = hasSentencePunct(t);
  // Strong signs: no sentence of a speech contains them.
  if (n <= 120 && (t.match(AD_BOOKS_RE)?.length ?? 0) >= 2) return "广告";
  if (CHROME_STRONG_RE.test(t)) return "论坛界面文字";
  if (n <= 40 && WECHAT_RE.test(t)) return "公众号界面文字";
  if (n <= 120 && !sentence && (SOURCE_START_RE.test(t) || (t.match(SOURCE_LABEL_RE)?.length ?? 0) >= 2)) return "来源作者信息";
  if (n <= 160 && (!sentence || n <= 40) && (URL_RE.test(t) || SITE_STRONG_RE.test(t))) {
    URL_RE.lastIndex = 0;
    return "网站页眉页脚";
  }
  URL_RE.lastIndex = 0;
  if (n <= 100 && COPY_NOTE_RE.test(t)) return "来源作者信息";
  if (n <= 80 && !sentence && EMAIL_RE.test(t)) return "联系方式";
  // A line ending in a comma, or with several, is a piece of a sentence: noise lines are not written that way.
  if (inProse || /[，、；]$/.test(t) || (n >= 20 && (t.match(/[，、]/g)?.length ?? 0) >= 2)) return null;
  if (isChrome(t)) return "论坛界面文字";
  if ((n <= 40 || (n <= 80 && !sentence)) && PAYWALL_RE.test(t)) return "付费/登录提示";
  if (n <= 160 && (!sentence || n <= 40) && SITE_RE.test(t)) return "网站页眉页脚";
  if (n <= 30 && !sentence && KNOWN_SITES.some((s) => t.includes(s))) return "网站页眉页脚";
  if (n <= 80 && !sentence && PHONE_RE.test(t)) return "联系方式";
  if (n <= 40 && !sentence && AD_RE.test(t)) return "广告";
  if (n <= 40 && !sentence && CONTACT_LABEL_RE.test(t)) return "联系方式";
  return null;
}

/** A line that plausibly belongs to the speech's text (used to find where the site footer begins). */
function looksLikeContent(t: string): boolean {
  return (t.length >= 15 && hasSentencePunct(t)) || /^谢谢|^同志们/.test(t);
}

// ───────────── inline fragments ─────────────

const MARKER_RE = /\[(?:bookmark|image|img|pic|图片|附件|视频|toc)[^\]\n]{0,200}\]/gi;
const TAG_RE = /<\/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>\n]{0,300})?\s*\/?>/g;
const CSS_BRACES_RE = /\{[\s\w\-#.:;,%()'"!]{0,300}:[\s\w\-#.:;,%()'"!]{0,300}\}/g;
const PAGE_INLINE_RE = /第\s*\d{1,4}\s*页\s*[，,、/]?\s*共\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页/g;
// (来源：某某网) / (本文来源于网络，如有侵权…) — but not (来自各乡镇、各部门).
const SOURCE_NOTE_RE =
  /[（(【\[](?:本文|此文|文章|内容)?(?:来源|出处|转载自|摘自|来自)(?:[：:][^（）()【】\[\]\n]{1,30}|于?[^（）()【】\[\]\n：:]{0,20}(?:网|站|号|文库|平台|网络)[^（）()【】\[\]\n]{0,20})[）)】\]]/g;
const PAYWALL_NOTE_RE =
  /[（(【\[][^（）()【】\[\]\n]{0,20}(?:登录后|注册后|下载后|付费后|开通会员|会员专享|VIP专享|查看全文|阅读全文|下载全文|查看完整|隐藏内容|内容已隐藏|此处隐藏|已隐藏)[^（）()【】\[\]\n]{0,20}[）)】\]]/g;

/** Pinyin initials that sites use to dodge keyword filters; restored only between Chinese characters. */
const CENSORED: Record<string, string> = {
  zf: "政府", zfbm: "政府部门", zz: "政治", gcd: "共产党", gcdy: "共产党员", zy: "中央", zg: "中国", xjp: "习近平",
  dzz: "党组织", fb: "腐败", zhengfu: "政府", zhengzhi: "政治", zhongyang: "中央", gongchandang: "共产党",
};
const CENSORED_MIXED: Record<string, string> = { z府: "政府", 政f: "政府", gc党: "共产党", 共c党: "共产党", z治: "政治" };
const CENSORED_RE = /(?<![A-Za-z])(?:[A-Za-z]{2,12}(?![A-Za-z])|z府|政f(?![A-Za-z])|gc党|共c党|z治)/gi;

/** Characters that turn a trailing 网 into an ordinary word (网络, 网格, 网站, 网点 …). */
const NET_WORD_NEXT = "络格站页址点民友民购店上";
/** Characters before 网 that make an ordinary compound (电网, 管网, 互联网, 安全网 …), never a site name. */
const NET_WORD_PREV = "联电管路护全上入并官内外专组织结撒漏落触法天渔光务息控通域线配输水气信讯警防密张一大互物铁公骨干业站球蛛拉安监测感服交商城农宽移局广校卫智云航";

type Ctx = { removed: Removed[] };

function cut(text: string, re: RegExp, reason: string, lineNo: number, ctx: Ctx, keep?: (m: string) => boolean): string {
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => {
    if (keep?.(m)) return m;
    ctx.removed.push({ text: m, reason, lineNo });
    return "";
  });
}

function restoreCensored(text: string, lineNo: number, ctx: Ctx): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return text.replace(CENSORED_RE, (m, at: number) => {
    const word = CENSORED[m.toLowerCase()] ?? CENSORED_MIXED[m.toLowerCase()];
    if (!word) return m;
    const left = text[at - 1];
    const right = text[at + m.length];
    const mixed = /[^A-Za-z]/.test(m); // z府: the Chinese half already places it in a sentence
    const ok = mixed || ((left === undefined || isChineseText(left)) && (right === undefined || isChineseText(right)) && (isCjk(left) || isCjk(right)));
    if (!ok) return m;
    ctx.removed.push({ text: m, reason: `屏蔽缩写还原：${m}→${word}`, lineNo });
    return word;
  });
}

const SITE_CONTEXT_RE = /www\.|https?:|\.com|\.cn|©|copyright|版权|备案|来源|本文来自|网站|站长/i;

/** Every 3–8 character Chinese string ending in 网 or 库 (not an ordinary compound such as 电网): name candidates. */
function siteShapedNames(text: string): Set<string> {
  const out = new Set<string>();
  for (let q = text.search(/[网库]/); q >= 0 && q < text.length; q++) {
    if (text[q] !== "网" && text[q] !== "库") continue;
    if (q < 2 || NET_WORD_PREV.includes(text[q - 1]!)) continue;
    for (let len = 3; len <= 8 && q + 1 - len >= 0; len++) {
      const cand = text.slice(q + 1 - len, q + 1);
      if (cjkCount(cand) !== len) break;
      out.add(cand);
    }
  }
  return out;
}

/** Site names to strip from sentences: the curated list, names learned from the page's own header/footer lines,
 *  and 网-names that recur inside sentences in varied contexts (an injected watermark, not a word). */
function learnWatermarks(noiseLines: string[], body: string): string[] {
  const names = new Set<string>(body.match(KNOWN_SITES_RE) ?? []);
  const inBody = siteShapedNames(body);
  for (const line of noiseLines) {
    if (!SITE_CONTEXT_RE.test(line)) continue;
    for (const cand of siteShapedNames(line)) if (inBody.has(cand)) names.add(cand);
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
  const recurring = [...stats].filter(([, s]) => s.count >= 3 && s.lefts.size >= 2 && s.rights.size >= 2 && s.cjkRights * 3 >= s.count * 2);
  for (const [cand] of recurring) if (!recurring.some(([o]) => o.length < cand.length && cand.endsWith(o))) names.add(cand);
  return [...names].sort((a, b) => b.length - a.length);
}

function stripWatermarks(text: string, names: string[], lineNo: number, ctx: Ctx): string {
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

// ───────────── the stage ─────────────

const compact = (s: string) => s.replace(/\s+/g, "");

/** A line ending in ... whose text is repeated by the lines that follow (a site's summary of the page). */
function isTeaser(lines: string[], i: number, verdict: (string | null)[]): boolean {
  const t = lines[i]!.trim();
  const m = /(?:\.{3,}|…+|。{3,})\s*(?:[【\[（(]?(?:阅读全文|展开全文|查看全文|全文|更多|详细)[】\]）)]?)?$/.exec(t);
  if (!m) return false;
  const core = compact(t.slice(0, m.index));
  if (core.length < 15 || core.length > 1000) return false;
  let following = "";
  for (let j = i + 1; j < lines.length && following.length < core.length + 300; j++) {
    if (!verdict[j]) following += compact(lines[j]!);
  }
  const at = following.indexOf(core.slice(0, 12));
  if (at < 0 || at > 300) return false;
  if (following.startsWith(core, at)) return true;
  const tail = core.slice(-10);
  const end = following.indexOf(tail, at);
  return end >= 0 && end <= at + core.length + 20;
}

/** A kept line of prose that stops mid-sentence: the next line is its continuation. */
function continuesProse(prev: string): boolean {
  return prev.length >= 15 && cjkCount(prev) >= 8 && !endsSentence(prev) && !/[：:]$/.test(prev) && !isTitleLine(prev);
}

function isProtected(t: string, hint: SourceLine["hint"]): boolean {
  return !!hint?.headingLevel || isTitleLine(t) || isSalutation(t) || !!parseEnumerator(t) || !!dateOfLine(t);
}

/** Removes site boilerplate lines and injected fragments, reporting each with its reason. Removed lines become
 *  blank lines (a paragraph break), except page numbers, across which the text flows on. */
export function removeNoise(lines: SourceLine[]): { lines: SourceLine[]; removed: Removed[] } {
  const ctx: Ctx = { removed: [] };
  const texts: string[] = [];
  const verdict: (string | null)[] = [];
  let inCode = false;
  const width = wrapWidth(lines.map((l) => displayWidth(l.text.trim())).filter((w) => w > 0));
  for (const line of lines) {
    let t = line.text;
    const trimmed = t.trim();
    if (inCode || /^<(?:style|script)\b/i.test(trimmed)) {
      inCode = !/<\/(?:style|script)>/i.test(trimmed);
      texts.push(t);
      verdict.push(trimmed ? "样式代码" : null);
      continue;
    }
    if (trimmed && trimmed.length <= 2000 && isCodeLine(trimmed)) {
      texts.push(t);
      verdict.push("样式代码");
      continue;
    }
    t = cut(t, MARKER_RE, "文档标记", line.lineNo, ctx);
    t = cut(t, TAG_RE, "样式代码", line.lineNo, ctx);
    t = cut(t, CSS_BRACES_RE, "样式代码", line.lineNo, ctx, (m) => /[\u4e00-\u9fff]/.test(m));
    t = cut(t, SOURCE_NOTE_RE, "来源作者信息", line.lineNo, ctx);
    t = cut(t, PAYWALL_NOTE_RE, "付费/登录提示", line.lineNo, ctx);
    const tt = t.trim();
    const prev = texts.length && !verdict[verdict.length - 1] ? texts[texts.length - 1]!.trim() : "";
    const inProse = (width > 0 && displayWidth(tt) >= width - 4) || continuesProse(prev);
    texts.push(t);
    verdict.push(tt ? lineNoiseReason(tt, isProtected(tt, line.hint), inProse) : null);
  }
  for (let i = 0; i < texts.length; i++) if (!verdict[i] && isTeaser(texts, i, verdict)) verdict[i] = "重复的摘要行";

  // The site footer: after the last line of speech text, once two footer lines are recognised, the rest goes too.
  let last = -1;
  for (let i = texts.length - 1; i >= 0 && last < 0; i--) {
    const t = texts[i]!.trim();
    if (verdict[i] || !t) continue;
    const continues = i > 0 && !verdict[i - 1] && continuesProse(texts[i - 1]!.trim());
    if (looksLikeContent(t) || continues || (isProtected(t, lines[i]!.hint) && !isTitleLine(t))) last = i;
  }
  if (verdict.slice(last + 1).filter(Boolean).length >= 2) {
    let signature = true;
    for (let i = last + 1; i < texts.length; i++) {
      const t = texts[i]!.trim();
      if (!t || verdict[i]) {
        if (verdict[i]) signature = false;
        continue;
      }
      if (signature && (dateOfLine(t) || isSpeakerLine(t))) continue;
      signature = false;
      verdict[i] = "网站页眉页脚";
    }
  }

  const noiseLines = texts.filter((_, i) => verdict[i]);
  const body = texts.filter((_, i) => !verdict[i]).join("\n");
  const names = learnWatermarks(noiseLines, body);

  const out: SourceLine[] = [];
  for (let i = 0; i < texts.length; i++) {
    const line = lines[i]!;
    const reason = verdict[i];
    if (reason) {
      ctx.removed.push({ text: texts[i]!.trim(), reason, lineNo: line.lineNo });
      if (reason !== "页码") out.push({ ...line, text: "" });
      else {
        // A page break: the text flows on across it, blank lines around the page number included.
        while (out.length && !out[out.length - 1]!.text.trim()) out.pop();
        while (i + 1 < texts.length && !verdict[i + 1] && !texts[i + 1]!.trim()) i++;
      }
      continue;
    }
    let t = texts[i]!;
    if (t.trim()) {
      t = cut(t, PAGE_INLINE_RE, "页码", line.lineNo, ctx);
      t = cut(t, URL_RE, "水印", line.lineNo, ctx);
      t = stripWatermarks(t, names, line.lineNo, ctx);
      t = restoreCensored(t, line.lineNo, ctx);
      if (!t.trim()) t = "";
    }
    out.push({ ...line, text: t });
  }
  ctx.removed.sort((a, b) => (a.lineNo ?? 0) - (b.lineNo ?? 0));
  return { lines: out, removed: ctx.removed };
}
