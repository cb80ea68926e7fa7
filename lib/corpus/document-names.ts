// The on-screen names of source documents (see document-display-name.ts), read in one query: each document's file
// name and the title of its first speech that has one.
import { db, type DbTx } from "../db/client";
import { documentDisplayName, type DocumentName } from "./document-display-name";

/** Prisma select for a document's first titled speech, for queries that read documents anyway. */
export const firstTitledSpeech = {
  where: { title: { not: null } },
  orderBy: { order: "asc" },
  take: 1,
  select: { title: true },
} as const;

/** Document id → its on-screen name; ids naming no document are absent. */
export async function documentNames(ids: readonly string[], tx: DbTx = db()): Promise<Map<string, DocumentName>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const docs = await tx.sourceDocument.findMany({
    where: { id: { in: unique } },
    select: { id: true, fileName: true, speeches: firstTitledSpeech },
  });
  return new Map(
    docs.map((d) => [
      d.id,
      documentDisplayName(
        d.fileName,
        d.speeches.map((s) => s.title),
      ),
    ]),
  );
}
