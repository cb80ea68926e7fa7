// A compilation of meeting materials (会议材料汇编) numbers each piece it binds: 材料之三 / 会议材料之四 / 材料3, a label
// alone on its line right over the piece's title. The label is the compilation's, not the speech's: it goes where a
// speech's title with its speaker, date or salutation follows it (a label under the cover is the cover's to take).
import { isTitleLine } from "./outline-patterns";
import { dateOfLine, isSalutation, isSpeakerLine } from "./speech-frame-lines";
import { keptFrom } from "./noise-page-cards";

const MATERIAL_LABEL_RE = /^[（(【[]?(?:会议)?材料之?[一二三四五六七八九十\d]{1,3}[)）】\]]?$/;
const REASON = "会议材料汇编的材料编号";

/** The kept line at i is a title that opens a speech: its speaker, date or salutation under it. */
function opensSpeech(texts: string[], verdict: (string | null)[], i: number): boolean {
  if (i < 0 || verdict[i] || !isTitleLine(texts[i]!.trim())) return false;
  const next = keptFrom(texts, verdict, i, 1);
  const t = next >= 0 ? texts[next]!.trim() : "";
  return isSpeakerLine(t) || isSalutation(t) || !!dateOfLine(t);
}

export function markMaterialLabels(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (verdict[i] || !MATERIAL_LABEL_RE.test(raw.trim())) return;
    if (opensSpeech(texts, verdict, keptFrom(texts, verdict, i, 1))) verdict[i] = REASON;
  });
}
