// A government portal's 解读 column (政策解读 / 图文解读 / 专家解读 / 权威解读 / 热点解读) that a narrow copy floats
// into the article: its label and its links. The same words head a speech's own section (宣讲会, 发布会, 培训班) over
// its points, so the label opens a list only when what follows is links: headlines without a sentence's
// punctuation, and a column's evidence besides: each names a page (《…》解读, …问答, 图说…, 一图读懂…) or carries a
// date, or the label has its 更多>> link or tabs, or a 更多 link closes the block, or chrome encloses bulleted links.
import { parseEnumerator } from "./outline-patterns";
import { previousLine } from "./noise-page-cards";
import { nextLine } from "./noise-page-furniture";

const COLUMN_LINK = "相关文章列表";
const COLUMN_LABEL = "网站页眉页脚";

const WORD = String.raw`(?:政策|图文|专家|权威|热点)解读`;
const MORE = String.raw`(?:更多|查看更多|更多内容)\s*(?:>>|》》|»|›|>|＞＞|＞)`;
/** 政策解读 / 【图文解读】 / 专家解读： alone on the line. */
const BARE_LABEL_RE = new RegExp(String.raw`^[【\[]?${WORD}[】\]]?\s*[：:]?$`);
/** 政策解读　　更多>> / 政策解读　|　图文解读　|　专家解读: a column's head as only a page draws it. */
const DRAWN_LABEL_RE = new RegExp(
  String.raw`^[【\[]?${WORD}[】\]]?(?:\s*${MORE}|(?:\s*[|｜丨/]\s*|\s+)${WORD}(?:(?:\s*[|｜丨/]\s*|\s+)${WORD})*(?:\s*${MORE})?)$`,
);
const MORE_LINE_RE = new RegExp(String.raw`^${MORE}$|^(?:更多|查看更多)$`);

const BULLET_RE = /^[·•●◆◇▪■□○★☆\-–>»]\s*/;
/** A link's date after its headline: 2024-05-12 / （2024年5月12日） / 05-12. */
const TRAILING_DATE_RE = /\s*[（(\[]?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}-\d{1,2})[)）\]]?$/;
/** A page of a 解读 column by its name: what it explains (…解读, …问答, 十问十答, 答记者问) or how (图说…, 一图读懂…). */
const PAGE_NAME_RE = /^(?:图说|图解|一图(?:读懂|看懂|了解))|(?:解读|问答|十问十答|答记者问|图解)$/;
const MAX_LINK = 50;
const MAX_LINKS = 20;

/** A headline: short, no sentence's punctuation. */
const headline = (t: string) => t.length >= 4 && t.length <= MAX_LINK && !/[。！!？?；;，,]/.test(t);
const bare = (t: string) => t.replace(BULLET_RE, "").replace(TRAILING_DATE_RE, "").trim();

/** Marks each 解读 column's label and links that the page shows to be a column (see above). */
export function markPolicyColumns(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const head = texts[i]!.trim();
    const drawn = DRAWN_LABEL_RE.test(head);
    if (verdict[i] || !(drawn || BARE_LABEL_RE.test(head))) continue;
    // The links run to the first line that is no headline, or a speech's numbered heading (二、抓好排查).
    let links: number[] = [];
    let j = nextLine(texts, i);
    for (; j >= 0 && !verdict[j] && links.length < MAX_LINKS; j = nextLine(texts, j)) {
      const t = texts[j]!.trim();
      if (!headline(bare(t)) || parseEnumerator(t) || MORE_LINE_RE.test(t)) break;
      links.push(j);
    }
    const items = links.map((k) => texts[k]!.trim());
    const closedByMore = j >= 0 && !verdict[j] && MORE_LINE_RE.test(texts[j]!.trim());
    const before = previousLine(texts, i);
    const amongChrome = (before >= 0 && !!verdict[before]) || (j >= 0 && !!verdict[j]);
    const marked = items.every((t) => BULLET_RE.test(t) || TRAILING_DATE_RE.test(t));
    // Pages named one after another (two at least: one such line may be a speech's subheading over its text); a
    // speech's own unnumbered heading may follow them.
    const named = items.findIndex((t) => !PAGE_NAME_RE.test(bare(t)) && !TRAILING_DATE_RE.test(t));
    const namedLinks = named < 0 ? links.length : named;
    if (!(drawn || closedByMore || (amongChrome && marked)) || !links.length) {
      if (namedLinks < 2) continue;
      links = links.slice(0, namedLinks);
    }
    verdict[i] = COLUMN_LABEL;
    for (const k of links) verdict[k] = COLUMN_LINK;
    if (closedByMore && links.length === items.length) verdict[j] = COLUMN_LABEL;
  }
}
