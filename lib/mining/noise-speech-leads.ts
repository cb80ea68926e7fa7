// A portal's one-line lead over each speech it reprints from a meeting (泓安区区长陈海鸥代表区委、区政府作表态发言，表示…;
// 会上，副市长李志强…作了具体部署。), right above the 【讲话全文】 label or the speech's title: the page tells who spoke,
// in the third person. Without the mark or the title below it, such a sentence is left to the speech (刚才，…作了
// 具体部署 opens many 表态发言).
import { isTitleLine } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

const REPORTS_SPEECH_RE =
  /(?:作|作了)(?:重要|动员|表态|总结|具体)?(?:讲话|发言|部署)|代表[^。！？]{2,20}(?:作|发言|表态)/;
/** The speaker's own words: first person, or an opening that turns to the hall. */
const FIRST_PERSON_RE = /我|^(?:刚才|下面|今天|按照|根据|同志们|各位)/;
/** 【讲话全文】 / 〔讲话摘要〕 alone on its line, as the noise rules mark it. */
const TEXT_MARK = "摘要标记";
const MAX_LEAD = 120;
const REASON = "新闻导语（转载讲话前的介绍）";

export function markSpeechLeads(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || !t || t.length > MAX_LEAD || FIRST_PERSON_RE.test(t) || !REPORTS_SPEECH_RE.test(t)) return;
    if ((t.match(/[。！？]/g)?.length ?? 0) > 2) return;
    const below = nextLine(texts, i);
    if (below < 0) return;
    if (verdict[below] === TEXT_MARK || (!verdict[below] && isTitleLine(texts[below]!.trim()))) verdict[i] = REASON;
  });
}
