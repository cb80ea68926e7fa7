// Near-duplicate groups of the library. New blocks (from an import, typed by hand or split off another block)
// join the group of the similar blocks they are found with through the LSH band index; when blocks go away,
// groups are repaired so that each has at least two members and exactly one canonical block.
import { randomUUID } from "node:crypto";
import { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import { DEFAULT_THRESHOLD, groupNearDuplicates } from "../mining/near-duplicates";

export type FreshBlock = { id: string; text: string; bands: string[] };

/**
 * Blocks sharing an LSH band with the new ones, oldest first. One GIN lookup per band: `lsh_bands && $bands` with
 * the thousands of bands a file brings is estimated to match everything and checked row by row against the whole
 * array (a scan of the library that took 25 s for 300 new blocks at 5,800), while each single band finds its few
 * blocks in the index.
 */
export function candidateQuery(bands: string[]): Prisma.Sql {
  // MATERIALIZED: the bands are looked up first; inlined, the planner may instead walk every block and probe
  // the band list for each, which is the scan this avoids.
  return Prisma.sql`
    WITH hits AS MATERIALIZED (
      SELECT DISTINCT hit.id FROM unnest(${bands}::text[]) AS band
      CROSS JOIN LATERAL (SELECT id FROM blocks WHERE lsh_bands @> ARRAY[band]) hit)
    SELECT b.id, b.text, b.dup_group_id AS "dupGroupId"
    FROM hits JOIN blocks b ON b.id = hits.id
    WHERE NOT b.hidden AND b.merged_into_id IS NULL
    ORDER BY b.created_at, b.id`;
}

/** Puts each new block into the near-duplicate group of similar blocks, old or new. Returns how many joined one. */
export async function joinDuplicateGroups(tx: DbTx, fresh: FreshBlock[]): Promise<number> {
  if (!fresh.length) return 0;
  const freshIds = new Set(fresh.map((b) => b.id));
  const bands = [...new Set(fresh.flatMap((b) => b.bands))];
  // The new blocks themselves are in the index already (same transaction): they are compared as `fresh` below.
  const candidates = (
    await tx.$queryRaw<{ id: string; text: string; dupGroupId: string | null }[]>(candidateQuery(bands))
  ).filter((c) => !freshIds.has(c.id));
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
    // Another import may be founding the group of the same canonical block at this moment: the unique key on
    // canonical_block_id makes one wait for the other, and the second takes the group the first made.
    groupId ??= await groupOfCanonical(tx, g.canonical);
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

async function groupOfCanonical(tx: DbTx, canonicalBlockId: string): Promise<string> {
  await tx.$executeRaw`
    INSERT INTO duplicate_groups (id, canonical_block_id) VALUES (${randomUUID()}, ${canonicalBlockId})
    ON CONFLICT (canonical_block_id) DO NOTHING`;
  const row = await tx.duplicateGroup.findUniqueOrThrow({ where: { canonicalBlockId }, select: { id: true } });
  return row.id;
}

/**
 * After blocks disappear: groups of fewer than two drop away, and a group without canonical gets its oldest.
 * With `groupIds`, only those groups are looked at (a curation step knows which it touched).
 */
export async function repairDuplicateGroups(tx: DbTx, groupIds?: string[]): Promise<void> {
  if (groupIds && !groupIds.length) return;
  const all = groupIds === undefined;
  const ids = groupIds ?? [];
  await tx.$executeRaw`
    WITH small AS (
      SELECT g.id FROM duplicate_groups g
      WHERE (${all} OR g.id = ANY(${ids}))
        AND (SELECT count(*) FROM blocks b WHERE b.dup_group_id = g.id) < 2)
    UPDATE blocks SET dup_group_id = NULL, is_canonical = true WHERE dup_group_id IN (SELECT id FROM small)`;
  await tx.$executeRaw`
    DELETE FROM duplicate_groups g
    WHERE (${all} OR g.id = ANY(${ids})) AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.dup_group_id = g.id)`;
  await tx.$executeRaw`
    UPDATE duplicate_groups g SET canonical_block_id = (
      SELECT b.id FROM blocks b WHERE b.dup_group_id = g.id ORDER BY b.created_at, b.id LIMIT 1)
    WHERE (${all} OR g.id = ANY(${ids})) AND g.canonical_block_id IS NULL`;
  await tx.$executeRaw`
    UPDATE blocks b SET is_canonical = (g.canonical_block_id = b.id)
    FROM duplicate_groups g WHERE b.dup_group_id = g.id AND (${all} OR g.id = ANY(${ids}))`;
}

/**
 * A block whose text a curator changed (edit, split, revert) leaves its near-duplicate group and joins the one
 * its new text belongs to, if any; the group it left is repaired (new canonical, or dissolved below two).
 */
export async function regroupBlock(tx: DbTx, id: string): Promise<void> {
  const block = await tx.block.findUniqueOrThrow({
    where: { id },
    select: { text: true, lshBands: true, dupGroupId: true, hidden: true, mergedIntoId: true },
  });
  if (block.dupGroupId) {
    await tx.block.update({ where: { id }, data: { dupGroupId: null, isCanonical: true } });
    await tx.duplicateGroup.updateMany({
      where: { id: block.dupGroupId, canonicalBlockId: id },
      data: { canonicalBlockId: null },
    });
    await repairDuplicateGroups(tx, [block.dupGroupId]);
  }
  if (!block.hidden && !block.mergedIntoId) {
    await joinDuplicateGroups(tx, [{ id, text: block.text, bands: block.lshBands }]);
  }
}
