import { db } from "../db/client";

export async function listSourceDocuments() {
  return db().sourceDocument.findMany({
    select: {
      id: true,
      fileName: true,
      encoding: true,
      sizeBytes: true,
      status: true,
      importedAt: true,
      importId: true,
      importedBy: { select: { displayName: true } },
      _count: { select: { speeches: true, blocks: true } },
    },
    orderBy: { importedAt: "desc" },
  });
}
