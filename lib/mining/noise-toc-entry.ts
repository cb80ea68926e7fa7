// An entry of a table of contents as the list writes it (noise-toc.ts, noise-bulletin-sections.ts): the bullet that
// may set it off, and a title's words without its number.
import { cleanTitle, parseEnumerator } from "./outline-patterns";

/** An entry without the bullet that may set it off (· 一、…; a blog's nested list sets its levels off by ◦ and ▪, a
 *  简报's 本期要目 its items by ★, ◎ or ▲). */
export const BULLET_RE = /^[·•・◦▪▫●○■□◆◇‣∙★☆◎▲△]\s*/;
export const unbulleted = (t: string) => t.replace(BULLET_RE, "");

/** The title as the list and the speech both write it: no 篇一/第N篇 marker, no 1./一、 number, no spaces. */
export function titleCore(t: string): string {
  const e = parseEnumerator(t);
  return cleanTitle(e ? t.slice(e.end) : t).replace(/\s+/g, "");
}
