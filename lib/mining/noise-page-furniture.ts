// Page furniture judged with its neighbours: the links listed under a "related articles" header, and a download
// page's file name (讲话.docx) above the title it repeats. Neither shape occurs in a speech's text.
import { dateOfLine, endsSentence, isSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";
import type { Ctx } from "./noise-fragments";

/** A header that opens a list of links to other pages, alone on its line (往期推荐 / 相关阅读： …). */
const LIST_HEADER_RE =
  /^[【\[]?(?:相关推荐|相关文章|相关阅读|相关范文|推荐阅读|猜你喜欢|热门推荐|热门文章|热门阅读|延伸阅读|最新文章|更多范文|往期推荐|往期回顾|往期精选|精彩推荐|精选推荐|你可能还喜欢|大家都在看)[】\]]?\s*[：:>»›]*$/;
/** How many links such a list holds at most. */
const MAX_LINKS = 20;
const MAX_LINK_LENGTH = 50;

/** A line that could be one link of the list: a headline, short, at most one sentence, ending the line. */
function linkLike(t: string): boolean {
  if (t.length > MAX_LINK_LENGTH || isSalutation(t)) return false;
  const stops = t.match(/[。！？!?]/g)?.length ?? 0;
  return stops === 0 || (stops === 1 && endsSentence(t));
}

/** The next non-blank line after i, or -1. */
function nextLine(texts: string[], i: number): number {
  let j = i + 1;
  while (j < texts.length && !texts[j]!.trim()) j++;
  return j < texts.length ? j : -1;
}

/** Line j stands right above text: the next line, past a date, a speaker or a salutation, is prose (long, or a
 *  sentence with its clauses, which no headline has). */
function opensText(texts: string[], verdict: (string | null)[], j: number): boolean {
  for (let k = nextLine(texts, j); k >= 0; k = nextLine(texts, k)) {
    if (verdict[k]) continue;
    const t = texts[k]!.trim();
    if (isSalutation(t) || dateOfLine(t) || isSpeakerLine(t)) continue;
    return t.length > MAX_LINK_LENGTH || (t.length >= 25 && /[，、；]/.test(t) && endsSentence(t));
  }
  return false;
}

/** Marks the links under each related-articles header. The list ends at the first line that is not a link, and
 *  before a line that opens text of its own (the title of a speech that follows a sidebar list). */
export function markRelatedLists(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (!LIST_HEADER_RE.test(texts[i]!.trim())) continue;
    verdict[i] ??= "网站页眉页脚";
    let links = 0;
    for (let j = nextLine(texts, i); j >= 0 && links < MAX_LINKS; j = nextLine(texts, j)) {
      const t = texts[j]!.trim();
      if (!linkLike(t)) break;
      if (opensText(texts, verdict, j)) break;
      verdict[j] ??= "相关文章列表";
      links++;
    }
  }
}

/** A file's name as a download page shows it: 关于…的讲话.docx, maybe with its size. */
const FILE_NAME_RE =
  /^(\S.{0,80}?)\s*\.(?:docx?|wps|pdf|txt|rtf|pptx?|xlsx?)\s*(?:[（(]?\s*\d+(?:\.\d+)?\s*[KkMm]B?\s*[)）]?)?$/i;
/** How many lines below a file name its page may show the title again. */
const TITLE_WINDOW = 6;

/** A file-name line is noise when a title follows it; when none does, it is the title, and only its extension
 *  goes (the name of the file is then the only title the page has). */
export function markFileNames(texts: string[], verdict: (string | null)[], lineNos: number[], ctx: Ctx): void {
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i]) continue;
    const t = texts[i]!.trim();
    const m = t.length <= 100 ? FILE_NAME_RE.exec(t) : null;
    if (!m) continue;
    let titled = false;
    for (let j = nextLine(texts, i), seen = 0; j >= 0 && seen < TITLE_WINDOW; j = nextLine(texts, j), seen++) {
      if (verdict[j]) continue;
      const next = texts[j]!.trim();
      if (isTitleLine(next)) titled = true;
      if (titled || next.length > MAX_LINK_LENGTH) break;
    }
    if (titled) verdict[i] = "文件名";
    else {
      ctx.removed.push({ text: t.slice(m[1]!.length).trim(), reason: "文件名后缀", lineNo: lineNos[i]! });
      texts[i] = m[1]!;
    }
  }
}
