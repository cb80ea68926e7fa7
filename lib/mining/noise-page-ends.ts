// The ends of a scraped page: a paginated article's header printed again after each of its page links (a scraper
// joined the pages), and the site's footer after the speech's last line, where short headlines and counters
// (作者最新文章's links, 0人参与，0条评论) stand below the footer lines already recognised; and a 公文's 抄送 list
// wrapped onto lines of its own; a paper's other page between a （下转第2版） and its （上接第1版）; and the page's
// window title (…的讲话 - ××县人民政府门户网站) that a browser's save as text puts above it all.
import { dateOfLine, endsSentence, isSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";
import { isFrame, nextLine, RUNNING_HEADER } from "./noise-page-furniture";
import { keptFrom } from "./noise-page-cards";

const PAGE_NUMBER = "页码";
const FOOTER = "网站页眉页脚";
/** The longest line a page's header holds (a headline, a meta line), and how many of its lines must come again. */
const MAX_HEAD_LINE = 80;
const MIN_REPRINTED = 2;
const MAX_PAGE_NUMBER_LINES = 3;

const keyOf = (t: string) => t.replace(/\s+/g, "");
/** A head printed again with its page's number after it: 讲话（两篇）(2), 讲话_3, 讲话 第2页. */
const PAGE_SUFFIX_RE = /(?:[（(]\d{1,3}[)）]|[_-]\d{1,3}|第\d{1,3}页)$/u;

/** After a page's links or number, the lines that copy the page's head (the lines above its first page break)
 *  are that head printed again: the text flows on across them. Two copied lines at least, or one among the page's
 *  chrome, or one carrying the page's number after it. */
export function markReprintedPageHeads(texts: string[], verdict: (string | null)[]): void {
  const first = verdict.indexOf(PAGE_NUMBER);
  if (first < 0) return;
  const head = new Set(
    texts
      .slice(0, first)
      .map((t) => t.trim())
      .filter((t) => t && t.length <= MAX_HEAD_LINE)
      .map(keyOf),
  );
  for (let i = first; i < texts.length; i++) {
    if (verdict[i] !== PAGE_NUMBER) continue;
    const copied: number[] = [];
    const copiedKeys = new Set<string>();
    let chrome = 0;
    let numbered = false;
    let pageLines = 0;
    for (let j = i + 1; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      // The page's number may take a line or two more (— 3 — / 第3页); past them, the next page is the next
      // number's to read. Each scan stays within its page, so a file of a thousand pages is read once.
      if (verdict[j] === PAGE_NUMBER) {
        if (copied.length || chrome || ++pageLines > MAX_PAGE_NUMBER_LINES) break;
        continue;
      }
      // A speech's frame, or a title standing above one, starts a speech (a collection's next speech may repeat
      // the first one's title): no head is printed again there.
      const next = nextLine(texts, j);
      if (isFrame(t) || (!verdict[j] && next >= 0 && isFrame(texts[next]!.trim()))) break;
      const key = keyOf(t);
      const unnumbered = key.replace(PAGE_SUFFIX_RE, "");
      // A head line met twice is the text repeating itself, not the head printed again.
      if (head.has(key) && !copiedKeys.has(key)) {
        copied.push(j);
        copiedKeys.add(key);
      } else if (unnumbered !== key && head.has(unnumbered) && !copiedKeys.has(unnumbered)) {
        copied.push(j);
        copiedKeys.add(unnumbered);
        numbered = true;
      } else if (!verdict[j] || head.has(key)) break;
      else chrome++;
    }
    // Two copied lines, or one with the page's own chrome again (发布时间：… 浏览次数：1376, its count moved on) or
    // with the page's number inside a sentence the break cut (…讲话稿（2） after a full stop titles a collection's
    // next speech).
    const before = keptFrom(texts, verdict, i, -1);
    const cut = numbered && before >= 0 && !endsSentence(texts[before]!.trim());
    if (copied.length >= MIN_REPRINTED || (copied.length === 1 && (chrome > 0 || cut)))
      for (const k of copied) verdict[k] = RUNNING_HEADER;
  }
}

/** The longest line that may stand below the footer as a stray headline or counter. */
const MAX_STRAY = 40;

/**
 * The site footer: after the last line of speech text, once two footer lines are recognised, the rest goes too (a
 * signature's date and name right after the text stay). `content(i)`: line i reads as speech text. A short line
 * that is no sentence of a speech (no 。 at its end) and stands two footer lines or more below the text is no
 * last line: a related headline or a counter.
 */
export function markSiteFooter(texts: string[], verdict: (string | null)[], content: (i: number) => boolean): void {
  let last = -1;
  let noiseBelow = 0;
  for (let i = texts.length - 1; i >= 0 && last < 0; i--) {
    const t = texts[i]!.trim();
    if (verdict[i] || !t || !content(i)) continue;
    if (isStray(t) && strayBelowText(texts, verdict, i)) {
      noiseBelow++;
      continue;
    }
    last = i;
  }
  if (verdict.slice(last + 1).filter(Boolean).length < 2 && !noiseBelow) return;
  let signature = true;
  for (let i = last + 1; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t || verdict[i]) {
      if (verdict[i]) signature = false;
      continue;
    }
    if (signature && (dateOfLine(t) || isSpeakerLine(t))) continue;
    signature = false;
    verdict[i] = FOOTER;
  }
}

