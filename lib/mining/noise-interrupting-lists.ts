// A list of links set into the middle of a paragraph (…摸清底数，建立台账， / 相关推荐： / ▶ … / ▶ … / 对排查出的…): the
// line above its header stops after a clause, so the text below the links is that sentence carrying on, not text a
// link opens. The list runs on to it, and ends there.
import { endsSentence, parseEnumerator } from "./outline-patterns";
import { keptFrom } from "./noise-page-cards";

/** A line of text this long, cut after a clause, is a paragraph the list broke into (a short label is no text). */
const MIN_CUT_TEXT = 15;
/** A headline may end ？/！ after a comma (…，你真的做对了吗？); a sentence carrying on that way is longer. */
const MIN_CARRIED_CLAUSES = 20;

/** 一是…；/ （二）…；: an item of the speaker's own series, finished at its semicolon, is no sentence cut short. */
const finishedItem = (t: string): boolean => /；$/.test(t) && !!parseEnumerator(t);

/** The kept line above the list header i stops after a clause (，、；): the list interrupts a sentence. */
export function interruptsSentence(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = keptFrom(texts, verdict, i, -1);
  const t = above >= 0 ? texts[above]!.trim() : "";
  return t.length >= MIN_CUT_TEXT && /[，、；]$/.test(t) && !finishedItem(t);
}

/** ▶ … / · …: a line opening with a mark, not a word, a number or an opening bracket or quote — a link's bullet. */
const BULLETED_RE = /^[^\p{L}\p{N}\p{Ps}\p{Pi}]/u;
/** 1. / (1) / ①: numbers links are written with too; the speech's own outline is numbered in words (二、 / （二）). */
const LINK_NUMBERING = new Set(["num-dot", "num-decimal", "num-paren", "circled"]);

/** Where the interrupted text resumes under the links: no bullet, and the speech's own heading (（二）…), a clause
 *  that ends the sentence (并报县安委办备案。 — no headline ends in a full stop) or clauses ending in a sentence's stop
 *  (对排查出的隐患要…，能当场处置的当场处置。). */
export function carriesSentenceOn(t: string): boolean {
  if (BULLETED_RE.test(t)) return false;
  const enumerator = parseEnumerator(t);
  if (enumerator) return !LINK_NUMBERING.has(enumerator.family);
  return /。[”’」』）)]?$/.test(t) || (t.length >= MIN_CARRIED_CLAUSES && /[，、；]/.test(t) && endsSentence(t));
}
