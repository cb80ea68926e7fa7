// A podcast's or a video page's chapter list (时间轴 over 00:00 开场：… / 01:35 第一，要…): each line a time into the
// recording and the name of the part that starts there, often a heading of the speech word for word. It is the
// player's index of the recording, not the speech. A speech's own times of day (9:00 签到 / 9:30 开幕, an agenda)
// stand under no such label and start at no 00:00; a transcript's lines, each under its time, come seconds apart.
// A speech's own timeline (an accident's 02:15 …, a night shift's from 00:00, a drill's from 0:00) stands inside the
// speech, under its salutation and followed by its text; a chapter list stands above the speech or after it, and
// one with no label only on a page with a player.
import { isSalutation, isTitleLine } from "./outline-patterns";

/** 01:35 第一，要清醒认识… / [06:20] 第二，… / 1:02:15 结束语: the time, then the part's name (no sentence). */
const CHAPTER_RE = /^[[［(（]?((?:\d{1,2}:)?\d{1,2}:\d{2})[\]］)）]?\s*(\S.{0,40})$/;
/** The list's label alone on its line: 时间轴, 章节, 节目章节, 时间戳…. */
const LABEL_RE =
  /^[【\[]?(?:时间轴|时间戳|章节|章节目录|章节列表|节目章节|本期章节|分段章节|内容章节)[】\]]?\s*[：:]?$/;
const MIN_CHAPTERS = 3;
/** Without the label, the list starts at the recording's start and its parts run minutes, not a transcript's seconds. */
const MIN_PART_SECONDS = 20;
export const CHAPTER_LIST = "音视频的章节时间轴";
/** A player's controls or figures: ▶ 播放, 倍速 1.0x, 00:00 / 24:18, a podcast's name. */
const PLAYER_RE = /[▶⏵]|播放|暂停|倍速|\d{1,2}:\d{2}\s*[/／]\s*\d{1,2}:\d{2}|播客|收听/;
/** A kept line that reads as a speech's paragraph. */
const isProse = (t: string) => t.length >= 20 && /[。！？]$/.test(t);

/** Whether lines first..last stand inside a speech: a salutation above them, and the speech's text below them
 *  before any title (a chapter list after one speech and above the next is the next one's). */
function insideSpeech(texts: string[], verdict: (string | null)[], first: number, last: number): boolean {
  if (!texts.slice(0, first).some((t) => isSalutation(t.trim()))) return false;
  for (let k = last + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (!t || verdict[k]) continue;
    if (isTitleLine(t)) return false;
    if (isProse(t)) return true;
  }
  return false;
}

const seconds = (time: string) => time.split(":").reduce((a, x) => a * 60 + Number(x), 0);

/** The chapter lines from `start` on, blank lines skipped, each later than the one before; their indexes and times. */
function chapterRun(texts: string[], start: number): { lines: number[]; times: number[] } {
  const lines: number[] = [];
  const times: number[] = [];
  for (let k = start; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (!t) continue;
    const m = CHAPTER_RE.exec(t);
    if (!m || /[。！？!?]$/.test(m[2]!)) break;
    const time = seconds(m[1]!);
    if (times.length && time <= times.at(-1)!) break;
    lines.push(k);
    times.push(time);
  }
  return { lines, times };
}

export function markChapterLists(texts: string[], verdict: (string | null)[]): void {
  const hasPlayer = texts.some((t) => PLAYER_RE.test(t) && !CHAPTER_RE.test(t.trim()));
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    const labelled = LABEL_RE.test(t);
    if (!labelled && !CHAPTER_RE.test(t)) continue;
    const { lines, times } = chapterRun(texts, labelled ? i + 1 : i);
    if (lines.length < MIN_CHAPTERS) continue;
    const gaps = times.slice(1).map((x, k) => x - times[k]!);
    if (!labelled && (times[0] !== 0 || gaps.some((g) => g < MIN_PART_SECONDS) || !hasPlayer)) continue;
    if (insideSpeech(texts, verdict, i, lines.at(-1)!)) continue;
    for (const k of labelled ? [i, ...lines] : lines) verdict[k] ??= CHAPTER_LIST;
    i = lines.at(-1)!;
  }
}
