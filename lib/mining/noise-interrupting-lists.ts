// A list of links set into the middle of a paragraph (…摸清底数，建立台账， / 相关推荐： / ▶ … / ▶ … / 对排查出的…): the
// line above its header stops after a clause, so the text below the links is that sentence carrying on, not text a
// link opens. The list runs on to it, and ends there.
import { keptFrom } from "./noise-page-cards";

/** A line of text this long, cut after a clause, is a paragraph the list broke into (a short label is no text). */
const MIN_CUT_TEXT = 15;

/** The kept line above the list header i stops after a clause (，、；): the list interrupts a sentence. */
export function interruptsSentence(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = keptFrom(texts, verdict, i, -1);
  const t = above >= 0 ? texts[above]!.trim() : "";
  return t.length >= MIN_CUT_TEXT && /[，、；]$/.test(t);
}

/** The interrupted sentence carrying on under the links: clauses ending in a sentence's stop (对排查出的隐患要…，能
 *  当场处置的当场处置。), as no link's headline ends. */
export const carriesSentenceOn = (t: string): boolean => /[，、；]/.test(t) && /[。！？][”’」』）)]?$/.test(t);
