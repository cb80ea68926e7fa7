// The chrome at the head of a page, above the speech's first line of prose: a site's menu row whose spaces were lost
// to normalising (首页论坛乡里乡亲二手市场…: no sentence of a speech opens on 首页 without a pause), menu items left
// one to a line, two or more, between lines the rules took (首页 / 下载头条 / 发布 between the window's title and 登录), and an
// account's byline (原创2024-03-18 09:42·青岚发布厅: the time, then the account).
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";

const HOME_MENU_RE = /^(?:网站)?首页[\u4e00-\u9fff]{4,60}$/;
const STAMPED_BYLINE_RE =
  /^(?:原创|转载)?\s*\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*[·・|｜]\s*[^\s。，！？：:]{2,16}$/;
/** How far into the page such a head stands. */
const HEAD_WINDOW = 30;
const ITEM_CHARS = 6;
const ITEM_RUN = 4;
const MENU = "网站导航菜单";

/** Marks the menu rows, the stranded menu items and the bylines among the page's first lines, before its prose. */
export function markPageHeads(texts: string[], verdict: (string | null)[]): void {
  const prose = texts.findIndex((t, k) => !verdict[k] && t.trim().length >= 20 && /[。！？]/.test(t));
  const limit = Math.min(texts.length, HEAD_WINDOW, prose < 0 ? texts.length : prose);
  for (let i = 0; i < limit; i++) {
    const t = texts[i]!.trim();
    if (verdict[i] || !t) continue;
    if (HOME_MENU_RE.test(t)) verdict[i] = MENU;
    else if (STAMPED_BYLINE_RE.test(t)) verdict[i] = "来源作者信息";
  }
  const item = (k: number) => {
    const t = texts[k]!.trim();
    return (
      !verdict[k] &&
      t.length <= ITEM_CHARS &&
      !/[。，！？：:；、]/.test(t) &&
      !isTitleLine(t) &&
      !isSpeakerLine(t) &&
      !isSalutation(t) &&
      !dateOfLine(t)
    );
  };
  for (let i = 0; i < limit; i++) {
    if (!texts[i]!.trim() || !item(i)) continue;
    const run: number[] = [];
    let j = i;
    for (; j < limit && run.length <= ITEM_RUN; j++) {
      if (!texts[j]!.trim()) continue;
      if (!item(j)) break;
      run.push(j);
    }
    const before = texts.findLastIndex((t, k) => k < i && !!t.trim());
    const after = texts.findIndex((t, k) => k >= j && !!t.trim());
    const taken = (k: number) => k >= 0 && !!verdict[k];
    if (run.length >= 2 && run.length <= ITEM_RUN && taken(before) && taken(after))
      for (const k of run) verdict[k] = MENU;
    i = j;
  }
}
