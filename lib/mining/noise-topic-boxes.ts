// A portal's box of a topic's pages under the article (执法检查专题, 【安全生产月专题】) over the titles of the pages it
// links, numbered 一、二、三、 or bulleted. Its items look like the outline's headings (一、…检查方案 / 二、…情况 /
// 三、…报告), so what makes the box is its place and its shape: below the speech's closing (同志们，…), a bare label
// naming a topic over a few short lines that close no sentence, with no paragraph of text after them. A speaker's own
// heading on a topic (三、扎实开展安全生产月专题活动) carries its number and stays, and so does a label above the closing:
// a menu's 森林防灭火专题 above the text is left to the menu rules.
import { endsSentence, isClosingStart } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

/** A topic's label alone on its line: a few words ending in 专题, perhaps in brackets, with no stop or enumerator. */
const TOPIC_LABEL_RE = /^[【\[]?[^\s，。：:；！？、,.]{2,12}专题[】\]]?\s*[：:>»›]*$/;
/** A link's title: short, and no sentence in it. */
const MAX_ITEM = 60;
const itemLike = (t: string) => t.length <= MAX_ITEM && !/[。！？!?；;]/.test(t);
const MIN_ITEMS = 2;
const MAX_ITEMS = 12;
/** A paragraph of text: a sentence of some length. */
const MIN_PARAGRAPH = 20;

export const TOPIC_BOX_HEAD = "网站页眉页脚";
export const TOPIC_BOX_ITEM = "相关文章列表";

export function markTopicBoxes(texts: string[], verdict: (string | null)[]): void {
  const closing = texts.findIndex((t, i) => !verdict[i] && isClosingStart(t.trim()));
  if (closing < 0) return;
  for (let i = closing + 1; i < texts.length; i++) {
    if (!TOPIC_LABEL_RE.test(texts[i]!.trim())) continue;
    const items: number[] = [];
    let j = nextLine(texts, i);
    for (; j >= 0 && items.length < MAX_ITEMS && itemLike(texts[j]!.trim()); j = nextLine(texts, j)) items.push(j);
    const after = j >= 0 && !verdict[j] ? texts[j]!.trim() : "";
    if (items.length < MIN_ITEMS || (after.length >= MIN_PARAGRAPH && endsSentence(after))) continue;
    verdict[i] ??= TOPIC_BOX_HEAD;
    for (const k of items) verdict[k] ??= TOPIC_BOX_ITEM;
  }
}
