// A poster's labels over the speeches he shares on one page (（一）医院篇 / （二）煤矿篇, 一、企业篇): a number and a word
// for the kind of place the speech was given in, …篇, each right above a speech's own title. They number the page's
// parts, not the speech's outline; a speech's own heading (（一）思想篇 over its paragraphs) has no title under it.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";

const SECTION_LABEL_RE =
  /^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*[\u4e00-\u9fff]{1,8}篇$/;
const SECTION_LABEL = "合集篇目标记";

/** Marks each such label whose next line of text is a speech's title, a speech's header under it (its salutation,
 *  its speaker, its date): a speech's own heading （一）学习篇 over 学习贯彻…上的讲话 and prose is no label. */
export function markSectionLabels(texts: string[], verdict: (string | null)[]): void {
  const nextKept = (i: number) => texts.findIndex((t, k) => k > i && !verdict[k] && !!t.trim());
  texts.forEach((raw, i) => {
    if (verdict[i] || !SECTION_LABEL_RE.test(raw.trim())) return;
    const next = nextKept(i);
    if (next < 0 || !isTitleLine(texts[next]!.trim())) return;
    const under = nextKept(next);
    const header = under >= 0 ? texts[under]!.trim() : "";
    if (isSalutation(header) || isSpeakerLine(header) || !!dateOfLine(header)) verdict[i] = SECTION_LABEL;
  });
}
