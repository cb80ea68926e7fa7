// A 简报's contents (本期要目 or a numbered 目录) whose items are its articles, one of them a speech: the heads printed
// again over the other articles go, and so do the articles that carry no speech (noise-toc.ts finds the list).
import { isHeaderSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { BULLET_RE, titleCore, unbulleted } from "./noise-toc-entry";

const BULLETIN_HEAD = "简报的栏目标题";
const BULLETIN_SECTION = "简报的其他栏目";

/** 本期要目 / 本期目录 / 本期导读: the head of a 简报's contents, which lists the issue's articles (a page's 文章目录 lists
 *  one article's title and its own headings). */
const ISSUE_HEAD_RE = /本期/;
/** 同志们，… / 谢谢大家！/ 我就讲这些 / （…根据会议录音整理）: the speech's closing, after which a 简报 prints its other
 *  articles. */
const SPEECH_CLOSE_RE = /^(?:同志们[，,！!]|谢谢)|我就讲(?:这些|到这里|这么多)|录音整理/;

/** The last line at or after `from` that prints `head` (a bracketed 【head】 too), -1 if none: an article's head
 *  may be a phrase the speech says on a line of its own before it (冬季安全生产注意事项 over the points it reads). */
function lastHead(texts: string[], head: string, from: number): number {
  for (let j = texts.length - 1; j >= from; j--) {
    const t = texts[j]!.trim();
    if (t === head || t === `【${head}】`) return j;
  }
  return -1;
}

/** A 简报's 目录 whose items are its sections, one of them a speech (二、董事长…在…会议上的讲话) and the others not: each
 *  item's head, printed again over its section, goes, and so do the sections that carry no speech (a news note, a
 *  task list). A speech's own 提纲 lists headings, none of them a speech's title, and is left alone. A 本期要目 whose
 *  items are all set off by a bullet (★矿长…在…会议上的讲话, ★10月份安全生产情况通报) prints each head again without it,
 *  and the speech under its own title, which the item holds with the speaker's name: that title stays. The articles
 *  listed after the speech start after its closing (an item that is found only inside the speech is its own
 *  heading: a 文章目录 of • title, • 一、…, • 二、… is the speech's outline, never a 简报's). */
export function markBulletinSections(
  texts: string[],
  verdict: (string | null)[],
  entries: number[],
  tocHead: number,
): void {
  const items = entries.map((k) => texts[k]!.trim());
  const bulleted = items.every((t) => BULLET_RE.test(t));
  if (bulleted && !ISSUE_HEAD_RE.test(texts[tocHead]!)) return;
  const speechItem = (t: string) => {
    const u = unbulleted(t);
    const e = parseEnumerator(u);
    return (!!e || bulleted) && isTitleLine(u.slice(e?.end ?? 0).trim());
  };
  if (items.length < 2 || items.filter(speechItem).length !== 1) return;
  const heads: number[] = [];
  let ownTitle = -1;
  for (const item of items) {
    const from = heads.at(-1) ?? entries.at(-1)!;
    const head = bulleted ? unbulleted(item) : item;
    let at = texts.findIndex((x, j) => j > from && x.trim() === head);
    if (bulleted && speechItem(item)) {
      const titled = (x: string, j: number) => j > from && isTitleLine(x.trim()) && titleCore(x.trim()).length >= 6;
      at = texts.findIndex((x, j) => titled(x, j) && head.includes(titleCore(x.trim())));
      ownTitle = at;
    } else if (ownTitle >= 0) {
      const close = texts.findIndex((x, j) => j > ownTitle && SPEECH_CLOSE_RE.test(x.trim()));
      at = close < 0 ? -1 : lastHead(texts, head, Math.max(from, close) + 1);
    }
    if (at < 0) return;
    heads.push(at);
  }
  heads.forEach((head, n) => {
    // Of a bulleted list only the articles after the speech (a news item above it is a lead: noise-news-report.ts).
    if (ownTitle >= 0 && head < ownTitle) return;
    if (head !== ownTitle) verdict[head] ??= BULLETIN_HEAD;
    const end = heads[n + 1] ?? texts.length;
    // A section under a head that names no speech may still carry one, under its own title and salutation.
    const section = texts.slice(head + 1, end).map((t) => t.trim());
    if (speechItem(items[n]!) || section.some((t) => isTitleLine(t) || isHeaderSalutation(t))) return;
    for (let j = head + 1; j < end; j++) if (texts[j]!.trim()) verdict[j] ??= BULLETIN_SECTION;
  });
}
