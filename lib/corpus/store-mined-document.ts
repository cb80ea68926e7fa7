// Writes one mined document into the library in a single transaction (all or nothing): the source document,
// its speeches, its blocks and their sources. Exact repeats of existing blocks (same normalised text) become
// another source of that block; near-duplicates join the existing block's group.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import { groupNearDuplicates, lshBands, normHash, DEFAULT_THRESHOLD } from "../mining/near-duplicates";
import type { MinedDocument } from "../mining/types";
import { tsvectorLiteral } from "../search/ngram-index";

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

type NewBlock = { id: string; bands: string[]; text: string; data: Prisma.BlockCreateManyInput };

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

  // Existing blocks with the same normalised text, looked up in one query.
  const allHashes = mined.speeches.flatMap((s) => s.blocks.map((b) => normHash(b.text)));
  const existing = await tx.block.findMany({
    where: { normHash: { in: [...new Set(allHashes)] } },
    select: { id: true, normHash: true },
    orderBy: { createdAt: "asc" },
  });
  const blockByHash = new Map<string, string>();
  for (const b of existing) if (!blockByHash.has(b.normHash)) blockByHash.set(b.normHash, b.id);

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
      const bands = lshBands(block.text);
      blockByHash.set(hash, id);
      newBlocks.push({
        id,
        text: block.text,
        bands,
        data: {
          id,
          text: block.text,
          kind: block.kind === "heading" ? "HEADING" : "PARAGRAPH",
          level: block.level,
          headingPath: block.headingPath,
          categoryId: categoryId.get(block.category) ?? null,
          confidence: block.confidence,
          tags: block.tags,
          placeholders: block.placeholders as unknown as Prisma.InputJsonValue,
          charCount: block.charCount,
          origin: "MINED",
          sourceDocumentId: doc.id,
          sourceSpeechId: speechRow.id,
          position: block.position,
          normHash: hash,
          lshBands: bands,
          searchText: tsvectorLiteral(block.text),
          createdById: input.actorId,
        },
      });
      sources.push({ blockId: id, documentId: doc.id, speechId: speechRow.id, position: block.position });
    }
  }
  if (newBlocks.length) await tx.block.createMany({ data: newBlocks.map((b) => b.data) });
  if (sources.length) await tx.blockSource.createMany({ data: sources, skipDuplicates: true });
  summary.newBlocks = newBlocks.length;
  summary.nearDuplicates = await groupWithLibrary(tx, newBlocks);
  return summary;
}

/** Puts each new block into the near-duplicate group of similar blocks, old or new. Returns how many joined one. */
async function groupWithLibrary(tx: DbTx, fresh: NewBlock[]): Promise<number> {
  if (!fresh.length) return 0;
  const freshIds = new Set(fresh.map((b) => b.id));
  const bands = [...new Set(fresh.flatMap((b) => b.bands))];
  const candidates = await tx.block.findMany({
    where: { lshBands: { hasSome: bands }, id: { notIn: [...freshIds] }, hidden: false },
    select: { id: true, text: true, dupGroupId: true },
    orderBy: { createdAt: "asc" },
  });
  // Old blocks first, so they stay canonical; then the new ones in document order.
  const items = [
    ...candidates.map((c) => ({ id: c.id, text: c.text })),
    ...fresh.map((b) => ({ id: b.id, text: b.text })),
  ];
  const groups = groupNearDuplicates(items, DEFAULT_THRESHOLD).filter((g) => g.members.some((m) => freshIds.has(m)));
  const groupOf = new Map(candidates.map((c) => [c.id, c.dupGroupId]));
  let joined = 0;
  for (const g of groups) {
    let groupId = g.members.map((m) => groupOf.get(m)).find((x) => x) ?? null;
    if (!groupId) {
      groupId = (await tx.duplicateGroup.create({ data: { canonicalBlockId: g.canonical }, select: { id: true } })).id;
    }
    await tx.block.updateMany({ where: { id: { in: g.members }, dupGroupId: null }, data: { dupGroupId: groupId } });
    const canonical = (
      await tx.duplicateGroup.findUnique({ where: { id: groupId }, select: { canonicalBlockId: true } })
    )?.canonicalBlockId;
    await tx.block.updateMany({
      where: { dupGroupId: groupId, id: { not: canonical ?? g.canonical } },
      data: { isCanonical: false },
    });
    joined += g.members.filter((m) => freshIds.has(m)).length;
  }
  return joined;
}
