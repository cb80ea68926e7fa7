// A TV or radio station's news script: the reporter's narration, with the leader's own words set under 【同期声】
// (the sound recorded at the meeting) as quoted paragraphs. The quoted paragraphs are the speech; the narration
// (会上，…通报了有关情况。×××在讲话中强调，…) and the markers are the station's.
import { isTitleLine } from "./outline-patterns";
import { isSalutation } from "./speech-frame-lines";

/** 【同期声】副县长 ××× / 【同期】 / [现场同期声]: the cue for the recorded words, with the speaker after it. */
const SOUND_CUE_RE = /^[【[［]\s*(?:现场)?同期(?:声)?\s*[】\]］]/;
/** A script is read as one only when its quoted paragraphs outnumber its narration. */
const MIN_QUOTED = 3;
const OPEN = "“";
const CLOSE = "”";

/** “…” around a whole paragraph: the quote is taken off; a paragraph of a quotation running on opens with “ only. */
function unquote(t: string): string {
  let inner = t.slice(OPEN.length);
  const opens = inner.split(OPEN).length - 1;
  const closes = inner.split(CLOSE).length - 1;
  if (inner.endsWith(CLOSE) && closes === opens + 1) inner = inner.slice(0, -CLOSE.length);
  return inner;
}

/** Marks the cues and the narration of a page with 【同期声】 cues, and takes the quotes off the recorded words. */
export function markBroadcastScript(texts: string[], verdict: (string | null)[]): void {
  const cues = texts.flatMap((t, i) => (!verdict[i] && SOUND_CUE_RE.test(t.trim()) ? [i] : []));
  if (!cues.length) return;
  const prose = texts.flatMap((t, i) => {
    const s = t.trim();
    return !verdict[i] && s && !cues.includes(i) && !isTitleLine(s) && !isSalutation(s) ? [i] : [];
  });
  const quoted = prose.filter((i) => texts[i]!.trim().startsWith(OPEN));
  const narration = prose.filter((i) => !texts[i]!.trim().startsWith(OPEN) && /[。！？]/.test(texts[i]!));
  if (quoted.length < MIN_QUOTED || quoted.length <= narration.length) return;
  for (const i of cues) verdict[i] = "新闻报道";
  for (const i of narration) verdict[i] = "新闻报道";
  for (const i of quoted) texts[i] = unquote(texts[i]!.trim());
}
