// A file whose content the library already holds: the same bytes (checked on upload, queue-import-file.ts), or the
// same speech in another encoding or format, known once mined by its content hash (lib/mining/content-hash.ts).
// Either way it is reported as a duplicate of the stored document and not stored twice; the unique indexes on
// source_documents (sha256, content_hash) settle two uploads of the same content racing each other.
import { db } from "../db/client";
import type { FileResult } from "../corpus/import-files";

export type StoredDocumentRef = { id: string; fileName: string; sameBytes: boolean };

/** The stored document with these bytes or this content, preferring the same bytes. */
export async function storedWithSameContent(
  sha256: string,
  contentHash: string | undefined,
): Promise<StoredDocumentRef | null> {
  const docs = await db().sourceDocument.findMany({
    where: { OR: [{ sha256 }, ...(contentHash ? [{ contentHash }] : [])] },
    select: { id: true, fileName: true, sha256: true },
  });
  const doc = docs.find((d) => d.sha256 === sha256) ?? docs[0];
  return doc ? { id: doc.id, fileName: doc.fileName, sameBytes: doc.sha256 === sha256 } : null;
}

/** What the report says of the file (the note in Chinese when only the content is the same). */
export function duplicateResult(file: { id: string; fileName: string }, doc: StoredDocumentRef): FileResult {
  return {
    file: file.fileName,
    fileId: file.id,
    status: "duplicate",
    duplicateOf: { id: doc.id, fileName: doc.fileName },
    ...(doc.sameBytes ? {} : { sameContent: true, note: sameContentNote(doc.fileName) }),
  };
}

export const sameContentNote = (fileName: string) => `与已导入的《${fileName}》内容相同（不同编码或格式）`;
