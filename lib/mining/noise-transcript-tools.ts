// A 文案提取 tool's page (a short video's words turned into text by a web tool): the panels it prints over the
// transcript — the AI's summary (AI总结：…), the chapter list (章节速览 over 00:52 正视…) — down to its label where the
// transcript starts (文案全文（已自动分段，可能存在识别误差）), and the time codes it sets alone on a line between the
// paragraphs ([00:52]). The panels are the tool's reading of the video, told about it, never the speaker's words.
import { cut, type Ctx } from "./noise-fragments";
import { isPostedSpeakerLine, isSalutation, isTitleLine } from "./outline-patterns";

/** The first panel: the AI's summary (on its label's line or under it) or the chapter list's label. */
const PANEL_START_RE =
  /^【?(?:AI\s*(?:总结|摘要|概要|速览)|智能(?:总结|摘要|概要)|章节速览|视频章节|章节要点|内容速览|分段速览)】?\s*(?:[：:]|$)/i;
/** The tool's label over the transcript, with its note on the recognition (（已自动分段，可能存在识别误差）). */
const TEXT_START_RE =
  /^【?(?:文案全文|文案原文|文案内容|视频文案|口播文案|提取结果|字幕全文|字幕文本)】?\s*(?:[（(][^（）()]{1,30}[）)])?\s*[：:]?$/;
/** How far below the first panel the transcript's label may stand. */
const PANEL_REACH = 20;
/** [00:52] / [01:02:15] / 【09:41】: a time code in brackets. */
export const TIME_CODE = String.raw`[[［【](?:\d{1,2}:)?\d{1,2}:\d{2}[\]］】]`;
/** A time code alone on its line: where the tool cut the transcript. */
const TIME_CODE_LINE_RE = new RegExp(`^${TIME_CODE}$`);
/** One such line may be a speech's own (an agenda's [09:30]): the tool sets one before each part. */
const MIN_TIME_CODES = 2;

/** [00:06:25]: a recording's offset, to the second (no schedule a speech gives is written to the second), not a
 *  chat's or a stream's message time (a name and a colon after it: [09:14:30]刘××：…, judged whole elsewhere). */
const OFFSET_RE = /[[［【]\d{1,2}:\d{2}:\d{2}[\]］】](?![ \u3000]*[^\s：:，。！？]{1,24}[：:])/g;
/** A recording's copy sets offsets at several places, counting up as the tape runs. */
const MIN_OFFSETS = 2;
/** An offset opening a line, before the words transcribed from that point (alone on its line, the page rules'). */
const OPENING_OFFSET_RE = new RegExp(String.raw`^[ \u3000]*${OFFSET_RE.source}[ \u3000]*(?=\S)`);

export const TOOL_PANEL = "文案提取工具的面板";
export const TOOL_TIME_CODE = "文案提取工具的时间码";

/** The page sets time codes alone on lines, several of them. */
export const hasTimeCodeLines = (texts: string[]): boolean =>
  texts.filter((t) => TIME_CODE_LINE_RE.test(t.trim())).length >= MIN_TIME_CODES;

/** The page is a recording's copy that marks the tape's offsets: two at least, none earlier than the one before,
 *  and two set where the clerk stopped the tape, opening a line or after a sentence's end. A speech's own timeline
 *  sets its times inside its sentences (从监控录像看，[02:15:30]第一名工人…，[02:18:45]第二名…), which stay. */
function hasRecordingOffsets(page: string): boolean {
  if (!page.includes(":")) return false;
  const found = [...page.matchAll(OFFSET_RE)];
  const seconds = found.map((m) => {
    const [h, min, sec] = m[0].slice(1, -1).split(":").map(Number);
    return h! * 3600 + min! * 60 + sec!;
  });
  const placed = found.filter((m) => PLACED_RE.test(before(page, m.index))).length;
  return placed >= MIN_OFFSETS && seconds.every((s, k) => k === 0 || s >= seconds[k - 1]!);
}
/** What stands before an offset set at a break, past the spaces: nothing, a line's end or a sentence's end. */
const PLACED_RE = /^$|[\r\n。！？!?]/;
/** The character before index i past the spaces ("" at the page's start). */
const before = (page: string, i: number) =>
  /(\S|[\r\n])?[ \u3000\t]*$/.exec(page.slice(Math.max(0, i - 40), i))![1] ?? "";

/** The page sets a recording's time codes: alone on lines, or as the tape's offsets (noise-inline-asides.ts cuts
 *  those inside a sentence, and cutOpeningOffset those opening a line). */
export const setsRecordingTimeCodes = (texts: string[]): boolean =>
  hasTimeCodeLines(texts) || hasRecordingOffsets(texts.join("\n"));

/** [00:06:25] 为什么会这样？: the tape's offset opening a line, on a page that sets them (setsRecordingTimeCodes). */
export const cutOpeningOffset = (text: string, lineNo: number, ctx: Ctx): string =>
  cut(text, OPENING_OFFSET_RE, "录音时间点", lineNo, ctx);

export function markTranscriptTools(texts: string[], verdict: (string | null)[]): void {
  if (hasTimeCodeLines(texts))
    for (const [i, t] of texts.entries()) if (TIME_CODE_LINE_RE.test(t.trim())) verdict[i] ??= TOOL_TIME_CODE;
  const text = texts.findIndex((t) => TEXT_START_RE.test(t.trim()));
  if (text < 0) return;
  const panel = texts.findIndex((t, i) => i < text && i >= text - PANEL_REACH && PANEL_START_RE.test(t.trim()));
  // Above the speech: no salutation between the panel and the label (a speech's own 内容速览 heads its own text).
  if (panel < 0 || texts.slice(panel, text).some((t) => isSalutation(t.trim()))) return;
  // The video's title and its speaker may stand between the panels (AI总结 over 在…会议上的讲话 / 总经理　罗振声 over
  // 章节速览): they are the speech's own head, whatever the tool prints around them.
  for (let k = panel; k <= text; k++) {
    const t = texts[k]!.trim();
    if (t && !isTitleLine(t) && !isPostedSpeakerLine(t)) verdict[k] ??= TOOL_PANEL;
  }
}