/** A closing slogan or sentence (…！ / …。 / 谢谢大家) is the speech's, however short. */
const isStray = (t: string) => t.length <= MAX_STRAY && !/[。！!]$/.test(t) && !/^谢谢|^同志们/.test(t);
/** Removed lines that the text flows past or that sit inside it (a caption, a watermark, a page break): no footer. */
const INSIDE_TEXT = /^(?:页码|页眉|图片说明|水印|字幕时间码|展开)/;

/** Two footer lines or more between line i and the long kept line above it (the speech's text), other stray
 *  lines between them aside; a page break or a caption between them means the text goes on. */
function strayBelowText(texts: string[], verdict: (string | null)[], i: number): boolean {
  let noise = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = texts[k]!.trim();
    if (!t) continue;
    const reason = verdict[k];
    if (reason && INSIDE_TEXT.test(reason)) return false;
    if (reason) noise++;
    else if (!isStray(t)) return noise >= 2;
  }
  return false;
}

const DISTRIBUTION = "公文版记";
/** 县纪委监委，县人民法院，县人民检察院。: a line of units' names and nothing else. */
const UNIT_LIST_RE = /^[\u4e00-\u9fff（）()]{2,24}(?:[，、,][\u4e00-\u9fff（）()]{2,24})+[，、,。]?$/;
const MAX_UNIT_LINES = 3;

/** The shortest 抄送 line that a page's width wraps in a unit's name (…县政协办公室，县纪委 / 监委，…). */
const MIN_WRAPPED_LIST = 24;

/** A 公文's 抄送：/主送： list wrapped onto the lines below it (the first line ends in ， or 、, or a long one in a
 *  unit's name): those lines are the list too, up to the one that ends it with 。 or without a comma. */
export function markDistributionLists(texts: string[], verdict: (string | null)[]): void {
  markBriefingDistribution(texts, verdict);
  for (let i = 0; i < texts.length; i++) {
    const list = texts[i]!.trim();
    const wrapped = /[，、,]$/.test(list) || (list.length >= MIN_WRAPPED_LIST && /[\u4e00-\u9fff]$/.test(list));
    if (verdict[i] !== DISTRIBUTION || !wrapped) continue;
    for (let j = nextLine(texts, i), n = 0; j >= 0 && n < MAX_UNIT_LINES; j = nextLine(texts, j), n++) {
      const t = texts[j]!.trim();
      if (!UNIT_LIST_RE.test(t)) break;
      verdict[j] ??= DISTRIBUTION;
      if (!/[，、,]$/.test(t)) break;
    }
  }
}

