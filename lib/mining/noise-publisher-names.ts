// An app's or a news site's name printed alone as the page's masthead (its first line) and again as the article's
// byline, with the day and hour it was posted (岚川融媒 / 岚川融媒　2024-06-14 18:22　阅读 8635): the publisher's, which
// the app sets into the speech's sentences as a watermark (隐患长期岚川融媒得不到整改). Its places in the text are read
// as the self-media account's are (noise-platform-pages.ts): where any reads as the speech's own mention of it (通过…
// 发布, …客户端, 在…开设专栏) or opens a line as its subject, the name is the speech's word and stays everywhere.
import { ACCOUNT_WORD_END_RE, usedAsOwnWords } from "./noise-platform-pages";

/** The masthead: a name alone, four characters at least (a shorter one is a word). */
const MASTHEAD_NAME_RE = /^[\u4e00-\u9fffA-Za-z0-9]{4,12}$/;
/** What follows the name in its byline: the day (its year maybe) and the hour (normalising may have taken the space). */
const POSTED_RE = /^\s*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?!\d)/;
/** An office's or a company's name (县应急管理局, 青禾日报社): the speech's own subject, whatever its site prints. */
const OFFICE_END_RE = /(?:局|委|办|厅|部|处|院|所|站|队|会|社|中心|政府|公司|集团)$/;
/** Lines of the page's head the byline is looked for in. */
const HEAD_LINES = 12;

/** The publisher's name as a watermark of the body, or null. `page`: the page's lines, in order. */
export function publisherWatermark(page: string[], body: string): string | null {
  const head = page
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, HEAD_LINES);
  const name = head[0] ?? "";
  if (!MASTHEAD_NAME_RE.test(name) || OFFICE_END_RE.test(name) || ACCOUNT_WORD_END_RE.test(name)) return null;
  const byline = head.slice(1).find((t) => t.startsWith(name) && POSTED_RE.test(t.slice(name.length)));
  if (!byline) return null;
  let inText = false;
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
    const from = body.lastIndexOf("\n", at) + 1;
    const to = body.indexOf("\n", at);
    const line = body.slice(from, to < 0 ? undefined : to).trim();
    if (line === name || line === byline) continue; // the masthead and the byline themselves
    if (!body.slice(from, at).trim() || usedAsOwnWords(body, at, name)) return null;
    inText = true;
  }
  return inText ? name : null;
}
