// A corpus speech for tests, as the miner stores one: a finished document, the speech, and one block per heading
// and paragraph with its place (block_sources), each with the category given.
import { db } from "../db/client";
import type { HeadingLevel } from "../speech-doc/types";
import { createTestBlock, createTestDocument, createTestSpeechInCorpus } from "./factories";

export type TestCorpusSection = {
  heading: string;
  level?: HeadingLevel;
  categoryKey?: string;
  paragraphs?: { text: string; categoryKey?: string }[];
};

export async function createTestCorpusSpeech(opts: {
  title: string;
  opening?: { text: string; categoryKey?: string };
  sections: TestCorpusSection[];
}) {
  const document = await createTestDocument();
  const speech = await createTestSpeechInCorpus(document.id, { title: opts.title });
  let position = 0;
  const place = async (text: string, categoryKey: string | undefined, level: HeadingLevel | null) => {
    const block = await createTestBlock({
      text,
      kind: level ? "HEADING" : "PARAGRAPH",
      level,
      categoryKey,
      sourceDocumentId: document.id,
      sourceSpeechId: speech.id,
      position,
    });
    await db().blockSource.create({
      data: { blockId: block.id, documentId: document.id, speechId: speech.id, position },
    });
    position++;
  };
  if (opts.opening) await place(opts.opening.text, opts.opening.categoryKey, null);
  for (const s of opts.sections) {
    await place(s.heading, s.categoryKey, s.level ?? 1);
    for (const p of s.paragraphs ?? []) await place(p.text, p.categoryKey, null);
  }
  // Finished last, as an import finishes: only then does the corpus structure count it.
  await db().sourceDocument.update({ where: { id: document.id }, data: { status: "MINED" }, select: { id: true } });
  return { document, speech };
}
