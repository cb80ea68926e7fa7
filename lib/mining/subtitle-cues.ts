// A subtitle file (SRT, WebVTT) saved as text: numbered cues, each a timing line (00:01:02,340 --> 00:01:05,120)
// over one or two lines of the spoken text, cut wherever the screen was full. The numbers, timings and the WebVTT
// header are the file's scaffold; the cues' text is the speech, running on from cue to cue.
import { isSpeakerLine, speakerAndDate } from "./outline-patterns";
import type { SourceLine } from "./types";

export const CUE_TIMING_RE =
  /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{1,3}(?:\s+[\w:%.-]+)*\s*$/;
const CUE_NUMBER_RE = /^\s*\d{1,5}\s*$/;
const VTT_HEADER_RE = /^\s*(?:WEBVTT\b.*|(?:Kind|Language|NOTE)\b.*)$/;
/** Fewer cues than this are timings quoted in a text, not a subtitle file. */
const MIN_CUES = 10;

export type CueLine = "scaffold" | "text";
/** The removal reason of a cue's number and timing. */
export const CUE_SCAFFOLD = "字幕时间码";

/**
 * The file's subtitle lines by index, or null when it is no subtitle file: at least MIN_CUES timing lines, and the
 * cues' scaffold and text together most of the file's lines (a transcript quoting a few timings is no such file).
 */
export function subtitleCueLines(lines: SourceLine[]): Map<number, CueLine> | null {
  const timings = lines.flatMap((l, i) => (CUE_TIMING_RE.test(l.text) ? [i] : []));
  if (timings.length < MIN_CUES) return null;
  const out = new Map<number, CueLine>();
  for (const t of timings) {
    out.set(t, "scaffold");
    if (t > 0 && CUE_NUMBER_RE.test(lines[t - 1]!.text)) out.set(t - 1, "scaffold");
    for (let i = t + 1; i < lines.length && lines[i]!.text.trim() && !CUE_TIMING_RE.test(lines[i]!.text); i++) {
      // The next cue's number, right above its timing.
      if (CUE_NUMBER_RE.test(lines[i]!.text) && CUE_TIMING_RE.test(lines[i + 1]?.text ?? "")) break;
      out.set(i, "text");
    }
  }
  lines.forEach((l, i) => {
    if (i < 5 && VTT_HEADER_RE.test(l.text) && /WEBVTT/.test(lines[0]!.text)) out.set(i, "scaffold");
  });
  const nonBlank = lines.filter((l) => l.text.trim()).length;
  return out.size >= nonBlank * 0.8 ? out : null;
}

// [00:01:23] · 00:01:23,400 · (01:23): a subtitle's time code; without brackets only with seconds.
export const TIMECODE_RE =
  /^\s*(?:[[【(（]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\]】)）]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?(?![\d:]))\s*/;
const TIMECODED_LINES = 10;
/** A cue that ends a sentence in this many characters and more is no screenful (a subtitle's line holds twenty or
 *  so): the transcript times each paragraph. */
