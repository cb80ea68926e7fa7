// Where a speech opens among a page's kept lines, for the page rules that part a speech from what stands around it
// (a compilation's labels, the chrome between two speeches, an exam paper's other parts).
import { isTitleLine } from "./outline-patterns";
import {
  dateOfLine,
  isHeaderSalutation,
  isSalutation,
  isSpeakerLine,
  splitRunInSalutation,
} from "./speech-frame-lines";
import { keptFrom } from "./noise-page-cards";

/** The kept line at i is a title that opens a speech: its speaker, its date or its salutation is the next kept line. */
export function titleOpensSpeech(texts: string[], verdict: (string | null)[], i: number): boolean {
  if (i < 0 || verdict[i] || !isTitleLine(texts[i]!.trim())) return false;
  const next = keptFrom(texts, verdict, i, 1);
  const t = next >= 0 ? texts[next]!.trim() : "";
  return isSpeakerLine(t) || isSalutation(t) || !!dateOfLine(t);
}

/** A line that addresses the room (同志们：, 各位代表：, 同志们：今天召开…): only a speech's opening does. */
const addressesRoom = (t: string) => isHeaderSalutation(t) || !!splitRunInSalutation(t);

/** A speech opens at the kept line i with or without its title: a title over its frame, the salutation itself, or
 *  the speaker's line right over the salutation or the date (县委常委、副县长　林晓东 / 同志们：). */
export function frameOpensSpeech(texts: string[], verdict: (string | null)[], i: number): boolean {
  if (i < 0 || verdict[i]) return false;
  const t = texts[i]!.trim();
  if (addressesRoom(t)) return true;
  if (isSpeakerLine(t)) {
    const next = keptFrom(texts, verdict, i, 1);
    const n = next >= 0 ? texts[next]!.trim() : "";
    if (addressesRoom(n) || !!dateOfLine(n)) return true;
  }
  return titleOpensSpeech(texts, verdict, i);
}
