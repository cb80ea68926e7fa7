// A pull quote set beside the text (a Word text box, a page's call-out): words of the speech, said again in
// quotation marks with their source under it (摘自沈嘉禾同志讲话). The source line would read as a title, and split
// the speech. Or on one line, the quotation and its speaker's name after a dash (「…。」——邵振华), over the
// paragraph that says it (and does not name him: a saying the speaker quotes is named where he says it again).
import { previousLine } from "./noise-page-cards";

const SOURCE_RE = /^[—–-]{0,2}\s*(?:摘自|选自|引自)[^。！？，]{2,40}$/;
const QUOTED_RE = /^[“"「『][^“”"「」『』]{4,80}[”"」』][。！]?$/;
const REASON = "摘录（引语框）";
/** 「…。」——邵振华: the quotation with its speaker's name. */
const SIGNED_QUOTE_RE = /^[“"「『]([^“”"「」『』]{4,80})[”"」』]\s*[—–-]{1,2}\s*([\u4e00-\u9fff·]{2,8})$/;

/** The quotation's words, for finding them in the text (at least this many characters). */
const MIN_REPEATED = 6;

export function markPullQuotes(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const [, signed, by] = SIGNED_QUOTE_RE.exec(raw.trim()) ?? [];
    // The paragraph that says the words again names whose they are (这是老采煤队长杨德顺在事故后说的一句话): the
    // speaker opens his section with someone's saying, and the line is his.
    const repeats =
      signed && signed.length >= MIN_REPEATED ? texts.filter((t, k) => k !== i && t.includes(signed)) : [];
    if (!verdict[i] && repeats.length && !repeats.some((t) => t.includes(by!))) verdict[i] = REASON;
    if (verdict[i] || !SOURCE_RE.test(raw.trim())) return;
    const above = previousLine(texts, i);
    if (above < 0 || !QUOTED_RE.test(texts[above]!.trim())) return;
    // A pull quote repeats the speech's own words; a quotation the speaker reads out (…明确规定：“…”) stands once.
    const words = texts[above]!.trim().replace(/^[“"「『]|[”"」』][。！]?$/g, "");
    if (words.length < MIN_REPEATED || !texts.some((t, k) => k !== above && t.includes(words))) return;
    verdict[i] = REASON;
    verdict[above] ??= REASON;
  });
}
