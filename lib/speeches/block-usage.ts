// Which library blocks a speech uses (BlockUsage), kept in step with its text on every save, and the blocks'
// denormalised reuse signals (useCount = number of usages, lastUsedAt = the latest usedAt) kept exact.
//
// Concurrency: the caller holds the speech's row lock (the version-checked UPDATE, or SELECT … FOR UPDATE), so
// one speech's usages change in one transaction at a time. Blocks whose usages change are locked in id order
// (lockBlocks, as merging does) before their usages are written, and their counts are then recomputed by a later
// statement, whose snapshot includes every transaction that held those locks before: concurrent saves of
// different speeches that share a block queue on the block, never deadlock, and never miscount. A save that
// changes no usage takes no block lock at all.
import type { DbTx } from "../db/client";
import { usedBlockIds } from "../speech-doc/doc-text";
import type { SpeechDoc } from "../speech-doc/types";
import { planUsageChanges, wantedBlocks } from "./usage-plan";

/** How many merges a chain may have (A merged into B merged into C …); more is treated as a dead end. */
const MAX_MERGE_HOPS = 10;

/**
 * The surviving block of each given id: itself, or the block it was merged into (followed through chains).
 * Ids of blocks that do not exist are left out.
 */
export async function survivingBlocks(tx: DbTx, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let pending = new Map<string, string[]>(); // current id → the given ids that lead to it
  for (const id of new Set(ids)) pending.set(id, [id]);
  for (let hop = 0; hop <= MAX_MERGE_HOPS && pending.size; hop++) {
    const rows = await tx.block.findMany({
      where: { id: { in: [...pending.keys()] } },
      select: { id: true, mergedIntoId: true },
    });
    const next = new Map<string, string[]>();
    for (const r of rows) {
      const origins = pending.get(r.id)!;
      if (!r.mergedIntoId) for (const o of origins) out.set(o, r.id);
      else next.set(r.mergedIntoId, [...(next.get(r.mergedIntoId) ?? []), ...origins]);
    }
    pending = next;
  }
  return out;
}

/** Locks these blocks in id order; returns the ids that exist and are not merged away. */
async function lockLiveBlocks(tx: DbTx, ids: Iterable<string>): Promise<Set<string>> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return new Set();
  const rows = await tx.$queryRaw<{ id: string; merged: boolean }[]>`
    SELECT id, merged_into_id IS NOT NULL AS merged FROM blocks WHERE id = ANY(${sorted}) ORDER BY id FOR UPDATE`;
  return new Set(rows.filter((r) => !r.merged).map((r) => r.id));
}

/** useCount and lastUsedAt of these blocks from their usages (the caller holds their locks). */
export async function recomputeBlockUse(tx: DbTx, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (!list.length) return;
  await tx.$executeRaw`
    UPDATE blocks b SET use_count = c.n, last_used_at = c.last
    FROM (SELECT x.id, count(u.id)::int AS n, max(u.used_at) AS last
          FROM unnest(${list}::text[]) AS x(id) LEFT JOIN block_usages u ON u.block_id = x.id
          GROUP BY x.id) c
    WHERE b.id = c.id AND (b.use_count <> c.n OR b.last_used_at IS DISTINCT FROM c.last)`;
}

export type UsageSpeech = { id: string; speaker: string | null; meetingId: string | null };
export type UsageChange = { added: string[]; removed: string[] };

/**
 * Makes the speech's BlockUsage rows the blocks its text uses (merged ids count for their survivor; unknown ids
 * are ignored): inserts the missing ones (usedAt now, speaker and meeting copied from the speech), deletes those no
 * longer used, brings speaker and meeting of the kept ones up to date, and recomputes the changed blocks' counts.
 */
export async function syncSpeechUsages(
  tx: DbTx,
  speech: UsageSpeech,
  doc: SpeechDoc,
  userId: string | null,
): Promise<UsageChange> {
  const wanted = wantedBlocks(doc, await survivingBlocks(tx, usedBlockIds(doc)));
  const existing = await tx.blockUsage.findMany({
    where: { speechId: speech.id },
    select: { blockId: true, speaker: true, meetingId: true },
  });
  const { add: toAdd, remove: toRemove, retag } = planUsageChanges(existing, wanted, speech);
  if (retag) await updateUsageContext(tx, speech);
  if (!toAdd.length && !toRemove.length) return { added: [], removed: [] };

  const live = await lockLiveBlocks(tx, [...toAdd, ...toRemove]);
  const added = toAdd.filter((id) => live.has(id));
  if (added.length) {
    const usedAt = new Date();
    await tx.blockUsage.createMany({
      data: added.map((blockId) => ({
        usedAt,
        blockId,
        speechId: speech.id,
        meetingId: speech.meetingId,
        speaker: speech.speaker,
        createdById: userId,
      })),
      skipDuplicates: true,
    });
  }
  if (toRemove.length) await tx.blockUsage.deleteMany({ where: { speechId: speech.id, blockId: { in: toRemove } } });
  await recomputeBlockUse(tx, [...added, ...toRemove]);
  return { added, removed: toRemove };
}

/** The speech's usages carry its current speaker and meeting (the reuse warnings and reports read them). */
export async function updateUsageContext(tx: DbTx, speech: UsageSpeech): Promise<number> {
  return tx.$executeRaw`
    UPDATE block_usages SET speaker = ${speech.speaker}, meeting_id = ${speech.meetingId}
    WHERE speech_id = ${speech.id}
      AND (speaker IS DISTINCT FROM ${speech.speaker} OR meeting_id IS DISTINCT FROM ${speech.meetingId})`;
}

/** Removes all of a speech's usages (before it is deleted), keeping the blocks' counts exact. */
export async function dropSpeechUsages(tx: DbTx, speechId: string): Promise<string[]> {
  const rows = await tx.blockUsage.findMany({ where: { speechId }, select: { blockId: true } });
  const ids = rows.map((r) => r.blockId);
  if (!ids.length) return [];
  await lockLiveBlocks(tx, ids);
  await tx.blockUsage.deleteMany({ where: { speechId } });
  await recomputeBlockUse(tx, ids);
  return ids;
}
