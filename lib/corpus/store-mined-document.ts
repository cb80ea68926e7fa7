// Writes one mined document into the library in short transactions: first the source document and its speeches
// (the document stays RAW while its paragraphs are written), then the paragraphs in batches. Each batch commits
// with the count of paragraphs stored, so a failed import resumes after the last batch or is rolled back whole
// (lib/imports/process-import-file.ts). Exact repeats of existing blocks (same normalised text) become another
// source of that block; near-duplicates join the existing block's group.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import { AppError } from "../errors";
import type { MinedBlock, MinedDocument } from "../mining/types";
import { speechGenre } from "../mining/genre";
import { indexFields } from "../blocks/block-fields";
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

export type BatchCounts = Pick<
  StoredDocumentSummary,
  "blocks" | "newBlocks" | "exactRepeats" | "nearDuplicates" | "byCategory"
>;

/** One paragraph of the document with the order of the speech it belongs to (paragraphs are stored in this order). */
export type DocumentParagraph = { block: MinedBlock; speechOrder: number };

type NewBlock = FreshBlock & { data: Prisma.BlockCreateManyInput };

export function paragraphsOf(mined: MinedDocument): DocumentParagraph[] {
  return mined.speeches.flatMap((s) => s.blocks.map((block) => ({ block, speechOrder: s.order })));
}

/**
 * Fails when the batch was undone. Holding the batch row (FOR SHARE) until the caller's transaction ends makes an
 * undo wait for this write and then remove it too; a write after the undo is refused instead of landing in it.
 */
async function holdOpenBatch(tx: DbTx, importId: string): Promise<void> {
  const [batch] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text FROM corpus_imports WHERE id = ${importId} FOR SHARE`;
  if (!batch) throw new AppError("not_found", "找不到这次导入，请刷新页面后重新上传。");
  if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已撤销，请重新开始导入。");
}

export async function createDocumentShell(
  tx: DbTx,
  input: {
    mined: MinedDocument;
    fileName: string;
    sha256: string;
    sizeBytes: number;
    importId: string;
    actorId: string | null;
  },
): Promise<string | null> {
  const { mined } = input;
  await holdOpenBatch(tx, input.importId);
  // Raw SQL: Prisma took 4–8 s to send the raw and cleaned text of a 7 MB file (2.5 million characters each),
  // PostgreSQL itself well under one. A file whose bytes or text (content_hash) another upload stored first gives no
  // row (null).
  const [doc] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO source_documents (id, file_name, sha256, content_hash, format, encoding, size_bytes, raw_text,
                                  cleaned_text, removed, status, import_id, imported_by_id)
    VALUES (${randomUUID()}, ${input.fileName}, ${input.sha256}, ${mined.contentHash ?? null}, ${mined.format},
            ${mined.encoding}, ${input.sizeBytes}, ${mined.rawText}, ${mined.cleanedText},
            ${JSON.stringify(mined.removed)}::jsonb, 'RAW', ${input.importId}, ${input.actorId})
    ON CONFLICT DO NOTHING
    RETURNING id`;
  if (!doc) return null;
  await tx.corpusSpeech.createMany({
    data: mined.speeches.map((speech) => ({
      documentId: doc.id,
      order: speech.order,
      title: speech.title,
      speaker: speech.speaker,
      date: speech.date,
      salutation: speech.salutation,
      genre: speech.genre ?? speechGenre(speech),
      level: speech.blocks.flatMap((b) => b.tags).find((t) => ["县/区", "市", "省", "企业"].includes(t)) ?? null,
    })),
  });
  return doc.id;
}

export async function speechIdsByOrder(tx: DbTx, documentId: string): Promise<Map<number, string>> {
  const rows = await tx.corpusSpeech.findMany({ where: { documentId }, select: { id: true, order: true } });
  return new Map(rows.map((r) => [r.order, r.id]));
}

export async function categoryIdsByKey(tx: DbTx): Promise<Map<string, string>> {
  const categories = await tx.category.findMany({ select: { id: true, key: true, mergedIntoId: true } });
  return new Map(categories.map((c) => [c.key, c.mergedIntoId ?? c.id]));
}

