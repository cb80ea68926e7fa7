// A live blog of the meeting (图文直播): each update opens with its time on a line of its own (09:42), and a speech
// posted in full runs on across them, a paragraph cut wherever an update ended. Many such lines make a live blog;
// they are removed, and the text flows across them as across a page number (noise-breaks.ts).
export const LIVE_STAMP = "直播时间";
const STAMP_RE = /^(?:\d{1,2}[-/月]\d{1,2}日?\s*)?\d{1,2}[:：]\d{2}$/;
/** Fewer stamps than this are an agenda's or a programme's times. */
const MIN_STAMPS = 5;

export function markLiveStamps(texts: string[], verdict: (string | null)[]): void {
  const stamps = texts.flatMap((t, i) => (!verdict[i] && STAMP_RE.test(t.trim()) ? [i] : []));
  if (stamps.length < MIN_STAMPS) return;
  for (const i of stamps) verdict[i] = LIVE_STAMP;
}
