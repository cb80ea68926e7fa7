// Export then import gives back the same speech (issue 9, item 6): every speech of the sample corpus, imported as
// the app imports a finished speech, exported to .docx, and imported again from that file, has the same title,
// outline (levels and texts, numbering styles) and paragraph texts. Punctuation is compared after the export's
// own full-width correction, which is the one change the export makes on purpose.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withFullWidthPunctuation } from "@/lib/export/full-width-punctuation";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { speechDocx } from "@/lib/export/speech-docx";
import { mineDocument } from "@/lib/mining/mine-document";
import { nodeText } from "@/lib/speech-doc/doc-text";
import { DEFAULT_SETTINGS, type SpeechDoc } from "@/lib/speech-doc/types";
import { speechDocFromMined, type ImportedSpeech } from "@/lib/speech-import/speech-doc-from-mined";
import { exportFixture, FIXTURE_TITLE } from "../support/export-fixture";

const CORPUS = path.join(process.cwd(), "data", "corpus");

function shape(speech: ImportedSpeech) {
  const doc: SpeechDoc = withFullWidthPunctuation(speech.content);
  return {
    title: speech.title,
    speaker: speech.speaker,
    numbering: speech.settings.numbering ?? DEFAULT_SETTINGS.numbering,
    outline: doc.content.flatMap((n) => (n.type === "heading" ? [`${n.attrs.level}:${nodeText(n)}`] : [])),
    paragraphs: doc.content.flatMap((n) => (n.type === "paragraph" ? [nodeText(n)] : [])),
  };
}

async function roundTrip(original: ImportedSpeech): Promise<ImportedSpeech> {
  const bytes = await speechDocx({
    doc: original.content,
    numbering: original.settings.numbering ?? DEFAULT_SETTINGS.numbering,
    date: original.date,
    options: DEFAULT_EXPORT_OPTIONS,
    highlightPlaceholders: true,
  });
  return speechDocFromMined(await mineDocument("exported.docx", new Uint8Array(bytes)));
}

describe("export → import round trip on the sample corpus", () => {
  const files = readdirSync(CORPUS)
    .filter((f) => /\.(txt|docx)$/.test(f))
    .sort();

  it("covers every speech of every sample file", async () => {
    let speeches = 0;
    for (const file of files)
      speeches += (await mineDocument(file, readFileSync(path.join(CORPUS, file)))).speeches.length;
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(speeches).toBeGreaterThanOrEqual(files.length);
  });

  it("keeps a speech written in the composer: speaker, day, three heading levels, quotes and dashes", async () => {
    const doc = exportFixture(3, 2);
    const original: ImportedSpeech = {
      title: FIXTURE_TITLE,
      speaker: "县长 张三",
      date: "2024-03-01",
      content: doc,
      settings: {},
      order: 1,
      speechCount: 1,
    };
    const back = await roundTrip(original);
    expect(shape(back)).toEqual(shape(original));
    expect(back.speaker).toBe("县长 张三");
    expect(back.date).toBe("2024-03-01");
  });

  for (const file of files) {
    it(`keeps the outline and paragraphs of ${file}`, { timeout: 60_000 }, async () => {
      const mined = await mineDocument(file, readFileSync(path.join(CORPUS, file)));
      const count = speechDocFromMined(mined).speechCount;
      for (let order = 1; order <= count; order++) {
        const original = speechDocFromMined(mined, { order });
        const back = await roundTrip(original);
        expect(back.speechCount, `${file} #${order}`).toBe(1);
        expect(shape(back), `${file} #${order}`).toEqual(shape(original));
        expect(back.date).toBe(original.date);
      }
    });
  }
});
