// A forum thread whose poster gives speeches on his floors: the poster's name over each floor's stamp, his own few
// lines between the stamp and the speech's title (昨晚村里开会…我用手机录了…; 下面是张主任讲的…我按大意补的; a reader's
// 跟个帖，贴一篇…需要的自取 on a line of its own, in the words of a poster's note on what he shares, speech-asides.ts),
// and a transcriber's note in brackets on what happened in the room (（这里有人插嘴问…，接着往下讲）).
import { previousLine } from "./noise-page-cards";
import { dateOfLine, endsSentence, isClosingStart, isSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";
import { POSTER_NOTE_RE } from "./speech-asides";

/** 发表于 2024-10-9 21:17 | 只看该作者: a floor's stamp. */
const FLOOR_STAMP_RE = /^发表于\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}/;
/** The poster's name right above it, alone on its line. */
const POSTER_NAME_RE = /^[^\s。，！？：:；、]{2,16}$/;
/** The poster speaks of the recording he typed up, or of the text he gives (我录了, 我整理, 我按大意补的, 下面是…讲的);
 *  not a speaker's 我县 / 我们 (今年我县隐患整改任务很重, 我们要牢记) nor his 我要求各村整改. */
const POSTER_VOICE_RE =
  /我(?![县市镇乡村区省们国厂矿局院校])[^。！？]{0,12}(?:录(?:了|的|音|下)|整理|敲(?:出来|了|的)|打出来|补(?:的|了|上)|改(?:的|了)|记(?:的|了|下))|(?:下面|以下)是[^。！？]{1,20}讲的/;
/** 安全生产人人有责: a speech's closing slogan, short and unpunctuated like a name. */
const SLOGAN_RE = /安全|生产|责任|有责|平安|预防|为主|第一|隐患|事故|防范|消防|牢记|生命/;
const POSTER_NOTE_LINES = 3;
const POSTER_NOTE_CHARS = 200;
/** The words of a note on what one shares (需要的自取, 有需要的…拿去参考, 这篇材料) are a speech's too (有需要的
 *  乡镇可以拿去参考; 这篇材料大家会后要认真学习): they make a note only of one short line alone under the stamp, no
 *  closing (同志们，…). A floor that carries the poster's speech on holds its paragraphs, however few. */
const SHARE_NOTE_CHARS = 80;
const shareNote = (lines: string[]) =>
  lines.length === 1 &&
  lines[0]!.length <= SHARE_NOTE_CHARS &&
  !isClosingStart(lines[0]!) &&
  POSTER_NOTE_RE.test(lines[0]!);
/** （这里有人插嘴问…，支书说…，接着往下讲）: a note in brackets on the room, a whole line. */
const ROOM_NOTE_RE =
  /^[（(](?=[^（）()]{0,80}(?:有人插嘴|插嘴|有人(?:问|喊|打断)|接着(?:往下)?讲|台下有人))[^（）()]{4,80}[）)]$/;
const FORUM_CHROME = "论坛界面文字";
const POSTER_NOTE = "楼主的说明";

/** Marks the poster's name over each stamp, his note between a stamp and a speech's title, and the notes on the room. */
export function markForumFloors(texts: string[], verdict: (string | null)[]): void {
  const stamps = texts.flatMap((t, i) => (verdict[i] && FLOOR_STAMP_RE.test(t.trim()) ? [i] : []));
  if (!stamps.length) return;
  for (const s of stamps) {
    const name = previousLine(texts, s);
    const who = name >= 0 ? texts[name]!.trim() : "";
    // A speech's own date or signature above a reply's stamp is not the replier's name.
    const own = !!dateOfLine(who) || isTitleLine(who) || isSpeakerLine(who) || isSalutation(who);
    // …and a slogan right under the speech's last line is the speech's close, where the floor's name is missing.
    const above = previousLine(texts, name);
    const closes = SLOGAN_RE.test(who) && name > 0 && !!texts[name - 1]!.trim() && above >= 0 && !verdict[above];
    if (name >= 0 && !verdict[name] && POSTER_NAME_RE.test(who) && !own && !closes) verdict[name] = FORUM_CHROME;
    // The poster's lines after the stamp (and its chrome), up to the title of the speech he gives.
    const note: number[] = [];
    let k = s + 1;
    for (; k < texts.length; k++) {
      const t = texts[k]!.trim();
      if (!t || (verdict[k] && !note.length)) continue;
      // (A floor that opens on a salutation is a speech, a host's: 同志们：现在开会。)
      if (verdict[k] || isTitleLine(t) || isSalutation(t)) break;
      note.push(k);
    }
    const lines = note.map((n) => texts[n]!.trim());
    if (
      note.length &&
      note.length <= POSTER_NOTE_LINES &&
      k < texts.length &&
      !verdict[k] &&
      isTitleLine(texts[k]!.trim()) &&
      lines.every((t) => t.length <= POSTER_NOTE_CHARS) &&
      (lines.some((t) => POSTER_VOICE_RE.test(t)) || shareNote(lines))
    )
      for (const n of note) verdict[n] = POSTER_NOTE;
  }
  texts.forEach((t, i) => {
    if (!verdict[i] && ROOM_NOTE_RE.test(t.trim()) && !endsSentence(t.trim().slice(1, -1))) verdict[i] = POSTER_NOTE;
  });
}