const PARAGRAPH_CUE_CHARS = 40;
const CUE_END_RE = /[。！？!?；;]["”’」』）)]*$/;

/** What a transcript's cues are: "pieces" of its sentences, cut wherever the screen was full (they run on from cue to
 *  cue, sentence ends included), or whole "paragraphs" (a platform's 字幕文稿 export that times each paragraph: a cue
 *  that ends a sentence ends its paragraph, and only one stopped at a comma runs on). */
export type TranscriptCues = "pieces" | "paragraphs";

/** A transcript: many time-coded lines, most of the file, cut wherever a cue ended (most stop mid-sentence, or the
 *  cues are paragraphs: those that end a sentence run long past a screenful). An agenda or a drill script has times
 *  before its items too, but each item is a sentence of its own. Null when the file is no transcript. */
export function transcriptCues(lines: SourceLine[], timecoded: number, nonBlank: number): TranscriptCues | null {
  if (timecoded < TIMECODED_LINES || timecoded * 2 < nonBlank) return null;
  const cues = lines.filter((l) => TIMECODE_RE.test(l.text)).map((l) => l.text.trim());
  const midSentence = cues.filter((t) => !CUE_END_RE.test(t)).length;
  if (midSentence * 2 < cues.length) return null;
  const ends = cues
    .filter((t) => CUE_END_RE.test(t))
    .map((t) => t.replace(TIMECODE_RE, "").length)
    .sort((a, b) => a - b);
  return ends.length && ends[Math.floor(ends.length / 2)]! >= PARAGRAPH_CUE_CHARS ? "paragraphs" : "pieces";
}

// A space between two words of a cue is the pause a comma marks in writing (讲得都很好 我都同意 下面).
// Not a space beside a number (今年 1 到 5 月), which subtitles set apart, nor the one before a speaker's name (县长 ×××：).
const CUE_PAUSE_RE = /(?<=[\p{Script=Han}）”×])[ \u3000]+(?=[\p{Script=Han}“（×])(?!×{2,3}(?:[：:]|$))/gu;

/** A subtitle file's lines with each cue's pauses written as commas (normalising would drop the spaces, which are
 *  the only punctuation a subtitle has); any other file as it is. */
export function withCuePauses(lines: SourceLine[]): SourceLine[] {
  const cues = subtitleCueLines(lines);
  if (!cues) return lines;
  // A cue naming the speaker (县长 ×××) keeps its space, which parts his post from his name.
  const paused = (t: string) => (isSpeakerLine(t) || speakerAndDate(t) ? t : t.replace(CUE_PAUSE_RE, "，"));
  return lines.map((l, i) => (cues.get(i) === "text" ? { ...l, text: paused(l.text.trim()) } : l));
}

/** A cue's text under a kept cue (across its number and timing): the speaker's sentence runs on, whatever it says. */
export function continuesCue(
  i: number,
  cues: ReadonlySet<number>,
  texts: string[],
  verdict: (string | null)[],
): boolean {
  if (!cues.has(i)) return false;
  let k = i - 1;
  while (k >= 0 && (!texts[k]!.trim() || verdict[k] === CUE_SCAFFOLD)) k--;
  return k >= 0 && cues.has(k) && !verdict[k];
}

// A video's AI 文字稿 (视频号, 抖音): each paragraph opened by the time into the video it was said (00:19 先说说…),
// one paragraph a line. The times count up from the video's start, which a clock's agenda (08:30 签到) or a live
// blog's posts (09:00 主持人：…) never do, and most of the lines are paragraphs, which a chapter list (00:00 会议开场)
// is not. A speech's own timeline (a drill's 00:00 报警 / 00:45 到场 …, a night's rota from 00:30) counts up too:
// only a page that shows a video (its app, its label, its AI notice) is one. Normalising has dropped the space after
// the time.
export const OFFSET_RE =
  /^\s*(?:[[【](?=[\d:]{4,8}[\]】]))?(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)(?:(?<=[[【][\d:]{4,8})[\]】]|(?<![[【][\d:]{4,8}))(?![\d:])\s*(?=\S)/;
const MIN_TIMED = 5;
/** Under the app's label (文字稿 right above), a clip's few timed lines, from any minute of the video (its part two). */
const MIN_LABELLED = 3;
/** The first time within the video's first minute. */
const FIRST_WITHIN = 60;
/** A paragraph's characters after its time. */
const PARAGRAPH_CHARS = 20;
/** 文字稿 / AI字幕 alone above the first timed line (LABEL_ABOVE lines at most): the app's label over the text. */
const TEXT_LABEL_RE = /^(?:AI\s*)?(?:文字稿|文字版|文稿|字幕|字幕稿|转写文本|视频文字稿)$/i;
const LABEL_ABOVE = 3;
const TIME_START_RE = /^\s*[[【]?(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?![\d:])/;
/** A video's page on a short line of its own (视频号 · 青禾铸造, 抖音, 1.2万次播放, 以下内容由AI自动识别生成…). */
const VIDEO_SIGN_RE =
  /视频号|抖音|快手|B站|哔哩哔哩|bilibili|西瓜视频|\d[\d.]*万?次播放|播放(?:量|次数)?[：:]?\s*\d|字幕|文字稿|文字版|由\s*AI|AI\s*(?:生成|识别|字幕|转写)|自动识别/i;
const SIGN_MAX = 40;

/** The file's timed paragraphs: the lines whose times are cues (the label over the text is another line). */
export type TimedParagraphs = { lines: Set<number>; label: number | null };

const offsetOf = (m: RegExpExecArray) => Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
/** 00:04 and 1:02:10 have their shapes (2:2, 1:2:2): a transcript prints every cue's time in one. */
const shapeOf = (m: RegExpExecArray) =>
  m
    .slice(1, 4)
    .map((g) => g?.length ?? 0)
    .join(":");

const showsVideo = (t: string) => t.length <= SIGN_MAX && VIDEO_SIGN_RE.test(t) && !/[。！？]$/.test(t);

/** The file's timed paragraphs (the lines counted as cues, and the label over the text), or null when it has none.
 *  A line opening with a time of another shape than most cues' is the speech's own (8:30前必须到岗 wrapped
 *  under 07:48 …每天早上) and is no cue. */
export function timedParagraphs(lines: SourceLine[]): TimedParagraphs | null {
  const matched = lines.flatMap((l, i) => {
    const m = OFFSET_RE.exec(l.text);
    return m ? [{ i, m }] : [];
  });
  const count = new Map<string, number>();
  for (const { m } of matched) count.set(shapeOf(m), (count.get(shapeOf(m)) ?? 0) + 1);
  const shape = [...count].reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ["", 0])[0];
  const shaped = matched.filter(({ m }) => shapeOf(m) === shape);
  // The label over the text, a time close under it (alone on its line when a run-in head was split off): the lines
  // timed above it are the video's chapters (00:00 开场), not the text's.
  const label = lines.findLastIndex(
    (l, k) =>
      TEXT_LABEL_RE.test(l.text.trim()) &&
      lines.slice(k + 1, k + 1 + LABEL_ABOVE).some((n) => TIME_START_RE.test(n.text)),
  );
  const timed = shaped
    .filter(({ i }) => i > label)
    .map(({ i, m }) => ({ i, at: offsetOf(m), chars: lines[i]!.text.trim().length - m[0].trim().length }));
  if (timed.length < (label >= 0 ? MIN_LABELLED : MIN_TIMED)) return null;
  if (label < 0 && timed[0]!.at >= FIRST_WITHIN) return null;
  if (timed.some((t, k) => k > 0 && t.at <= timed[k - 1]!.at)) return null;
  if (timed.filter((t) => t.chars >= PARAGRAPH_CHARS).length * 3 < timed.length * 2) return null;
  const cues = new Set(timed.map((t) => t.i));
  if (!lines.some((l, i) => !cues.has(i) && showsVideo(l.text.trim()))) return null;
  return { lines: cues, label: label >= 0 ? label : null };
}
