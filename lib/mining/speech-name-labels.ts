// A live text's or a record's speech under a head naming its speaker (【市长林正平讲话】), its first paragraph opened
// by his name and a colon (林正平：同志们，…): the record's label of who speaks, not his words.
import { isSpeechFurniture, speakerTalkName } from "./outline-patterns";
import type { RawSpeech, Removed } from "./types";

const NAME_LABEL_RE = /^([\u4e00-\u9fff·]{2,4})[：:]\s*(?=\S)/;
export const NAME_LABEL = "实录的发言人标记";

/** The speech without the name label before its first paragraph, reported in `removed`; as it was without one. */
export function withoutNameLabel(speech: RawSpeech, removed: Removed[]): RawSpeech {
  const head = speech.paragraphs.findIndex((p) => speakerTalkName(p.text));
  if (head < 0) return speech;
  const speaker = speakerTalkName(speech.paragraphs[head]!.text)!;
  // The first paragraph under the head and its frame (a date, a speaker's line).
  let at = head + 1;
  while (at < speech.paragraphs.length && isSpeechFurniture(speech.paragraphs[at]!.text)) at++;
  const first = speech.paragraphs[at];
  const label = first && NAME_LABEL_RE.exec(first.text);
  // The name the head gives, after his posts (周宏远 of 市委常委、常务副市长周宏远): not a 同志们： or a topic's label.
  if (!label || !speaker.endsWith(label[1]!) || label[1]!.length === speaker.length) return speech;
  removed.push({ text: label[0].trim(), reason: NAME_LABEL, lineNo: first.lineNo });
  const paragraphs = speech.paragraphs.slice();
  paragraphs[at] = { ...first, text: first.text.slice(label[0].length) };
  return { ...speech, paragraphs };
}
