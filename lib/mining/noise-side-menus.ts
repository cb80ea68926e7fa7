// A portal's side menu saved with its page: one item a line (首页 / 领导之窗 / 市长：郑启航 / 领导讲话 / 政务公开 …),
// a long run of short lines with no sentence among them, one of them the site's 首页, above the page's first
// sentence and its first salutation. A 领导讲话 among them is the column's name, not a title over the lines after
// it. A speech's own short lines (units honoured, villages, slogans, an agenda) stand under its salutation.
import { dateOfLine, isHeaderSalutation, isSalutation, parseEnumerator } from "./outline-patterns";

export const SIDE_MENU = "网站导航菜单";
const MENU_ITEM_MAX = 12;
/** Fewer lines may be a cover's labels or a speech's header (title, speaker, date, salutation). */
const MIN_MENU_RUN = 8;
const FIRST_SENTENCE_MIN = 20;
const HOME_RE = /^(?:网站)?首页$|^主页$/;

const isMenuItem = (t: string) =>
  t.length >= 2 &&
  t.length <= MENU_ITEM_MAX &&
  !/[。！？；，,、]/.test(t) &&
  !parseEnumerator(t) &&
  !dateOfLine(t) &&
  !isSalutation(t);

/** Marks each run of eight short lines or more, unbroken by a blank line, with 首页 among them, above the first
 *  sentence or salutation (a page with neither is left alone). */
export function markSideMenus(texts: string[], verdict: (string | null)[]): void {
  const first = texts.findIndex(
    (t) => (t.trim().length >= FIRST_SENTENCE_MIN && /[。！？]/.test(t)) || isHeaderSalutation(t.trim()),
  );
  if (first < 0) return;
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_MENU_RUN && run.some((i) => HOME_RE.test(texts[i]!.trim())))
      for (const i of run) verdict[i] ??= SIDE_MENU;
    run = [];
  };
  for (let i = 0; i < first; i++) {
    const t = texts[i]!.trim();
    if (t && isMenuItem(t)) run.push(i);
    else close();
  }
  close();
}
