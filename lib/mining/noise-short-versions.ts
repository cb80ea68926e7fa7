// A 范文 site that offers one speech twice, a short version first (【简版】讲话提纲: 开头：… / 一、…。成绩：… / 结尾：…)
// and then the full text under its own label (【完整版】讲话全文): the short version is the site's digest of the speech,
// not a speech of its own, and everything between the two labels goes. A labelled short version that is a speech
// (a 精简版 with its salutation or its speaker) is the speech's, and stays (speech-copies.ts keeps versions apart).
// So does a short version with no full text under the full one's label: a page that previews only the short version
// (【完整版】共8页，登录后下载) or links to the full one (相关推荐： / …讲话（完整版）) has no other copy of the speech.
import {
  dateOfLine,
  hasSentencePunct,
  cjkCount,
  isHeaderSalutation,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
  splitRunInSalutation,
} from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

const SHORT = "(?:简版|简化版|精简版|简略版|提纲版|要点版|摘要版|压缩版)";
const FULL = "(?:完整版|全文版|详版|详细版|完整稿)";
/** The label, bracketed at the line's start or end, a few words beside it (【简版】讲话提纲（约500字）, 讲话全文（完整版）).
 *  A heading of the speech's own numbering that names a version ((一）岗位应急处置卡（简版）) is no label. */
const label = (version: string) =>
  new RegExp(
    `^(?:[【\\[]${version}[】\\]][^。！？]{0,20}|${version}[：:]?|[^。！？]{1,16}[（(【\\[]${version}[)）】\\]])$`,
  );
const SHORT_HEAD_RE = label(SHORT);
const FULL_HEAD_RE = label(FULL);
const isLabel = (re: RegExp, t: string): boolean => re.test(t) && !parseEnumerator(t);
/** The most lines a digest holds under its label. */
const MAX_LINES = 30;
/** The most frame lines (title, speaker, date, salutation) above the full text's first paragraph. */
const MAX_FRAME = 4;
/** The room greeted inside a line (各位工友，大家好！ / 老师们、同学们，大家好！新学期…) or addressed at its start
 *  (工友们：今天… / 同志们，…): a speech talking, never a digest of one. */
const GREETING_RE = /(?:大家|各位[^，。！？]{0,8}?)(?:上午|下午|晚上|早上|中午)?好[！!，,。]/;
const ROOM_RE = /^[^，。！？：:]{0,16}?们[：:！!，,、]/;
/** A paragraph of speech: a sentence of some length. */
const PROSE_CHARS = 20;
const SHORT_VERSION = "讲话的简版（提纲），下有完整版";

/** A line of a speech's frame: its title, salutation or speaker. */
const isFrame = (t: string): boolean => isTitleLine(t) || isSalutation(t) || isHeaderSalutation(t) || isSpeakerLine(t);

/** A line where a speech talks to its room: a salutation, on its own line or run into a paragraph, or a greeting. */
const addressesRoom = (t: string): boolean =>
  isSalutation(t) || isHeaderSalutation(t) || !!splitRunInSalutation(t) || GREETING_RE.test(t) || ROOM_RE.test(t);

/** Whether a full text follows the full version's label: under it a few frame lines at most (its title, speaker, date,
 *  salutation), then a paragraph of speech, none of them a line the page's rules have taken already (上一篇：…). */
function fullTextFollows(texts: string[], verdict: (string | null)[], full: number): boolean {
  let frames = 0;
  for (let k = nextLine(texts, full); k >= 0; k = nextLine(texts, k)) {
    const t = texts[k]!.trim();
    if (verdict[k]) return false;
    if (addressesRoom(t)) return true;
    if (isFrame(t) || dateOfLine(t)) {
      if (++frames > MAX_FRAME) return false;
      continue;
    }
    return cjkCount(t) >= PROSE_CHARS && hasSentencePunct(t);
  }
  return false;
}

/** Marks a short version between its label and the full version's label below it, when nothing between is a speech's
 *  frame or talks to the room (no title, salutation, greeting or speaker's line) and a full text follows that label. */
export function markShortVersions(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (!isLabel(SHORT_HEAD_RE, texts[i]!.trim())) continue;
    const lines: number[] = [];
    let full = -1;
    for (let j = nextLine(texts, i); j >= 0 && lines.length <= MAX_LINES; j = nextLine(texts, j)) {
      const t = texts[j]!.trim();
      if (isLabel(FULL_HEAD_RE, t)) {
        full = j;
        break;
      }
      if (isFrame(t) || addressesRoom(t)) break;
      lines.push(j);
    }
    if (full < 0 || !lines.length || lines.length > MAX_LINES || !fullTextFollows(texts, verdict, full)) continue;
    // The full version's label stays when it is the speech's title (在…上的讲话（完整版）).
    for (const k of [i, ...lines]) verdict[k] ??= SHORT_VERSION;
    if (!isTitleLine(texts[full]!.trim())) verdict[full] ??= SHORT_VERSION;
    i = full;
  }
}
