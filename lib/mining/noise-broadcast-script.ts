// A TV or radio station's news script: the reporter's narration, with the leader's own words set under 【同期声】
// (the sound recorded at the meeting) as quoted paragraphs. The quoted paragraphs are the speech; the narration
// (会上，…通报了有关情况。×××在讲话中强调，…) and the cues are the station's.
import { hasSentencePunct, isSalutation, isTitleLine } from "./outline-patterns";

/** 【同期声】副县长 ××× / 【同期】 / [现场同期声]: the cue for the recorded words (the whole line goes, the speaker's
 *  name with it: the speech is left without a speaker). */
const SOUND_CUE_RE = /^[【[［]\s*(?:现场)?同期(?:声)?\s*[】\]］]/;
/** The fewest quoted paragraphs a script holds; they must also outnumber the narration's. */
const MIN_QUOTED = 3;
const OPEN = "“";
const CLOSE = "”";

/** Where the quotation opened at `from` (depth 1 there) closes: an index, or -1 when it runs on past the line. */
function closeOf(t: string, from: number): number {
  let depth = 1;
  for (let i = from; i < t.length; i++) {
    if (t[i] === OPEN) depth++;
    else if (t[i] === CLOSE && --depth === 0) return i;
  }
  return -1;
}

type Part = "quote" | "narration" | "other";

/** What each line of the page is: the leader's words (a paragraph quoted whole, or a quotation running on over
 *  paragraphs, each of which may open with “ again), the reporter's sentences, or neither (a quote closed mid-line:
 *  “三管三必须”要求…, “…。”他最后说。 stay as written). Quoted lines are given back without their quotes. */
function readScript(texts: string[], verdict: (string | null)[], cues: Set<number>) {
  const parts = new Map<number, Part>();
  const unquoted = new Map<number, string>();
  let open = false;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t || verdict[i]) continue;
    if (cues.has(i)) {
      open = false;
      continue;
    }
    const opens = t.startsWith(OPEN);
    if (!open && !opens) {
      parts.set(i, hasSentencePunct(t) && !isTitleLine(t) && !isSalutation(t) ? "narration" : "other");
      continue;
    }
    const body = opens ? t.slice(OPEN.length) : t;
    const close = closeOf(body, 0);
    if (close >= 0 && close < body.length - 1) {
      parts.set(i, "other");
      open = false;
      continue;
    }
    parts.set(i, "quote");
    unquoted.set(i, close >= 0 ? body.slice(0, close) : body);
    open = close < 0;
  }
  return { parts, unquoted };
}

/** Marks the cues and the narration of a page whose 【同期声】 cues stand over quoted paragraphs, and takes the quotes
 *  off the recorded words. A cue with no quotation under it (a stray 【同期】 after a speech) makes no script. */
export function markBroadcastScript(texts: string[], verdict: (string | null)[]): void {
  const cues = new Set(texts.flatMap((t, i) => (!verdict[i] && SOUND_CUE_RE.test(t.trim()) ? [i] : [])));
  if (!cues.size) return;
  const next = (i: number) => {
    let k = i + 1;
    while (k < texts.length && (!texts[k]!.trim() || verdict[k])) k++;
    return k < texts.length ? texts[k]!.trim() : "";
  };
  if (![...cues].every((i) => next(i).startsWith(OPEN))) return;
  const { parts, unquoted } = readScript(texts, verdict, cues);
  const of = (part: Part) => [...parts].filter(([, p]) => p === part).map(([i]) => i);
  const quoted = of("quote");
  const narration = of("narration");
  if (quoted.length < MIN_QUOTED || quoted.length <= narration.length) return;
  for (const i of cues) verdict[i] = "新闻报道";
  for (const i of narration) verdict[i] = "新闻报道";
  for (const [i, t] of unquoted) texts[i] = t;
}
