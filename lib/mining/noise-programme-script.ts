// A TV or radio programme's transcript (节目播出文字稿) around a guest's prepared talk: the director's and the picture's
// notes in brackets (【导播：切嘉宾近景】, 【画面：…空镜，约20秒】, 【片头】（片头音乐起）), the host's turns before, inside and
// after the talk (主持人（沈蔓）：…, 主持人：也就是说…), the programme's guest line (本期嘉宾：…) and its credits (编导：…
// 摄像：…　监制：…, 文字整理：…　审核：…). A note closed on its line is the programme's wherever it stands (no speech
// prints a director's cue); one that runs on into a sentence, the host's turns, the guest line and the credits are
// taken only on a page the notes show to be a programme.
// (A news script's 【同期声】 over the leader's quoted words is noise-broadcast-script.ts'.)
import { hasSentencePunct } from "./outline-patterns";

export const REASON_PROGRAMME_NOTE = "节目导播提示";
export const REASON_PROGRAMME_HOST = "节目主持人的话";
export const REASON_PROGRAMME_CREDITS = "节目信息";

const WORD = "(?:导播|画面|镜头|机位|片头|片尾|片花|字幕条?|音乐|音效|配乐|空镜|演播室|转场|口播|串场)";
const CUE = "(?:起|止|渐[强弱起]|压混|淡[入出])";
/** 【导播：…】 / 【画面：…】 / 【片头】（…） / 【音乐起】: a production word right inside the bracket, then its colon and
 *  the note's words (no sentence among them), or the music's cue, then the bracket's close, nothing after it but a
 *  bracket of its own. A speech's bracketed heading (【画面感要强】) goes on, and so does a speech's case under its label
 *  (【镜头】2023年5月，某镇…死亡。: a sentence after the close is the speech's). */
const NOTE_RE = new RegExp(
  `^[【[［]\\s*${WORD}(?:[：:][^【】[\\]［］。！？]{0,80}|${CUE})?\\s*[】\\]］](?:\\s*[（(][^（）()。！？]{0,60}[）)])?$`,
);
/** On a programme's page (its notes or its guest line show it) a note may run on, its close lost or its words a
 *  sentence (【画面】执法人员检查企业消防通道。). */
const LOOSE_NOTE_RE = new RegExp(
  `^[【[［]\\s*${WORD}(?:[：:]|\\s*[】\\]］]|${CUE}\\s*[】\\]］])[^【】[\\]［］]{0,80}(?:[】\\]］])?(?:\\s*[（(][^（）()]{0,60}[）)])?$`,
);
/** The host's turn: 主持人：… / 主持人（沈蔓）：…. */
const HOST_TURN_RE = /^主持人(?:[（(][^（）()]{1,30}[）)])?[：:]\s*\S/;
/** 本期嘉宾：…局长　××× / 访谈嘉宾：…: who the programme has in its studio. */
const GUEST_LINE_RE = /^(?:本期|今日|今天|本场)?(?:访谈|做客|特邀|主讲|演播室)?嘉宾[：:][^。！？]{2,60}$/;
/** A programme's credits: roles with their names, one after another (编导：许某　摄像：陈某、邱某　监制：唐某). */
const ROLE =
  "(?:编导|导演|导播|摄像|摄影|字幕|监制|制片人?|责任编辑|责编|编辑|剪辑|后期(?:制作)?|灯光|录音|音响|美编|美术|策划|统筹|主编|文字整理|文字|整理|审核|审校|校对|播音|配音|主持人?|出品人?|制作)";
const CREDITS_RE = new RegExp(`^(?:${ROLE}[：:]\\s*[^：:。！？；，]{1,24}?\\s*(?=${ROLE}[：:]|$))+$`);
/** The fewest notes that make a page a programme's, or one with its guest line. */
const MIN_NOTES = 2;
/** A line of the talk's prose: the host's turns must be fewer (a host's own script, 主持词 with its cues, is his). */
const isProse = (t: string) => t.length >= 20 && hasSentencePunct(t);

/** Marks a programme transcript's notes, and on a programme's page its host's turns, guest line and credits. */
export function markProgrammeScript(texts: string[], verdict: (string | null)[]): void {
  const lines = texts.map((t) => t.trim());
  const notes = lines.flatMap((t, i) => (NOTE_RE.test(t) ? [i] : []));
  const guest = lines.some((t) => GUEST_LINE_RE.test(t));
  const programme = notes.length >= MIN_NOTES || guest;
  const noted = programme ? lines.flatMap((t, i) => (LOOSE_NOTE_RE.test(t) ? [i] : [])) : notes;
  for (const i of noted) verdict[i] ??= REASON_PROGRAMME_NOTE;
  if (!programme) return;
  const host = lines.flatMap((t, i) => (!verdict[i] && HOST_TURN_RE.test(t) ? [i] : []));
  const talk = lines.filter((t, i) => !verdict[i] && !HOST_TURN_RE.test(t) && isProse(t)).length;
  if (host.length < talk) for (const i of host) verdict[i] ??= REASON_PROGRAMME_HOST;
  lines.forEach((t, i) => {
    if (t.length <= 100 && (GUEST_LINE_RE.test(t) || CREDITS_RE.test(t))) verdict[i] ??= REASON_PROGRAMME_CREDITS;
  });
}
