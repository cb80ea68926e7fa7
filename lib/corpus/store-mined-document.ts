// Writes one mined document into the library in a single transaction (all or nothing): the source document,
// its speeches, its blocks and their sources. Exact repeats of existing blocks (same normalised text) become
// another source of that block; near-duplicates join the existing block's group.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import { AppError } from "../errors";
import { normHash } from "../mining/near-duplicates";
import type { MinedDocument } from "../mining/types";
import { derivedBlockFields } from "../blocks/block-fields";
import { joinDuplicateGroups, type FreshBlock } from "../blocks/duplicate-groups";

export type StoredDocumentSummary = {
  documentId: string;
  speeches: number;
  blocks: number;
  newBlocks: number;
  exactRepeats: number;
  nearDuplicates: number;
  removed: number;
  byCategory: Record<string, number>;
};

type NewBlock = FreshBlock & { data: Prisma.BlockCreateManyInput };

export async function storeMinedDocument(
  tx: DbTx,
  input: {
    mined: MinedDocument;
    fileName: string;
    sha256: string;
    sizeBytes: number;
    rawText: string;
    importId: string;
    actorId: string | null;
  },
): Promise<StoredDocumentSummary> {
  const { mined } = input;
  // The batch stays as it is until this file is stored: an undo of it waits for this transaction and then removes
  // this document too, and a file arriving after the undo is refused instead of landing in an undone batch.
  const [batch] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text FROM corpus_imports WHERE id = ${input.importId} FOR SHARE`;
  if (!batch) throw new AppError("not_found", "找不到这次导入，请刷新页面后重新上传。");
  if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已撤销，请重新开始导入。");
  const categories = await tx.category.findMany({ select: { id: true, key: true, mergedIntoId: true } });
  const categoryId = new Map(categories.map((c) => [c.key, c.mergedIntoId ?? c.id]));

  const doc = await tx.sourceDocument.create({
    data: {
      fileName: input.fileName,
      sha256: input.sha256,
      format: mined.format,
      encoding: mined.encoding,
      sizeBytes: input.sizeBytes,
      rawText: input.rawText,
      cleanedText: mined.cleanedText,
      removed: mined.removed as unknown as Prisma.InputJsonValue,
      status: "MINED",
      importId: input.importId,
      importedById: input.actorId,
    },
    select: { id: true },
  });

  const summary: StoredDocumentSummary = {
    documentId: doc.id,
    speeches: mined.speeches.length,
    blocks: 0,
    newBlocks: 0,
    exactRepeats: 0,
    nearDuplicates: 0,
    removed: mined.removed.length,
    byCategory: {},
  };

  // Existing blocks with the same normalised text, looked up in one query, each locked against deletion until
  // this transaction ends: an undo of the import they came from waits, then sees this document's source and
  // keeps them (a block an undo already removed is simply not found, and this document gets a new one).
  // A block merged away by curation is represented by its survivor: a repeat of it becomes the survivor's source.
  const allHashes = [...new Set(mined.speeches.flatMap((s) => s.blocks.map((b) => normHash(b.text))))];
  const existing = await tx.$queryRaw<{ id: string; norm_hash: string }[]>`
    SELECT id, norm_hash FROM blocks
    WHERE norm_hash = ANY(${allHashes}) AND merged_into_id IS NULL
    ORDER BY created_at, id
    FOR KEY SHARE`;
  const blockByHash = new Map<string, string>();
  for (const b of existing) if (!blockByHash.has(b.norm_hash)) blockByHash.set(b.norm_hash, b.id);

  const newBlocks: NewBlock[] = [];
  const sources: Prisma.BlockSourceCreateManyInput[] = [];
  for (const speech of mined.speeches) {
    const speechRow = await tx.corpusSpeech.create({
      data: {
        documentId: doc.id,
        order: speech.order,
        title: speech.title,
        speaker: speech.speaker,
        date: speech.date,
        salutation: speech.salutation,
        level: speech.blocks.flatMap((b) => b.tags).find((t) => ["县/区", "市", "省", "企业"].includes(t)) ?? null,
      },
      select: { id: true },
    });
    for (const block of speech.blocks) {
      summary.blocks++;
      summary.byCategory[block.category] = (summary.byCategory[block.category] ?? 0) + 1;
      const hash = normHash(block.text);
      const known = blockByHash.get(hash);
      if (known) {
        summary.exactRepeats++;
        sources.push({ blockId: known, documentId: doc.id, speechId: speechRow.id, position: block.position });
        continue;
      }
      const id = randomUUID();
      const derived = derivedBlockFields(block.text);
      blockByHash.set(hash, id);
      newBlocks.push({
        id,
        text: block.text,
        bands: derived.lshBands,
        data: {
          id,
          text: block.text,
          kind: block.kind === "heading" ? "HEADING" : "PARAGRAPH",
          level: block.level,
          headingPath: block.headingPath,
          categoryId: categoryId.get(block.category) ?? null,
          confidence: block.confidence,
          tags: block.tags,
          ...derived,
          placeholders: derived.placeholders as unknown as Prisma.InputJsonValue,
          origin: "MINED",
          sourceDocumentId: doc.id,
          sourceSpeechId: speechRow.id,
          position: block.position,
          createdById: input.actorId,
        },
      });
      sources.push({ blockId: id, documentId: doc.id, speechId: speechRow.id, position: block.position });
    }
  }
  const inserted = await insertNewBlocks(tx, newBlocks);
  // A text another import stored meanwhile (the unique index made this insert wait for it, then skip): that
  // block gets this document's sources, as an exact repeat found by the lookup would.
  const taken = newBlocks.filter((b) => !inserted.has(b.id));
  if (taken.length) {
    const owners = await tx.block.findMany({
      where: { normHash: { in: taken.map((b) => b.data.normHash!) }, mergedIntoId: null },
      select: { id: true, normHash: true },
    });
    const ownerByHash = new Map(owners.map((o) => [o.normHash, o.id]));
    const redirect = new Map(taken.map((b) => [b.id, ownerByHash.get(b.data.normHash!)!]));
    for (const src of sources) src.blockId = redirect.get(src.blockId) ?? src.blockId;
    summary.exactRepeats += taken.length;
  }
  if (sources.length) await tx.blockSource.createMany({ data: sources, skipDuplicates: true });
  const fresh = newBlocks.filter((b) => inserted.has(b.id));
  summary.newBlocks = fresh.length;
  summary.nearDuplicates = await joinDuplicateGroups(tx, fresh);
  return summary;
}

/**
 * Inserts the new blocks, skipping any whose text a concurrent import has just stored (blocks_live_norm_hash_key).
 * Sorted by text hash, so two imports wait on each other's rows in the same order and cannot deadlock.
 */
async function insertNewBlocks(tx: DbTx, blocks: NewBlock[]): Promise<Set<string>> {
  if (!blocks.length) return new Set();
  const sorted = [...blocks].sort((a, b) =>
    a.data.normHash! < b.data.normHash! ? -1 : a.data.normHash! > b.data.normHash! ? 1 : 0,
  );
  const rows = await tx.block.createManyAndReturn({
    data: sorted.map((b) => b.data),
    skipDuplicates: true,
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}