/** A 简报's distribution: 报：… 送：… 发：… on three lines in that order (a speech's own steps 报：… 送：… have no 发：). */
function markBriefingDistribution(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (!/^报[：:]\S/.test(texts[i]!.trim())) continue;
    const send = nextLine(texts, i);
    const issue = send >= 0 ? nextLine(texts, send) : -1;
    if (send < 0 || issue < 0 || !/^送[：:]\S/.test(texts[send]!.trim()) || !/^发[：:]\S/.test(texts[issue]!.trim()))
      continue;
    // Lists of units, not steps: none ends in ；, and one names several units.
    const lines = [i, send, issue].map((k) => texts[k]!.trim());
    if (lines.some((t) => /[；;]$/.test(t)) || !lines.some((t) => /[、，,]/.test(t))) continue;
    for (const k of [i, send, issue]) verdict[k] ??= DISTRIBUTION;
  }
}

/** A paper's jump: （下转第2版） ends the text on one page, （上接第1版） takes it up on another. */
const JUMP_NUMBER = String.raw`第?\s*[\dA-Z一二三四五六七八九十]{1,3}\s*版`;
const JUMP_OUT_RE = new RegExp(String.raw`[（(](?:下转|转)${JUMP_NUMBER}[）)]$`);
const JUMP_IN_RE = new RegExp(String.raw`^[（(](?:上接|接)${JUMP_NUMBER}[）)]`);
/** Both marks, cut where they stand (the text flows on across them). */
export const PAGE_JUMP_RE = new RegExp(String.raw`[（(](?:下转|上接|转|接)${JUMP_NUMBER}[）)]`, "g");
export const PAGE_JUMP = "报纸转版（两版之间的其他内容）";
/** How many lines of another page (its other items, its masthead) may stand between the two marks. */
const MAX_JUMP_LINES = 40;

/** The lines between a （下转第N版） and the （上接第M版） that takes the text up again: the other page's masthead
 *  and items. The text flows on across them. */
export function markPageJumps(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (!JUMP_OUT_RE.test(texts[i]!.trim())) continue;
    const end = Math.min(texts.length, i + MAX_JUMP_LINES + 1);
    for (let j = i + 1; j < end; j++) {
      if (!JUMP_IN_RE.test(texts[j]!.trim())) continue;
      for (let k = i + 1; k < j; k++) if (texts[k]!.trim()) verdict[k] = PAGE_JUMP;
      i = j;
      break;
    }
  }
}

/** 在…的讲话 - ××县人民政府门户网站, 在…的讲话_领导讲话_××市人民政府: the page's title, a dash or a bar, perhaps the
 *  column's name and another, the site's name (what follows a dash may be a subtitle or a speaker otherwise). */
const WINDOW_TITLE_RE =
  /^(.{6,60}?)\s*(?:[-_|｜—–]{1,2})\s*(?:[^-_|｜—–\s]{1,12}\s*[-_|｜—–]{1,2}\s*)?([^-_|｜—–\s]{0,22}(?:网|网站|政府|平台|在线|频道|官网|日报|晚报|时报|新闻|资讯|文库|之家|论坛|社区|百科|公众号))$/;
const ANY_SITE_TITLE_RE = /^(.{6,60}?)\s*[-_|｜—–]{1,2}\s*([^-_|｜—–\s]{2,12})$/;
/** …的讲话--安全生产--××集团新闻中心, …会议召开_工作动态_××县交通运输局, …的讲话_领导讲话_新闻中心_××集团: the
 *  headline, a column or two and the site, a CMS's own parts, whatever the site calls itself (a subtitle is one part,
 *  never two; a name has no stops). */
const COLUMN_SITE_TITLE_RE =
  /^(.{6,60}?)(?:\s*[-_|｜—–]{1,2}\s*[^-_|｜—–\s，。！？]{2,12}){1,2}\s*[-_|｜—–]{1,2}\s*([^-_|｜—–\s，。！？；：:]{2,22})$/;
