// A block found in a corpus speech, as the merge and split tests start from.
import { db } from "../../lib/db/client";
import { createTestBlock, createTestDocument, createTestSpeechInCorpus } from "../../lib/testing/factories";

/** A block found in a corpus speech, with its block_sources row as the import writes it. */
export async function sourcedBlock(text: string, extra: Parameters<typeof createTestBlock>[0] = {}) {
  const doc = await createTestDocument();
  const speech = await createTestSpeechInCorpus(doc.id);
  const block = await createTestBlock({
    text,
    sourceDocumentId: doc.id,
    sourceSpeechId: speech.id,
    position: 3,
    ...extra,
  });
  await db().blockSource.create({ data: { blockId: block.id, documentId: doc.id, speechId: speech.id, position: 3 } });
  return { block, doc, speech };
}
