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
      _count: { select: { speeches: true, blocks: true } },
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