/** 县长王建国 / 王建国同志 after the dash: the speaker the speech's header names, no site. */
const POSTED_NAME_RE =
  /书记|市长|县长|区长|州长|省长|镇长|乡长|主任|局长|厅长|部长|主席|经理|董事长|委员|校长|院长|厂长|矿长|同志/;
const WINDOW_TITLE_REACH = 3;
/** The site's name alone on a line, or as its banner spells it out (××市人民政府门户网站 under …_××市人民政府). */
const SITE_BANNER_RE = /^(?:门户网站|门户网|政府网站|网站|官方网站|官网)$/;
const siteLine = (key: string, site: string) =>
  key.startsWith(site) && (key.length === site.length || SITE_BANNER_RE.test(key.slice(site.length)));
/** 沈××在全市…会议上的讲话 / 市长沈××： / 沈××同志在…: the name (a post before it) a CMS puts before the title. */
const HEADLINE_NAME_RE = /^[\p{Script=Han}·×]{2,10}[：:]?$/u;
/** A CMS's headline names the speaker before the speech's title, which the page prints bare under it (the speaker
 *  on a line of his own): the headline ends with that title line, a name before it. */
const namedHeadline = (headline: string, line: string) => {
  const t = keyOf(line);
  return (
    t.length >= 6 &&
    headline.endsWith(t) &&
    HEADLINE_NAME_RE.test(headline.slice(0, -t.length)) &&
    isTitleLine(line.trim())
  );
};
const WINDOW_TITLE = "网页窗口标题";

/** Marks a window title among the first lines whose title comes again further down on a line of its own, the
 *  site's name when it stands alone on a line as well, and the window title's copies further down. */
export function markWindowTitle(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0, seen = 0; i < texts.length && seen < WINDOW_TITLE_REACH; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    seen++;
    // A headline under any site's name (… - 今日头条) when the headline stands again, word for word, below it.
    const any = ANY_SITE_TITLE_RE.exec(t);
    // (A subtitle or a speaker after the dash, written again below the title or named by his post, is the speech's.)
    const again = (x: string) => texts.some((y, k) => k > i && y.trim() === x.trim());
    const siteName = (x: string) => !again(x) && !POSTED_NAME_RE.test(x);
    // (A digest of the speech's heads — 守牢安全底线｜紧盯重点领域｜压实各方责任 — finds its first part again only
    // under the salutation, among the speech's sections; a CMS's headline stands again over the text.)
    const column = COLUMN_SITE_TITLE_RE.exec(t);
    const salutation = texts.findIndex((y, k) => k > i && isSalutation(y.trim()));
    const overText = (x: string) =>
      texts.some((y, k) => k > i && (salutation < 0 || k < salutation) && keyOf(y) === keyOf(x));
    const m =
      WINDOW_TITLE_RE.exec(t) ??
      (column && !POSTED_NAME_RE.test(column[2]!) && overText(column[1]!) ? column : null) ??
      (any && again(any[1]!) && siteName(any[2]!) ? any : null);
    // (A news headline over the speeches — …会议召开 — is no speech's title, but in three parts it is the page's.)
    if (!m || verdict[i] || !(isTitleLine(m[1]!.trim()) || m === any || m === column)) continue;
    const [title, site] = [keyOf(m[1]!), keyOf(m[2]!)];
    if (!texts.some((x, k) => k > i && (keyOf(x) === title || namedHeadline(title, x)))) continue;
    verdict[i] = WINDOW_TITLE;
    // The window title printed again where a print or a CMS page breaks (in the middle of a sentence) is the same
    // browser's line: it names the site, so no speech says it.
    texts.forEach((x, k) => {
      if (k > i && (siteLine(keyOf(x), site) || keyOf(x) === keyOf(t))) verdict[k] ??= WINDOW_TITLE;
    });
    return;
  }
}
