// A standing meeting's report labels each item it reports (【议题三】审议《…办法（草案）》 over 会议审议并原则通过…): the line
// rules read such a label as the page's agenda. A host's script (主持词) labels its items so too, but under each label
// the host speaks (首先，请×××同志汇报。 / 下面，进行第二项议题): there the label heads his own text, and stays.
import { nextLine } from "./noise-page-furniture";

/** The line rules' reason for an item's label (AGENDA_ITEM_RE). */
const AGENDA = "会议议程";
/** The host's cue opening what follows a label: he calls the item's speaker or moves on. */
const HOST_CUE_RE = /^(?:首先|先请|请|下面|现在|接下来|进行)/;

export function keepHostedAgendaItems(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((_, i) => {
    if (verdict[i] !== AGENDA) return;
    const below = nextLine(texts, i);
    if (below >= 0 && !verdict[below] && HOST_CUE_RE.test(texts[below]!.trim())) verdict[i] = null;
  });
}
