// Discourse cues for the block classifier: how a speech opens and closes, read from the start and end of a
// paragraph and crossed with its position, so that a closing phrase early in a speech (同志们，现在开会。) is not
// taken for the closing, nor an opening phrase late in it for the opening. The words are the genre's own (they
// are the same on every site), not any page's.
import { addFlag, type Group } from "./classifier-feature-hashing";

/** Opening moves: what earlier speakers did, why we meet, what is to come, the host's agenda. */
const OPENING =
  /^(?:刚才|方才|刚刚|今天|这次|本次|召开|根据|按照|受[^，,。]{1,12}委托|首先[，,]?(?:请|由)|下面[，,]?(?:请|由|欢迎|我|就)|为(?:了)?(?:认真|深入|切实|进一步)?贯彻)/;
/** Closing moves: the address, the summing up, the wishes and thanks. */
const CLOSING = /^(?:同志们[，,！!]|谢谢|总之|总而言之|综上所述|最后[，,]|让我们|在这里[，,]?我?(?:衷心)?(?:希望|祝))/;
/** A numbered or ordinal item: a requirement in a list rather than a section. */
const ITEM =
  /^(?:\d+[、.．]|[（(]\d+[)）]|[一二三四五六七八九十]+[、是要]|首先|其次|再次|第[一二三四五六七八九十]+[，,、])/;

/** The position buckets the cues are crossed with. */
export const positionBucket = (position: number) =>
  position === 0 ? "0" : position < 3 ? "1-2" : position < 6 ? "3-5" : "6+";

/** Adds the cue flags of a paragraph (text already compact and folded to Simplified). */
export function addCues(g: Group, text: string, position: number, weight: number): void {
  const p = positionBucket(position);
  if (OPENING.test(text)) {
    addFlag(g, "cue:open", weight);
    addFlag(g, "cue:open:" + p, weight);
  }
  if (CLOSING.test(text)) {
    addFlag(g, "cue:close", weight);
    addFlag(g, "cue:close:" + p, weight);
  }
  if (ITEM.test(text)) addFlag(g, "cue:item", weight);
  const last = text.charAt(text.length - 1);
  const end = /[：:]/.test(last) ? "colon" : /[。！!？?；;]/.test(last) ? "stop" : "open";
  addFlag(g, "cue:end:" + end, weight);
  addFlag(g, "cue:end:" + end + ":" + p, weight);
}
