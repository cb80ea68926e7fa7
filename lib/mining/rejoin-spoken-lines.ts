// A talk typed by a phone's voice input (语音转文字) and pasted as it came out: the converter sets a space where a
// writer sets a comma or a stop, and starts a new line where the speaker paused long, so that each line is a
// paragraph. No line ends in a stop and a long line is no wrap (the lines run from a short tail to hundreds of
// characters), so the general rules (rejoin-lines.ts) would run the paragraphs together. Now and then the tool broke
// a sentence, and the line under it is a short tail (…人一累就容易 / 出事 所以今天…). The lines are read as written:
// normalising drops the spaces between Chinese characters.
import { CONTINUATION_START, displayWidth, type Item } from "./rejoin-modes";
import { endsSentence, isClosingStart } from "./outline-patterns";

const HAN_RE = /\p{Script=Han}/gu;
/** A space between two Chinese characters: the converter's comma. */
const SPOKEN_GAP_RE = /(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu;
const STOP_RE = /[，。、；：！？,;:!?]/g;
/** A line of the talk: some length, spaces between its phrases, hardly a stop (a line of prose has one every ten
 *  characters or so, however many stray spaces a copy left in it). */
const MIN_SPOKEN_HAN = 30;
const MIN_GAPS = 4;
const HAN_PER_STOP = 20;
/** A phrase between two spaces holds a few words: a letter-spaced line (安 全 生 产) holds one character. */
const MIN_MEDIAN_PHRASE = 3;
/** Lines of the talk on the page, and their share of its lines of some length. */
const MIN_SPOKEN_LINES = 4;
const SPOKEN_SHARE = 0.7;
/** A tail the tool broke off a sentence is short beside the page's lines, and short in itself. */
const TAIL_SHARE = 0.4;
const MAX_TAIL = 30;
/** The tool broke a phrase: the tail opens on the phrase's last word or two (…人一累就容易 / 出事 所以…, …限你们下周一 /
 *  之前改完 …). A short line opening on a phrase of its own (各家各户的灭火器 村里免费发…) is a point of its own. */
const MAX_BROKEN_END = 4;
/** Lines wrapped at spaces to a width (a mail client, fmt, an old BBS): so many lines filling up to the page's width
 *  that the next line's first phrase would not have fitted on them make a wrap, not paragraphs of like length. */
const MIN_FILLED_LINES = 6;
const FILLED_SHARE = 0.6;
/** A short line that opens with a word a speaker starts on (好 散会, 最后说一句, 再一个…) is a paragraph of its own. */
const SPOKEN_OPENER_RE =
  /^(?:好|行了|第[一二三四五六七八九十]|再一个|还有|另外|最后|总之|首先|其次|下面|接下来|先说|再说|谢谢)/;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The line as the file wrote it is one of a voice-typed talk. */
export function isSpokenLine(written: string): boolean {
  // The stops first: a line of prose has too many of them for its length (han ≤ length), which spares the Han count
  // and the gap pattern's lookbehind on almost every line of an ordinary page.
  if (written.length < MIN_SPOKEN_HAN) return false;
  const stops = written.match(STOP_RE)?.length ?? 0;
  if (stops * HAN_PER_STOP > written.length) return false;
  const han = written.match(HAN_RE)?.length ?? 0;
  if (han < MIN_SPOKEN_HAN || stops * HAN_PER_STOP > han) return false;
  const gaps = written.match(SPOKEN_GAP_RE)?.length ?? 0;
  if (gaps < MIN_GAPS) return false;
  return (
    median(
      written
        .trim()
        .split(/[ \u3000]+/)
        .map((p) => p.length),
    ) >= MIN_MEDIAN_PHRASE
  );
}

const writtenOf = (it: Item) => it.line.written ?? it.line.text;
const firstPhrase = (it: Item) =>
  writtenOf(it)
    .trim()
    .split(/[ \u3000]+/, 1)[0]!;

/** The talk's lines as written were wrapped at its spaces: most lines of half the page's width and more that a line
 *  of text follows fill it so far that the next line's first phrase would have overrun it, and there are many of
 *  them. Lines a voice input ends at the speaker's pauses run from a tail to hundreds of characters, and few stop
 *  just short of the longest. */
function wrappedAtSpaces(items: Item[]): boolean {
  const widths = items.map((it) => displayWidth(writtenOf(it).trim()));
  const limit = Math.max(...widths);
  let [filled, runOn] = [0, 0];
  for (let k = 0; k + 1 < items.length; k++) {
    const next = items[k + 1]!;
    if (next.afterBlank || next.header || widths[k]! * 2 < limit) continue;
    runOn++;
    if (limit - widths[k]! <= displayWidth(firstPhrase(next))) filled++;
  }
  return filled >= MIN_FILLED_LINES && filled >= runOn * FILLED_SHARE;
}

/** The median length of the talk's lines when the page is a voice-typed talk (0: it is not): most of its lines of
 *  some length are the talk's, and few of them end in a stop. */
export function spokenLineMode(items: Item[]): number {
  const long = items.filter((it) => it.text.length >= MIN_SPOKEN_HAN && !it.header);
  const spoken: Item[] = [];
  let others = 0;
  for (const it of long) {
    if (isSpokenLine(writtenOf(it))) spoken.push(it);
    else others++;
    // Stop once the lines left could no longer make the share (an ordinary page stops within its first lines).
    if (long.length - others < Math.max(MIN_SPOKEN_LINES, long.length * SPOKEN_SHARE)) return 0;
  }
  if (spoken.length < MIN_SPOKEN_LINES || spoken.length < long.length * SPOKEN_SHARE) return 0;
  if (spoken.filter((it) => endsSentence(it.text)).length * 4 > spoken.length || wrappedAtSpaces(items)) return 0;
  return median(spoken.map((it) => it.text.length));
}

/** On a voice-typed page, a line goes on the one above only where it opens with a stop, or where it is a short tail
 *  under a line of the talk that stopped mid-sentence; any other line opens a paragraph. */
export function spokenJoins(prev: Item, next: Item, lineLength: number): boolean {
  if (CONTINUATION_START.test(next.text)) return true;
  if (next.header || next.family || !isSpokenLine(writtenOf(prev)) || endsSentence(prev.text)) return false;
  if (SPOKEN_OPENER_RE.test(next.text) || isClosingStart(next.text)) return false;
  if (firstPhrase(next).length > MAX_BROKEN_END) return false;
  return next.text.length <= Math.min(MAX_TAIL, lineLength * TAIL_SHARE);
}
