// Stores uploaded files as source documents (raw text, hash, encoding) inside one import batch.
// The miner turns them into speeches and blocks; a file already imported is recognised by its SHA-256.
import { createHash } from "node:crypto";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { decodeText } from "../mining/decode-text";

export type IncomingFile = { name: string; bytes: Uint8Array };
export type RawImportResult = {
  importId: string;
  documents: { file: string; id?: string; duplicateOf?: string; error?: string }[];
};

export async function importRawDocuments(files: IncomingFile[], actorId: string | null): Promise<RawImportResult> {
  const batch = await db().corpusImport.create({ data: { createdById: actorId } });
  const documents: RawImportResult["documents"] = [];
  for (const file of files) {
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    const existing = await db().sourceDocument.findUnique({ where: { sha256 }, select: { id: true } });
    if (existing) {
      documents.push({ file: file.name, duplicateOf: existing.id });
      continue;
    }
    try {
      const { text, encoding } = decodeText(file.bytes);
      const doc = await db().sourceDocument.create({
        data: {
          fileName: file.name,
          sha256,
          format: "txt",
          encoding,
          sizeBytes: file.bytes.length,
          rawText: text,
          importId: batch.id,
          importedById: actorId,
        },
        select: { id: true },
      });
      documents.push({ file: file.name, id: doc.id });
    } catch (err) {
      documents.push({ file: file.name, error: isAppError(err) ? err.message : "文件无法读取。" });
    }
  }
  await db().corpusImport.update({
    where: { id: batch.id },
    data: { status: "DONE", finishedAt: new Date(), summary: { documents: documents.length } },
  });
  return { importId: batch.id, documents };
}

export async function listSourceDocuments() {
  return db().sourceDocument.findMany({
    select: {
      id: true,
      fileName: true,
      encoding: true,
      sizeBytes: true,
      status: true,
      importedAt: true,
      importedBy: { select: { displayName: true } },
      _count: { select: { speeches: true, blocks: true } },
    },
    orderBy: { importedAt: "desc" },
  });
}
