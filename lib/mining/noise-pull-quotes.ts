// A pull quote set beside the text (a Word text box, a page's call-out): words of the speech, said again in
// quotation marks with their source under it (摘自沈嘉禾同志讲话). The source line would read as a title, and split
// the speech. Or on one line, the quotation and its speaker's name after a dash (「…。」——邵振华), over the
// paragraph that says it (and does not name him: a saying the speaker quotes is named where he says it again). Or
// an account's box between the paragraphs (▍划重点 over one sentence): the speech's words again, reworded. Or a
// template's box right after each paragraph (【摘录】… / 【导读】…, its text on the label's line or under it): the
// paragraph just above it again, shortened.
import { shingles } from "./near-duplicates";
import { endsSentence, isTitleLine } from "./outline-patterns";
import { previousLine } from "./noise-page-cards";

const SOURCE_RE = /^[—–-]{0,2}\s*(?:摘自|选自|引自)[^。！？，]{2,40}$/;
const QUOTED_RE = /^[“"「『][^“”"「」『』]{4,80}[”"」』][。！]?$/;
const REASON = "摘录（引语框）";
/** 「…。」——邵振华: the quotation with its speaker's name. */
const SIGNED_QUOTE_RE = /^[“"「『]([^“”"「」『』]{4,80})[”"」』]\s*[—–-]{1,2}\s*([\u4e00-\u9fff·]{2,8})$/;

/** The quotation's words, for finding them in the text (at least this many characters). */
const MIN_REPEATED = 6;

/** ▍划重点 / 【金句】 / 📌划重点 alone on its line: the label of an account's box, set off by its bar, its pin or its
 *  brackets. Bare, 敲黑板！ and 重点来了： are a speaker's own words (a teacher's, a 宣讲's) before he says a point again. */
const BOX_LABEL_RE =
  /^(?:(?:[▍▌▎▋┃]|📌)\s*[【[]?(?:划重点|小编划重点|敲黑板|金句|重点来了)[！!]?[】\]]?|[【[](?:划重点|小编划重点|敲黑板|金句|重点来了)[！!]?[】\]])\s*[：:]?$/;
/** The box holds one sentence of a quotation's length. */
const MAX_BOXED = 80;
/** The share of the boxed sentence's character pairs one paragraph of the page holds: its words said again, however
 *  reworded (也是 → 同样是); a sentence of the speaker's own under such a line holds far fewer of any one paragraph. */
const ECHO_SHARE = 0.6;

/** The label and the sentence under it, where another line of the page says that sentence's words already. */
function markQuoteBoxes(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (!BOX_LABEL_RE.test(raw.trim())) return;
    let j = i + 1;
    while (j < texts.length && !texts[j]!.trim()) j++;
    const boxed = texts[j]?.trim() ?? "";
    if (!boxed || verdict[j] || boxed.length > MAX_BOXED || !endsSentence(boxed)) return;
    const pairs = shingles(boxed);
    const echoed = texts.some((t, k) => {
      // Only a paragraph of the speech says it first: a sentence, no title (…重于泰山——在…上的讲话).
      const said = t.trim();
      if (k === j || verdict[k] || said.length < boxed.length / 2 || !endsSentence(said) || isTitleLine(said))
        return false;
      const other = shingles(t);
      let held = 0;
      for (const x of pairs) if (other.has(x)) held++;
      return held >= pairs.size * ECHO_SHARE;
    });
    if (!echoed) return;
    verdict[i] ??= REASON;
    verdict[j] ??= REASON;
  });
}

/** 【摘录】 / 【导读】 / 【摘要】 / 【金句】…: a box's label in brackets, the box's text after it on the line or under it. */
const ECHO_LABEL_RE =
  /^[【[](?:摘录|摘编|摘要|内容摘要|导读|导语|提要|要点|金句|划重点|核心提示|精彩观点)[】\]]\s*[：:]?\s*/;
/** The share of the box's character pairs the paragraph just above holds: its words again, shortened and reworded
 *  (三百多个在建项目 for 在建项目312个); another paragraph of the same speech holds a tenth or so. */
const ABOVE_SHARE = 0.4;
const ECHO = "摘录框（重复上一段）";

/** A box that repeats the paragraph just above it: the template printing that paragraph again, not the speaker. */
function markEchoBoxes(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const m = ECHO_LABEL_RE.exec(raw.trim());
    if (!m || verdict[i]) return;
    let j = i;
    let boxed = raw.trim().slice(m[0].length);
    if (!boxed) {
      j = i + 1;
      while (j < texts.length && !texts[j]!.trim()) j++;
      boxed = verdict[j] ? "" : (texts[j]?.trim() ?? "");
    }
    const above = previousLine(texts, i);
    const said = above >= 0 && !verdict[above] ? texts[above]!.trim() : "";
    // The box is a sentence no longer than the paragraph it repeats.
    if (boxed.length < MIN_REPEATED || !endsSentence(said) || boxed.length > said.length) return;
    const pairs = shingles(boxed);
    const other = shingles(said);
    let held = 0;
    for (const x of pairs) if (other.has(x)) held++;
    if (held < pairs.size * ABOVE_SHARE) return;
    verdict[i] = ECHO;
    verdict[j] ??= ECHO;
  });
}

export function markPullQuotes(texts: string[], verdict: (string | null)[]): void {
  markQuoteBoxes(texts, verdict);
  markEchoBoxes(texts, verdict);
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