export async function storeParagraphBatch(
  tx: DbTx,
  input: {
    documentId: string;
    importId: string;
    actorId: string | null;
    paragraphs: DocumentParagraph[];
    speechIds: Map<number, string>;
    categoryIds: Map<string, string>;
  },
): Promise<BatchCounts> {
  await holdOpenBatch(tx, input.importId);
  const counts: BatchCounts = { blocks: 0, newBlocks: 0, exactRepeats: 0, nearDuplicates: 0, byCategory: {} };

  // Existing blocks with the same normalised text, looked up in one query, each locked against deletion until
  // this transaction ends: an undo of the import they came from waits, then sees this document's source and
  // keeps them (a block an undo already removed is simply not found, and this document gets a new one).
  // A block merged away by curation is represented by its survivor: a repeat of it becomes the survivor's source.
  const allHashes = [...new Set(input.paragraphs.map((p) => p.block.normHash))];
  const existing = await tx.$queryRaw<{ id: string; norm_hash: string }[]>`
    SELECT id, norm_hash FROM blocks
    WHERE norm_hash = ANY(${allHashes}) AND merged_into_id IS NULL
    ORDER BY created_at, id
    FOR KEY SHARE`;
  const blockByHash = new Map<string, string>();
  for (const b of existing) if (!blockByHash.has(b.norm_hash)) blockByHash.set(b.norm_hash, b.id);

  const newBlocks: NewBlock[] = [];
  const sources: Prisma.BlockSourceCreateManyInput[] = [];
  for (const { block, speechOrder } of input.paragraphs) {
    const speechId = input.speechIds.get(speechOrder)!;
    counts.blocks++;
    counts.byCategory[block.category] = (counts.byCategory[block.category] ?? 0) + 1;
    const hash = block.normHash;
    const known = blockByHash.get(hash);
    if (known) {
      counts.exactRepeats++;
      sources.push({ blockId: known, documentId: input.documentId, speechId, position: block.position });
      continue;
    }
    const id = randomUUID();
    const derived = {
      charCount: block.charCount,
      placeholders: block.placeholders,
      normHash: block.normHash,
      ...indexFields(block.text),
    };
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
        categoryId: input.categoryIds.get(block.category) ?? null,
        confidence: block.confidence,
        tags: block.tags,
        ...derived,
        placeholders: derived.placeholders as unknown as Prisma.InputJsonValue,
        origin: "MINED",
        sourceDocumentId: input.documentId,
        sourceSpeechId: speechId,
        position: block.position,
        createdById: input.actorId,
      },
    });
    sources.push({ blockId: id, documentId: input.documentId, speechId, position: block.position });
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
    counts.exactRepeats += taken.length;
  }
  if (sources.length) await tx.blockSource.createMany({ data: sources, skipDuplicates: true });
  const fresh = newBlocks.filter((b) => inserted.has(b.id));
  counts.newBlocks = fresh.length;
  counts.nearDuplicates = await joinDuplicateGroups(tx, fresh);
  return counts;
}

/** The document's paragraphs are all stored: it leaves RAW and counts as mined. */
export async function finishDocument(tx: DbTx, documentId: string): Promise<void> {
  await tx.sourceDocument.update({ where: { id: documentId }, data: { status: "MINED" }, select: { id: true } });
}

export function addCounts(a: BatchCounts, b: BatchCounts): BatchCounts {
  const byCategory = { ...a.byCategory };
  for (const [k, v] of Object.entries(b.byCategory)) byCategory[k] = (byCategory[k] ?? 0) + v;
  return {
    blocks: a.blocks + b.blocks,
    newBlocks: a.newBlocks + b.newBlocks,
    exactRepeats: a.exactRepeats + b.exactRepeats,
    nearDuplicates: a.nearDuplicates + b.nearDuplicates,
    byCategory,
  };
}

/**
 * Inserts the new blocks in one statement, skipping any whose text a concurrent import has just stored
 * (blocks_live_norm_hash_key). Sorted by text hash, so two imports wait on each other's rows in the same order and
 * cannot deadlock. Raw SQL with the rows as one JSON parameter: Prisma's createMany spent more time preparing
 * the parameters of a batch than PostgreSQL spent inserting it.
 */
async function insertNewBlocks(tx: DbTx, blocks: NewBlock[]): Promise<Set<string>> {
  if (!blocks.length) return new Set();
  const rows = blocks.map(({ data: d }) => ({
    id: d.id,
    text: d.text,
    kind: d.kind,
    level: d.level ?? null,
    heading_path: d.headingPath,
    category_id: d.categoryId ?? null,
    confidence: d.confidence,
    tags: d.tags,
    placeholders: d.placeholders,
    char_count: d.charCount,
    source_document_id: d.sourceDocumentId,
    source_speech_id: d.sourceSpeechId,
    position: d.position,
    norm_hash: d.normHash,
    lsh_bands: d.lshBands,
    search_text: d.searchText,
    created_by_id: d.createdById ?? null,
  }));
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO blocks (id, text, kind, level, heading_path, category_id, confidence, tags, placeholders, char_count,
                        origin, source_document_id, source_speech_id, position, norm_hash, lsh_bands, search_text,
                        created_by_id, updated_at)
    SELECT r.id, r.text, r.kind::"BlockKind", r.level, r.heading_path, r.category_id, r.confidence, r.tags,
           r.placeholders, r.char_count, 'MINED'::"BlockOrigin", r.source_document_id, r.source_speech_id, r.position,
           r.norm_hash, r.lsh_bands, r.search_text, r.created_by_id, now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
      id text, text text, kind text, level int, heading_path text[], category_id text, confidence float8,
      tags text[], placeholders jsonb, char_count int, source_document_id text, source_speech_id text,
      position int, norm_hash text, lsh_bands text[], search_text text, created_by_id text)
    ORDER BY r.norm_hash
    ON CONFLICT DO NOTHING
    RETURNING id`;
  return new Set(inserted.map((r) => r.id));
}
