// A news reprint's photo caption naming who spoke (▲孙××在会上讲话): the picture did not survive the copy, and the line,
// left between two paragraphs of the speech, would be read as the title of a second one. It is judged on the page,
// not on its own: a speech's own ▲ list (▲厂长每月在安全例会上讲话 / ▲车间主任每周… / ▲班组长每天…) says the same
// words in a run of ▲ lines, and a ▲ line over a salutation is the only line naming the speech below it.
import { isSalutation } from "./outline-patterns";
import { isPostedSpeakerLine, isSpeakerLine } from "./speech-frame-lines";

const CAPTION = "图片说明";

/** ▲×××在会上讲话 / ▲×××在全区…工作会议上作重要讲话 / ▲×××出席会议并讲话 / ▲会上，×××对…作了具体部署: who spoke
 *  where, no stop; never 在…上的讲话 (a title), and no word of how often (每月, 轮流: a speech's rule for its people). */
const SPEAKER_CAPTION_RE =
  /^[▲△]\s*(?!在)(?![^。！？]*(?:每[天日周月季年]|轮流|定期))(?:[^，。！？；：:]{2,30}?(?:在[^，。！？；：:的]{0,30}?[上中](?:作了?(?:重要|动员|专题|总结|工作)?(?:讲话|报告)|讲话|发言|致辞)|出席(?:会议|活动|仪式)?并(?:作)?(?:重要)?(?:讲话|致辞))|会上[，,][^。！？；]{2,40}?(?:讲话|发言|致辞|部署))$/;
/** ▲孙××讲话: a name and 讲话 alone, a caption when the name has a post or the page prints it as a speaker's. */
const NAMED_TALK_RE = /^[▲△]\s*([^，。！？；：:\s]{2,20}?)(?:同志)?(?:作)?(?:重要)?(?:讲话|发言|致辞)$/;
const MAX_CAPTION = 80;

/** Marks each lone ▲ line that reads as a caption naming who spoke. */
export function markSpeakerCaptions(texts: string[], verdict: (string | null)[]): void {
  if (!texts.some((t) => /^\s*[▲△]/.test(t))) return;
  const kept = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < texts.length; j += step) if (texts[j]!.trim() && !verdict[j]) return j;
    return -1;
  };
  const speakers = texts.filter((t) => isSpeakerLine(t.trim())).map((t) => t.replace(/\s+/g, ""));
  const named = (t: string) => {
    const who = NAMED_TALK_RE.exec(t)?.[1];
    return (
      !!who &&
      (isPostedSpeakerLine(who) || speakers.some((s) => s === who || (isPostedSpeakerLine(s) && s.endsWith(who))))
    );
  };
  const triangle = (k: number) => k >= 0 && /^[▲△]/.test(texts[k]!.trim());
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || t.length > MAX_CAPTION || !(SPEAKER_CAPTION_RE.test(t) || named(t))) return;
    const [above, below] = [kept(i, -1), kept(i, 1)];
    if (triangle(above) || triangle(below) || (below >= 0 && isSalutation(texts[below]!.trim()))) return;
    verdict[i] = CAPTION;
  });
}
