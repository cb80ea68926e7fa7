// A speech's title that the page's own contents list names (目录：一、青石镇党委书记罗建平：压紧压实属地责任…): the
// list says a speech of that title follows, so the line is the title, however little it looks like one to the learned
// noise model (a slogan of two phrases above a 表态发言, a line before any sentence of the speech). Where the contents
// name two speeches or more that follow, the line over the list's head is the compilation's name
// (…表态发言汇编 / 目　录), no speech's title.
import {
  dateOfLine,
  endsSentence,
  isHeaderSalutation,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";
import { TITLE_LIST, TOC } from "./noise-toc";
import { squeeze } from "./page-line-views";

/** The reasons the contents rules (noise-toc.ts) give a list's lines. */
const LIST_REASONS: ReadonlySet<string> = new Set([TOC, TITLE_LIST]);
/** Characters of an entry's title that must start the line: enough that a short heading does not match by chance. */
const MIN_NAMED = 6;
/** A title's length at most; a title ends in no full stop (a sentence the entry quotes is no title). */
const MAX_TITLE = 40;

/** What an entry names: past its number and its speaker (…罗建平：), without the … a narrow list cut it with. */
function namedTitle(entry: string): string {
  const e = parseEnumerator(entry);
  const rest = squeeze(e ? entry.slice(e.end) : entry);
  const afterSpeaker = rest.slice(rest.lastIndexOf("：") + 1);
  return afterSpeaker.replace(/[…．.。·]+\d*$/, "");
}

export const REASON_COMPILATION_NAME = "汇编的名称（目录之上）";
/** A compilation's name ends in what it binds (…表态发言汇编, …讲话稿（精选2篇）, …会议材料). */
const COMPILATION_NAME_RE = /(?:汇编|选编|合集|材料|资料|讲话稿|发言稿|范文)(?:[（(][^（）()]{1,8}[）)])?$/;

/** Marks the compilation's name over a contents list of its speeches; returns the titles the list names. */
export function markCompilationContents(texts: string[], verdict: (string | null)[]): number[] {
  const titles = titlesNamedByContents(texts, verdict);
  // The lines named must head speeches: a speech's own outline contents name its headings, which prose follows (a
  // speech may print them unnumbered under a numbered 目录), and the title over that list is the speech's.
  if (titles.filter((i) => headsSpeech(texts, i)).length < 2) return titles;
  const head = verdict.findIndex((v) => LIST_REASONS.has(v ?? ""));
  let above = head - 1;
  while (above >= 0 && !texts[above]!.trim()) above--;
  const name = above >= 0 ? texts[above]!.trim() : "";
  const named = (isTitleLine(name) || COMPILATION_NAME_RE.test(name)) && !dateOfLine(name) && !endsSentence(name);
  if (named && !verdict[above] && name.length <= MAX_TITLE && nextLine(texts, above) === head)
    verdict[above] = REASON_COMPILATION_NAME;
  return titles;
}

/** Line i opens a speech: a speech's title (…上的讲话), or its speaker, its salutation, its date or a ——subtitle
 *  right under it. */
function headsSpeech(texts: string[], i: number): boolean {
  if (isTitleLine(texts[i]!.trim())) return true;
  const below = nextLine(texts, i);
  const t = below >= 0 ? texts[below]!.trim() : "";
  return isSpeakerLine(t) || isHeaderSalutation(t) || isSalutation(t) || !!dateOfLine(t) || /^[—–]{1,2}\S/.test(t);
}

/** The lines, kept by the rules and below the list, whose text an entry of the list starts with (or is). */
function titlesNamedByContents(texts: string[], verdict: (string | null)[]): number[] {
  const named = texts
    .map((t, i) => (LIST_REASONS.has(verdict[i] ?? "") ? namedTitle(t.trim()) : ""))
    .filter((n) => n.length >= MIN_NAMED);
  if (!named.length) return [];
  const listEnd = verdict.findLastIndex((v) => LIST_REASONS.has(v ?? ""));
  const out: number[] = [];
  for (let i = listEnd + 1; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (verdict[i] || !t || t.length > MAX_TITLE || endsSentence(t)) continue;
    const line = squeeze(t);
    if (named.some((n) => line.startsWith(n) || (n.startsWith(line) && line.length >= MIN_NAMED))) out.push(i);
  }
  return out;
}
