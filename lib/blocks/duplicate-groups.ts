// Near-duplicate groups of the library. New blocks (from an import, typed by hand or split off another block)
// join the group of the similar blocks they are found with through the LSH band index; when blocks go away,
// groups are repaired so that each has at least two members and exactly one canonical block.
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
    SELECT b.id, b.text, b.dup_group_id AS "dupGroupId", b.lsh_bands AS bands
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
    await tx.$queryRaw<{ id: string; text: string; dupGroupId: string | null; bands: string[] }[]>(
      candidateQuery(bands),
    )
  ).filter((c) => !freshIds.has(c.id));
  // Old blocks first, so they stay canonical; then the new ones in document order. Stored bands are reused.
  const items = [
    ...candidates.map((c) => ({ id: c.id, text: c.text, bands: c.bands })),
    ...fresh.map((b) => ({ id: b.id, text: b.text, bands: b.bands })),
  ];
  const groups = groupNearDuplicates(items, DEFAULT_THRESHOLD).filter((g) => g.members.some((m) => freshIds.has(m)));
  if (!groups.length) return 0;
  const groupOf = new Map(candidates.map((c) => [c.id, c.dupGroupId]));
  const existing = groups.map((g) => g.members.map((m) => groupOf.get(m)).find((x) => x) ?? null);
  // Groups founded now, all in one statement, in canonical order. Another import may be founding the group of
  // the same canonical block at this moment: the unique key on canonical_block_id makes one wait for the other,
  // and the second takes the group the first made.
  const founding = [...new Set(groups.filter((_, i) => !existing[i]).map((g) => g.canonical))].sort();
  const founded = new Map<string, string>();
  if (founding.length) {
    await tx.$executeRaw`
      INSERT INTO duplicate_groups (id, canonical_block_id)
      SELECT gen_random_uuid()::text, c FROM unnest(${founding}::text[]) AS c ORDER BY c
      ON CONFLICT (canonical_block_id) DO NOTHING`;
    const rows = await tx.$queryRaw<{ id: string; canonical_block_id: string }[]>`
      SELECT id, canonical_block_id FROM duplicate_groups WHERE canonical_block_id = ANY(${founding}::text[])`;
    for (const r of rows) founded.set(r.canonical_block_id, r.id);
  }
  const groupIds = groups.map((g, i) => existing[i] ?? founded.get(g.canonical)!);
  const memberIds = groups.flatMap((g) => g.members);
  const memberGroups = groups.flatMap((g, i) => g.members.map(() => groupIds[i]!));
  await tx.$executeRaw`
    UPDATE blocks b SET dup_group_id = v.group_id
    FROM unnest(${memberIds}::text[], ${memberGroups}::text[]) AS v(id, group_id)
    WHERE b.id = v.id AND b.dup_group_id IS NULL`;
  // One canonical per group: the group's own, or the oldest member when the group has none yet.
  await tx.$executeRaw`
    UPDATE blocks b SET is_canonical = false
    FROM unnest(${groupIds}::text[], ${groups.map((g) => g.canonical)}::text[]) AS v(group_id, fallback)
    JOIN duplicate_groups g ON g.id = v.group_id
    WHERE b.dup_group_id = v.group_id AND b.is_canonical AND b.id <> COALESCE(g.canonical_block_id, v.fallback)`;
  return groups.reduce((n, g) => n + g.members.filter((m) => freshIds.has(m)).length, 0);
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
