// A 范文 site that offers one speech twice, a short version first (【简版】讲话提纲: 开头：… / 一、…。成绩：… / 结尾：…)
// and then the full text under its own label (【完整版】讲话全文): the short version is the site's digest of the speech,
// not a speech of its own, and everything between the two labels goes. A labelled short version that is a speech
// (a 精简版 with its salutation or its speaker) is the speech's, and stays (speech-copies.ts keeps versions apart).
import { isHeaderSalutation, isSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

const SHORT = "(?:简版|简化版|精简版|简略版|提纲版|要点版|摘要版|压缩版)";
const FULL = "(?:完整版|全文版|详版|详细版|完整稿)";
/** The label, bracketed at the line's start or end, a few words beside it (【简版】讲话提纲（约500字）, 讲话全文（完整版）). */
const label = (version: string) =>
  new RegExp(
    `^(?:[【\\[]${version}[】\\]][^。！？]{0,20}|${version}[：:]?|[^。！？]{1,16}[（(【\\[]${version}[)）】\\]])$`,
  );
const SHORT_HEAD_RE = label(SHORT);
const FULL_HEAD_RE = label(FULL);
/** The most lines a digest holds under its label. */
const MAX_LINES = 30;
const SHORT_VERSION = "讲话的简版（提纲），下有完整版";

/** Marks a short version between its label and the full version's label below it, when nothing between is a speech's
 *  frame: no title, salutation or speaker's line. */
export function markShortVersions(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (!SHORT_HEAD_RE.test(texts[i]!.trim())) continue;
    const lines: number[] = [];
    let full = -1;
    for (let j = nextLine(texts, i); j >= 0 && lines.length <= MAX_LINES; j = nextLine(texts, j)) {
      const t = texts[j]!.trim();
      if (FULL_HEAD_RE.test(t)) {
        full = j;
        break;
      }
      if (isTitleLine(t) || isSalutation(t) || isHeaderSalutation(t) || isSpeakerLine(t)) break;
      lines.push(j);
    }
    if (full < 0 || !lines.length || lines.length > MAX_LINES) continue;
    // The full version's label stays when it is the speech's title (在…上的讲话（完整版）).
    for (const k of [i, ...lines]) verdict[k] ??= SHORT_VERSION;
    if (!isTitleLine(texts[full]!.trim())) verdict[full] ??= SHORT_VERSION;
    i = full;
  }
}
