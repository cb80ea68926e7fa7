// A self-media post's author card (the account's name over its byline and its follow button) and an editor's note
// set under its bare label (【编者按】 alone, its paragraphs below it): the platform's and the editor's words above the
// speech, never the speaker's. Where the speech prints its own title over its frame a few lines under the card, the
// post's headline over the card and the poster's own lead between the card and that title are the post's too.
import { endsSentence, isSalutation, isSpeechFurniture, isTitleLine, parseEnumerator } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

/** ＋关注 / + 关注　已有1.2万人关注 / 关注 bare, as a 头条 card prints it: the follow button, with its count. */
const FOLLOW_RE = /^[+＋]?\s*关注(?:\s*(?:已有)?\s*[\d.]+\s*[万千]?\s*(?:人关注|粉丝|关注者|人已关注))?$/;
/** 2026-03-16 08:47 · 陕西 · 社会领域优质创作者: a post's time, place and the account's badge; the badge may come first
 *  (…领域创作者　2026-03-16 08:47 · 发布于陕西), one word with no digit or stop, glued to the time once spaces between
 *  Chinese and digits are gone. */
const POST_BYLINE_RE =
  /^(?:[^\s\d，。！？；：:、]{2,24}\s*)?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s+\d{1,2}:\d{2}\s*[·•]/;
/** 【编者按】 / 编者按 / 【编者的话】 alone on its line, over the note. */
export const NOTE_LABEL_RE = /^[【\[]?(?:编者按|编者的话|编辑的话|小编按)[】\]]?[：:]?$/;
/** The note speaks of the text it introduces, as an editor does. */
const EDITORS_WORDS_RE = /小编|编者|本文|全文|整理|供[^。]{0,10}参考|转载|原稿|讲话稿/;
const CARD = "公众号界面文字";
const NOTE = "编者按";
const MAX_NAME = 16;
const MAX_NOTE_LINES = 4;
/** How many paragraphs of his own a poster writes between his card and the speech's title. */
const MAX_LEAD_LINES = 3;
const LEAD = "转贴者的导语";
/** 现在开会。 / 会议现在开始。 / 下面，请…同志讲话，大家欢迎。: a host's cue, the shape of a 主持词's line (an opening
 *  call, a hand-over to the speaker, the call for applause); a poster writing about the speech never cues its speaker. */
const HOST_CUE_RE =
  /^(?:(?:会议)?现在(?:开会|开始|宣布)|(?:下面|接下来|首先|最后)[，,]?\s*(?:请|有请|由)[^。！？]{0,40}(?:讲话|致辞|发言|作报告|讲课)|[^。！？]*(?:大家欢迎|掌声欢迎|热烈欢迎)[。！!]?$)/;

export function markFollowCards(texts: string[], verdict: (string | null)[]): void {
  const firstSalutation = texts.findIndex((t) => isSalutation(t.trim()));
  texts.forEach((raw, i) => {
    const t = raw.trim();
    // (The label alone may be marked already, by the line rules.)
    if (NOTE_LABEL_RE.test(t) && (firstSalutation < 0 || i < firstSalutation)) markNoteBelow(texts, verdict, i);
    if (!t || verdict[i]) return;
    if (FOLLOW_RE.test(t)) {
      verdict[i] = CARD;
      return;
    }
    // The account's name: a short line with no sentence in it, right over the post's byline and its follow button.
    const by = nextLine(texts, i);
    const follow = by >= 0 ? nextLine(texts, by) : -1;
    if (
      t.length <= MAX_NAME &&
      !/[，。！？；：]/.test(t) &&
      !isTitleLine(t) &&
      by >= 0 &&
      POST_BYLINE_RE.test(texts[by]!.trim()) &&
      follow >= 0 &&
      FOLLOW_RE.test(texts[follow]!.trim())
    ) {
      // The byline and the button go with the card: read alone, the byline passes for a print header the text flows
      // across, and the post's headline would run on into the poster's lead below it.
      verdict[i] = verdict[by] = verdict[follow] = CARD;
      markPostHead(texts, verdict, i, follow);
    }
  });
}

const keptBelow = (texts: string[], verdict: (string | null)[], j: number) => {
  let k = nextLine(texts, j);
  while (k >= 0 && verdict[k]) k = nextLine(texts, k);
  return k;
};

/** The card at lines name…follow: below it, the poster's lead — up to MAX_LEAD_LINES kept lines, each a paragraph of
 *  sentences (no title, heading, salutation or speaker's line) — goes only when the speech's title comes right after
 *  it, over the speech's frame (its speaker, date or salutation), and none of them is a host's cue (a 主持词 printed
 *  over the speech is a speech of its own); then the headline over the card (the page's first kept line, one line
 *  without a sentence's end) goes too. Without that title below nothing goes: the lines may be the speech's own. */
function markPostHead(texts: string[], verdict: (string | null)[], name: number, follow: number): void {
  const lead: number[] = [];
  let k = keptBelow(texts, verdict, follow);
  for (; k >= 0 && lead.length <= MAX_LEAD_LINES; k = keptBelow(texts, verdict, k)) {
    const t = texts[k]!.trim();
    if (isTitleLine(t)) break;
    if (!endsSentence(t) || isSalutation(t) || isSpeechFurniture(t) || parseEnumerator(t) || HOST_CUE_RE.test(t))
      return;
    lead.push(k);
  }
  if (k < 0 || lead.length > MAX_LEAD_LINES) return;
  const frame = keptBelow(texts, verdict, k);
  if (frame < 0 || !isSpeechFurniture(texts[frame]!.trim())) return;
  for (const j of lead) verdict[j] = LEAD;
  let h = name - 1;
  while (h >= 0 && (!texts[h]!.trim() || verdict[h])) h--;
  if (h < 0) return;
  let above = h - 1;
  while (above >= 0 && (!texts[above]!.trim() || verdict[above])) above--;
  const headline = texts[h]!.trim();
  if (above < 0 && !/[。！？!?]$/.test(headline) && !isSalutation(headline)) verdict[h] = CARD;
}

/** The note's lines under its label, each speaking as an editor does, up to the first that does not (the speech may
 *  follow without a blank line) or a blank line. */
function markNoteBelow(texts: string[], verdict: (string | null)[], label: number): void {
  const lines: number[] = [];
  for (let j = label + 1; j < texts.length && texts[j]!.trim() && lines.length < MAX_NOTE_LINES; j++) {
    if (!EDITORS_WORDS_RE.test(texts[j]!)) break;
    lines.push(j);
  }
  if (!lines.length) return;
  if (lines.some((j) => isTitleLine(texts[j]!.trim()) || isSalutation(texts[j]!.trim()))) return;
  for (const k of [label, ...lines]) verdict[k] ??= NOTE;
}
