// A mobile site's "open the app" card, copied with the page: a few short lines (继续浏览内容 / 问知 App / 发现更大的世界)
// around its buttons (打开 App / 继续网页浏览), dropped wherever the site cut the text to push its app, even inside a
// sentence. The card is the lines of its run, all short and none a sentence; the text goes on below it.
import { isTitleLine, parseEnumerator } from "./outline-patterns";

/** The card's buttons: open the app, or go on reading on the web. */
const APP_BUTTON_RE =
  /^(?:打开|下载|去|前往|在)\s*(?:APP|App|app|客户端)(?:\s*(?:查看|阅读|内(?:打开|阅读|查看)|看全文|看更多))?$|^(?:继续|留在)(?:网页|浏览器)(?:浏览|阅读|查看)?$|^(?:APP|App|客户端)\s*内(?:打开|阅读|查看)$/;
/** A line of the card that names the app or is a button too (问知 App, 继续网页浏览). */
const APP_NAMED_RE = /APP|App|app|客户端|(?:网页|浏览器)(?:浏览|阅读|查看)?$/;
/** A line of the card: short, no sentence or clause in it, no heading's number. */
const CARD_LINE_MAX = 14;
/** How far the card runs on each side of a button. */
const CARD_REACH = 4;
const CARD = "打开App的提示卡片";

const isCardLine = (t: string) =>
  t.length > 0 && t.length <= CARD_LINE_MAX && !/[，。！？；：,;!?]/.test(t) && !isTitleLine(t) && !parseEnumerator(t);

/** Marks each app card: its buttons and the short lines next to them, up to the text on either side. */
export function markAppCards(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (!APP_BUTTON_RE.test(raw.trim())) return;
    const run = [i];
    for (const step of [-1, 1] as const) {
      let seen = 0;
      for (let j = i + step; j >= 0 && j < texts.length && seen < CARD_REACH; j += step) {
        const t = texts[j]!.trim();
        if (!t) break;
        if (!isCardLine(t)) break;
        run.push(j);
        seen++;
      }
    }
    // A button with a line or two of the card beside it; a lone 打开App is the line rules' to judge. The card names
    // its app again (问知 App, or a second button): a speech's steps (扫描二维码 / 下载App / 实名注册 / 开始学习) do not.
    if (run.length < 3 || !run.some((j) => j !== i && APP_NAMED_RE.test(texts[j]!.trim()))) return;
    for (const j of run) verdict[j] ??= CARD;
  });
}
