// A speech's title wrapped onto two lines by a PDF, a scan or a narrow column: 在全区春节期间安全生产 /
// 工作部署会议上的讲话. The second half reads as a title on its own, the first as a stray short line before the
// speech (the noise rules and model often take it for the page's chrome), so the title lost its first half. The
// halves are joined when only together they name the meeting, whatever the verdicts on them were.
import { byModel } from "./noise-model";
import { isTitleLine, parseEnumerator } from "./outline-patterns";

/** 在…上的讲话 with at most a speaker or a unit (县长, 周建国同志, 县城乡建设投资集团有限公司) before 在. */
const NAMES_MEETING = /^[^在。！？；：:，,]{0,24}在[^。！？；]{2,}上的(?:讲话|发言|致辞|报告|主持词)/;
/** A subtitle names its meeting the same way, or a 表态发言, 总结讲话 or 工作部署 given there. */
const SUBTITLE_NAMES_MEETING =
  /^[^在。！？；：:，,]{0,24}在[^。！？；]{2,}上的(?:(?:表态|总结|动员|重要)?(?:讲话|发言|致辞|报告|主持词)|工作部署)/;
const FIRST_HALF = /^[^。！？；：:，,]{4,40}$/;

/** ——在…上的讲话: the subtitle under a speech's main title (a slogan such as 守牢安全底线　护航乡村振兴). */
const SUBTITLE_RE = /^[—–－-]{1,2}\s*[^—–－-]/;
/** A slogan: no sentence, no quotation (“…” over ——习近平…上的讲话 is an epigraph and its source); a quoted phrase
 *  inside it (以“时时放心不下”的责任感抓好安全生产) is the title's own. */
const SLOGAN = /^(?![“"「『])[^。！？；：:，,—–－\-]{4,30}$/;

/** 在全镇安全生产工作推进会上的 / 讲话: a narrow screen or column left the genre word alone on a title's or a heading's
 *  second line, a stray short line either verdict may have taken for chrome. */
const ENDS_BEFORE_GENRE = /在[^。！？；，,]{2,}上的?$/;
/** The genre word a title ends in: 讲话, 表态发言, 讲话稿. */
const GENRE = String.raw`(?:表态|总结|动员|重要)?(?:讲话|发言|致辞|报告|主持词)(?:稿|提纲)?`;
const GENRE_ALONE = new RegExp(`^(?:上的|的)?${GENRE}$`);

/** …上的表态发 / 言: a centred title's line cut inside its genre word, the word's last characters alone below. */
const ENDS_IN_GENRE = new RegExp(`在[^。！？；，,]{2,}上的${GENRE}$`);
const GENRE_TAIL = /^[\u4e00-\u9fff]{1,3}$/;

function joinGenreWord(texts: string[], verdict: (string | null)[], i: number): boolean {
  const first = texts[i]!.trim();
  const j = nextNonBlank(texts, i);
  if (j !== i + 1 || !FIRST_HALF.test(first)) return false;
  const second = texts[j]!.trim();
  const title = first + second;
  const cutInGenre = GENRE_TAIL.test(second) && ENDS_IN_GENRE.test(title) && !ENDS_IN_GENRE.test(first);
  if (!cutInGenre && !(ENDS_BEFORE_GENRE.test(first) && GENRE_ALONE.test(second))) return false;
  // A heading wrapped so (一、认真学习…在…会议上的 / 讲话) joins where both its lines are the speech's.
  const titled = (NAMES_MEETING.test(title) || cutInGenre) && isTitleLine(title);
  if (!titled && (verdict[i] || verdict[j] || !parseEnumerator(first))) return false;
  texts[i] = title;
  texts[j] = "";
  verdict[i] = verdict[j] = null;
  return true;
}

/** The next line after i that is not blank, or -1. */
function nextNonBlank(texts: string[], i: number): number {
  for (let j = i + 1; j < texts.length && j <= i + 2; j++) if (texts[j]!.trim()) return j;
  return -1;
}

/** A main title over its ——subtitle: the speech's title is both, as the page prints it. */
function joinSubtitle(texts: string[], verdict: (string | null)[], i: number): boolean {
  const first = texts[i]!.trim();
  const j = nextNonBlank(texts, i);
  // The model often takes a slogan above the speech for chrome; a rule's verdict stands.
  if (j < 0 || (verdict[i] && !byModel(verdict[i])) || verdict[j] || !SLOGAN.test(first) || NAMES_MEETING.test(first))
    return false;
  const second = texts[j]!.trim();
  if (!SUBTITLE_RE.test(second) || !SUBTITLE_NAMES_MEETING.test(second.replace(/^[—–－-]+\s*/, ""))) return false;
  texts[i] = first + second;
  texts[j] = "";
  verdict[i] = null;
  return true;
}

/** Joins each such pair into the first line (kept), blanking the second; returns how many were joined. */
export function joinWrappedTitles(texts: string[], verdict: (string | null)[]): number {
  let joined = 0;
  for (let i = 0; i + 1 < texts.length; i++) {
    if (joinSubtitle(texts, verdict, i) || joinGenreWord(texts, verdict, i)) {
      joined++;
      continue;
    }
    const first = texts[i]!.trim();
    const second = texts[i + 1]!.trim();
    if (verdict[i + 1] || !FIRST_HALF.test(first) || !first.includes("在") || !isTitleLine(second)) continue;
    if (NAMES_MEETING.test(second) || NAMES_MEETING.test(first)) continue;
    // ——…上的讲话 under a main title; a main title whose 在 is closed in its own line (把责任扛在肩上).
    if (/^[—–\-－]/.test(second) || /在[^在]*上/.test(first)) continue;
    const title = first + second;
    if (!SUBTITLE_NAMES_MEETING.test(title) || !isTitleLine(title)) continue;
    texts[i] = title;
    texts[i + 1] = "";
    verdict[i] = null;
    joined++;
  }
  return joined;
}
