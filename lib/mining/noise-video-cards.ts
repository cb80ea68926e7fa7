// A 视频号 card a 公众号 article sets between its paragraphs: its head (▼ 视频号 · 桐溪融媒), the video's title and
// its length with the views (▶ 02:46　1.2万次观看). The video did not survive the copy; its title is no speech's line.

export const VIDEO_CARD = "视频号卡片";
const CARD_HEAD_RE = /^[▼▽↓]?\s*视频号\s*[·・|｜:：]\s*\S{1,20}$/;
const CARD_FOOT_RE =
  /^(?:[▶►]\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[\d.]+万?次?(?:观看|播放|浏览))?|\d{1,2}:\d{2}(?::\d{2})?\s*[\d.]+万?次?(?:观看|播放|浏览))$/;
/** The lines a card holds between its head and its foot: the video's title, a line or two. */
const CARD_TITLE_LINES = 2;

export function markVideoCards(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (!CARD_HEAD_RE.test(t.trim())) return;
    const lines = [i];
    for (let j = i + 1; j < texts.length && lines.length <= CARD_TITLE_LINES + 1; j++) {
      if (!texts[j]!.trim()) continue;
      lines.push(j);
      if (CARD_FOOT_RE.test(texts[j]!.trim())) {
        for (const k of lines) verdict[k] ??= VIDEO_CARD;
        return;
      }
    }
  });
}
