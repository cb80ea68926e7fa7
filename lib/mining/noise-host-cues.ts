// A host script's cue that names who speaks in turn, on a line of its own between the host's calls:
// （县住建局、某某镇、某某公司依次发言）, （各乡镇主要负责同志分别作表态发言）, （双方代表先后签订合同）. The brackets hold
// no sentence (no comma, full stop or colon, no number), only the speakers and the act; the short cues (（领导讲话）,
// （签订责任书）) are the line rules' (noise-line-rules.ts). The host's own call (下面，请县住建局发言) is his text.
import { squeezedLines } from "./page-line-views";

const REASON = "现场记录（掌声、停顿等）";
const TURNS_CUE_RE =
  /^[（(][^（）()，,。：:；;！？!?\d]{2,30}(?:依次|分别|先后|轮流|逐一)作?(?:表态)?(?:发言|讲话|致辞|汇报|表态|宣读|交流|签字|(?:签订|签署)[^（）()，。]{0,6})[）)]$/;
const MAX_LINE = 40;

/** A cue naming speakers in turn, on `squeezed`, a line without its whitespace. */
const isTurnsCue = (squeezed: string): boolean => squeezed.length <= MAX_LINE && TURNS_CUE_RE.test(squeezed);

/** Marks each lone cue line naming speakers in turn. */
export function markTurnCues(texts: string[], verdict: (string | null)[]): void {
  squeezedLines(texts).forEach((t, i) => {
    if (isTurnsCue(t)) verdict[i] ??= REASON;
  });
}
