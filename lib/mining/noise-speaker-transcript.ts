// A meeting recording's automatic transcript (妙记, 听见): the app's summary panels (智能纪要 … 章节) above the text,
// then the text in chunks under speaker labels (发言人 2 00:03:24), the leader's words cut wherever he paused and
// the chair's and others' words between them. The speech is the speaker with the most words (and any other who says
// as much as a speech); the labels, the panels and the chair's and others' few words are the recording's.

// The app may print the name it was told after the number (说话人1 郝立群  00:00:05).
const SPEAKER_LABEL_RE =
  /^(?:发言人|说话人|讲话人|speaker)\s*\d{1,2}(?:\s*[\u4e00-\u9fff·]{2,5}\s*|\s+)(?:\d{1,2}:)?\d{1,2}:\d{2}$/i;
/** The label without its time: who speaks. */
const TIME_TAIL_RE = /\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$/;
const MIN_LABELS = 3;
/** The app's summary above the text (智能纪要 … 文字记录, 【智能摘要】 … 【转写全文】) and its notes below it. */
const PANEL_START_RE =
  /^(?:[—–\-=]*\s*|【)(?:智能纪要|AI\s*纪要|会议纪要|智能总结|AI\s*总结|智能章节|章节速览|AI\s*(?:智能)?摘要|智能摘要|会议摘要|全文概要|要点回顾|待办事项|AI\s*待办)(?:\s*[（(][^（）()]{1,8}[)）])?\s*(?:[—–\-=]*|】|[：:])$/i;
/** The recording's particulars above the text (转写语言：…, 转写字数：1260字, 时长：6分03秒). */
const RECORDING_META_RE =
  /^(?:转写语言|转写引擎|录音时间|发言人识别|转写字数|录音时长|录音来源|时长|会议时间|参会人|会议主题|录音文件)\s*[：:]|^【(?:智能章节|章节速览|智能纪要|AI\s*摘要)】/i;
/** 全文概要：镇长…部署… / AI摘要：… / 关键词：防汛 …: the app's summary or key words on their label's line above the text.
 *  总结：/纪要： alone may head the record's name as its user typed it (总结：上半年安全生产工作总结会录音): the app says
 *  whose (智能纪要, AI总结). */
const SUMMARY_LINE_RE = /^(?:(?:全文|智能|AI\s*)(?:概要|摘要|总结|纪要|速览)|概要|摘要|速览|关键词)\s*[：:]\s*\S/i;
/** —————— 会议纪要（AI生成） ——————, or a rule alone: the app's division below the text. */
const RULE_RE = /^[—–\-=_]{4,}/;
const TEXT_START_RE = /^【?(?:文字记录|转写文本|转写全文|转写原文|原文|全文|文字稿)】?$/;
/** The app's note of a pause it found between chunks: （检测到静音 00:08:21 - 00:08:40）. */
const SILENCE_RE = /^[（(](?:检测到)?(?:静音|无人说话|长时间静音)\s*[\d:：\s\-–~至]*[)）]$/;
const APP_NOTE_RE = /文字记录结束|转写结束|由\s*AI\s*(?:自动)?(?:识别)?生成|以原始录音为准|结合录音核对/i;

/** The reason a transcript's speaker labels are removed with: the page's lines are the recording's chunks. */
export const SPEAKER_LABEL = "转写的发言人标记";
/** Words (characters) another speaker needs to count as speaking, not only chairing or asking. */
const SPEECH_CHARS = 200;
const SPEECH_SHARE = 0.3;
const OTHER_SPEAKER = "转写（其他发言人）";

/** Marks the recording's own lines: the labels, the panels, the app's notes and the other speakers' words. Each of
 *  the main speaker's chunks stays a paragraph of its own (one cut where he paused mid-sentence is left so: run on
 *  into the next, the chunks made blocks too long to read as one). */
export function markSpeakerTranscript(texts: string[], verdict: (string | null)[]): void {
  const labels = texts.flatMap((t, i) => (SPEAKER_LABEL_RE.test(t.trim()) ? [i] : []));
  if (labels.length < MIN_LABELS) return;
  const chunks = labels.map((at, n) => {
    const lines: number[] = [];
    // A chunk ends at a blank line, the next label, or the app's panel or rule below the text.
    for (let k = at + 1; k < (labels[n + 1] ?? texts.length) && texts[k]!.trim(); k++) {
      if (PANEL_START_RE.test(texts[k]!.trim()) || RULE_RE.test(texts[k]!.trim())) break;
      lines.push(k);
    }
    const speaker = texts[at]!.trim().replace(TIME_TAIL_RE, "");
    return { at, lines, speaker, chars: lines.reduce((a, k) => a + texts[k]!.trim().length, 0) };
  });
  const words = new Map<string, number>();
  for (const c of chunks) words.set(c.speaker, (words.get(c.speaker) ?? 0) + c.chars);
  const most = Math.max(...words.values());
  // Another speaker who says as much as a speech (a second leader) is kept: only the chair's and others' few words go.
  const speaks = (who: string) =>
    words.get(who)! >= Math.max(SPEECH_CHARS, most * SPEECH_SHARE) || words.get(who) === most;
  for (const c of chunks) {
    verdict[c.at] ??= SPEAKER_LABEL;
    if (!speaks(c.speaker)) for (const k of c.lines) verdict[k] ??= OTHER_SPEAKER;
  }
  const panel = texts.findIndex((t) => PANEL_START_RE.test(t.trim()));
  const text = texts.findIndex((t) => TEXT_START_RE.test(t.trim()));
  // The panels run to the label over the text or, without one, to the first speaker's label.
  const panelEnd = text > panel && text < labels[0]! ? text : text < 0 ? labels[0]! - 1 : -1;
  if (panel >= 0 && panel < labels[0]!)
    for (let k = panel; k <= panelEnd; k++) if (texts[k]!.trim()) verdict[k] ??= "转写（智能纪要）";
  for (let k = 0; k < labels[0]!; k++) {
    const t = texts[k]!.trim();
    if (RECORDING_META_RE.test(t) || (APP_NOTE_RE.test(t) && t.length <= 60)) verdict[k] ??= "转写（录音信息）";
    else if (SUMMARY_LINE_RE.test(t)) verdict[k] ??= "转写（智能纪要）";
  }
  // 文字记录 over the text: the app's label, not a title.
  if (text >= 0 && text < labels[0]!) verdict[text] ??= "转写（智能纪要）";
  // Below the text, the app's panels (AI 摘要, 待办事项) run to the file's end.
  const lastChunk = chunks[chunks.length - 1]!;
  const textEnd = lastChunk.lines[lastChunk.lines.length - 1] ?? lastChunk.at;
  const after = texts.findIndex((t, i) => i > textEnd && PANEL_START_RE.test(t.trim()));
  if (after > 0) for (let k = after; k < texts.length; k++) if (texts[k]!.trim()) verdict[k] ??= "转写（智能纪要）";
  texts.forEach((t, i) => {
    if (i <= labels[0]!) return;
    if ((APP_NOTE_RE.test(t) && t.trim().length <= 60) || SILENCE_RE.test(t.trim())) verdict[i] ??= "转写（应用说明）";
  });
}
