// A compilation of meeting materials (会议材料汇编) numbers each piece it binds: 材料之三 / 会议材料之四 / 材料3, a label
// alone on its line right over the piece's title. The label is the compilation's, not the speech's: it goes where a
// speech's title with its speaker, date or salutation follows it (a label under the cover is the cover's to take).
import { keptFrom } from "./noise-page-cards";
import { titleOpensSpeech } from "./noise-speech-openers";

const MATERIAL_LABEL_RE = /^[（(【[]?(?:会议)?材料之?[一二三四五六七八九十\d]{1,3}[)）】\]]?$/;
const REASON = "会议材料汇编的材料编号";

export function markMaterialLabels(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (verdict[i] || !MATERIAL_LABEL_RE.test(raw.trim())) return;
    if (titleOpensSpeech(texts, verdict, keptFrom(texts, verdict, i, 1))) verdict[i] = REASON;
  });
}
