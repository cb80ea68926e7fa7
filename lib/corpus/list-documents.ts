import { db } from "../db/client";
import { documentDisplayName } from "./document-display-name";
import { firstTitledSpeech } from "./document-names";

export async function listSourceDocuments() {
  const docs = await db().sourceDocument.findMany({
    select: {
      id: true,
      fileName: true,
      encoding: true,
      sizeBytes: true,
      status: true,
      importedAt: true,
      importId: true,
      importedBy: { select: { displayName: true } },
      speeches: firstTitledSpeech,
      // sources: the file's paragraphs, each once where it stands (a paragraph met before is stored as that block).
      _count: { select: { speeches: true, blocks: true, sources: true } },
    },
    orderBy: { importedAt: "desc" },
  });
  return docs.map(({ speeches, ...d }) => ({
    ...d,
    name: documentDisplayName(
      d.fileName,
      speeches.map((s) => s.title),
    ),
  }));
}
