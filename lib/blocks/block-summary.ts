// How a block is read back after a change: one select and one mapping to the JSON-friendly summary.
import type { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import { AppError } from "../errors";
import type { BlockSummary, PlaceholderSpan } from "./types";

export const BLOCK_NOT_FOUND = "素材不存在或已被删除。";
export const notFound = () => new AppError("not_found", BLOCK_NOT_FOUND);

export const blockSummarySelect = {
  id: true,
  text: true,
  kind: true,
  level: true,
  headingPath: true,
  tags: true,
  placeholders: true,
  charCount: true,
  curated: true,
  hidden: true,
  origin: true,
  version: true,
  useCount: true,
  lastUsedAt: true,
  confidence: true,
  mergedIntoId: true,
  createdAt: true,
  updatedAt: true,
  category: { select: { id: true, key: true, name: true } },
} satisfies Prisma.BlockSelect;

export type BlockSummaryRow = Prisma.BlockGetPayload<{ select: typeof blockSummarySelect }>;

export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export function toBlockSummary(row: BlockSummaryRow): BlockSummary {
  return {
    id: row.id,
    text: row.text,
    kind: row.kind,
    level: row.level,
    headingPath: row.headingPath,
    category: row.category,
    tags: row.tags,
    placeholders: Array.isArray(row.placeholders) ? (row.placeholders as unknown as PlaceholderSpan[]) : [],
    charCount: row.charCount,
    curated: row.curated,
    hidden: row.hidden,
    origin: row.origin,
    version: row.version,
    useCount: row.useCount,
    lastUsedAt: isoOrNull(row.lastUsedAt),
    confidence: row.confidence,
    mergedIntoId: row.mergedIntoId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function loadBlockSummary(tx: DbTx, id: string): Promise<BlockSummary> {
  const row = await tx.block.findUnique({ where: { id }, select: blockSummarySelect });
  if (!row) throw notFound();
  return toBlockSummary(row);
}

/** Locks the rows of these blocks until the transaction ends, always in the same order (no deadlocks). */
export async function lockBlocks(tx: DbTx, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length) await tx.$queryRaw`SELECT id FROM blocks WHERE id = ANY(${sorted}) ORDER BY id FOR UPDATE`;
}
