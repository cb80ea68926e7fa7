// A site's notice printed under the speech it carried (【通知公告】关于举办…的通知 and its paragraph): the site's news,
// after the speech has ended.
import { isClosingStart } from "./outline-patterns";

export const SITE_NOTICE = "网站通知公告";
const NOTICE_LABEL_RE = /^[【\[](?:通知公告|公告|最新公告|活动公告|通知)[】\]]\s*\S/;
/** The lines a notice runs to under its label, down to a blank line. */
const NOTICE_LINES = 5;
const NOTICE_LINE_CHARS = 300;

/** Marks a labelled notice below the speech's closing, with its lines down to the next blank line. */
export function markSiteNotices(texts: string[], verdict: (string | null)[]): void {
  let closed = false;
  texts.forEach((t, i) => {
    if (!verdict[i] && isClosingStart(t.trim())) closed = true;
    if (!closed || !NOTICE_LABEL_RE.test(t.trim())) return;
    verdict[i] ??= SITE_NOTICE;
    for (let j = i + 1; j < texts.length && j <= i + NOTICE_LINES; j++) {
      const line = texts[j]!.trim();
      if (!line || line.length > NOTICE_LINE_CHARS) return;
      verdict[j] ??= SITE_NOTICE;
    }
  });
}
