// A column page's list of its articles (领导讲话: ■ ×××在…会议上的讲话　2024-03-21, each with its first words under
// it, cut off by …) above the one article shown in full: links, not speeches, though each reads like a title.
import { hasSentencePunct, isTitleLine } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

/** A link with the date it was posted at the end of the line (the gap before it is gone once normalised). */
const DATED_LINK_RE =
  /^(?:[■□▪▫●○◆◇•·▶►▷»]\s*)?(\S.{5,80}?)[\s\u3000]*[[【(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]】)）]?$/;
/** The first words of the linked article under its link, cut off. */
const TEASER_RE = /(?:…|\.{3})$/;
const TEASER_CHARS = 160;
const MIN_LINKS = 2;

const BULLET_RE = /^[■□▪▫●○◆◇•·▶►▷»]/;

const isDatedLink = (t: string) => {
  const m = DATED_LINK_RE.exec(t);
  return !!m && !hasSentencePunct(m[1]!.replace(/[…]+$/, ""));
};
/** A dated line that shows it is a link: a list's bullet, a title's words, or a teaser under it. A dated line of
 *  plain words (an accident and its date in a list the speech reads out) is not. */
const linkShaped = (t: string, teaser: boolean) =>
  teaser || BULLET_RE.test(t) || isTitleLine(DATED_LINK_RE.exec(t)![1]!.replace(/[…]+$/, ""));

/** Marks the dated links of a list (two or more, each followed by the next link or by its teaser) and their teasers. */
export function markDatedLinks(texts: string[], verdict: (string | null)[]): void {
  const items: number[] = [];
  let above = "";
  texts.forEach((raw, i) => {
    const t = raw.trim();
    const lead = above;
    if (t) above = t;
    // Under a lead-in (近年来发生的几起事故：) dated lines are the speech's own list.
    if (!isDatedLink(t) || /[：:]$/.test(lead)) return;
    const n = nextLine(texts, i);
    const after = n < 0 ? "" : texts[n]!.trim();
    const teaser = TEASER_RE.test(after) && after.length <= TEASER_CHARS && !isDatedLink(after);
    if ((n < 0 || isDatedLink(after) || teaser) && linkShaped(t, teaser)) items.push(i);
  });
  if (items.length < MIN_LINKS) return;
  for (const i of items) {
    verdict[i] ??= "相关文章列表";
    const n = nextLine(texts, i);
    if (n >= 0 && !isDatedLink(texts[n]!.trim()) && TEASER_RE.test(texts[n]!.trim())) verdict[n] ??= "相关文章列表";
  }
}
