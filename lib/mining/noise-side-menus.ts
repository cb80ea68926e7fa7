// A portal's side menu saved with its page: one item a line (首页 / 领导之窗 / 市长：郑启航 / 领导讲话 / 政务公开 …),
// a long run of short lines with no sentence among them, one of them the site's 首页, above the page's first
// sentence and its first salutation. A 领导讲话 among them is the column's name, not a title over the lines after
// it. A speech's own short lines (units honoured, villages, slogans, an agenda) stand under its salutation.
// A 专题 page's sub-menu is shorter and may be numbered like an outline (专题导航 / 一、工作部署 / 二、进展情况 …): its
// label, a menu's word alone on its line, says what the items under it are.
import { dateOfLine, isHeaderSalutation, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";

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

/** 专题导航, 栏目导航, 本站导航, 菜单, 子栏目: the label of a menu, a word of navigation and perhaps whose menu it is. */
const MENU_LABEL_RE =
  /^[【[]?(?:(?:专题|栏目|频道|本站|网站|站点|本专题|快捷|子栏目)?(?:导航|菜单)|专题栏目|子栏目|栏目列表)[】\]]?\s*[：:]?$/;
/** An item under the label: a page's name, short, perhaps numbered (一、工作部署), no sentence and no title. */
const LABELLED_ITEM_MAX = 16;
const MIN_LABELLED_ITEMS = 2;
const MAX_LABELLED_ITEMS = 12;
const isLabelledItem = (t: string) =>
  t.length >= 2 &&
  t.length <= LABELLED_ITEM_MAX &&
  !/[。！？；，,：:]/.test(t) &&
  !dateOfLine(t) &&
  !isSalutation(t) &&
  !isTitleLine(t);

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
  markLabelledMenus(texts, verdict, first);
}

/** A menu's label above the page's first sentence and salutation, over two to twelve items that run, unbroken by a
 *  blank line, to a blank line or a line that is no item: the label and its items. The same items under a salutation
 *  or after the first sentence are the speech's outline; under no label they are left to the rules above. */
function markLabelledMenus(texts: string[], verdict: (string | null)[], first: number): void {
  for (let i = 0; i < first; i++) {
    if (!MENU_LABEL_RE.test(texts[i]!.trim())) continue;
    let j = i + 1;
    while (j < first && j - i <= MAX_LABELLED_ITEMS + 1 && isLabelledItem(texts[j]!.trim())) j++;
    const items = j - i - 1;
    if (items < MIN_LABELLED_ITEMS || items > MAX_LABELLED_ITEMS) continue;
    for (let k = i; k < j; k++) verdict[k] ??= SIDE_MENU;
    i = j - 1;
  }
}
