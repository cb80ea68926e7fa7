// What a save changes in a speech's BlockUsage rows, computed without the database: the blocks its text uses
// now (after following merges) against the rows it has. Pure, so that it is unit-tested on its own.
import { usedBlockIds } from "../speech-doc/doc-text";
import type { SpeechDoc } from "../speech-doc/types";

export type UsageRow = { blockId: string; speaker: string | null; meetingId: string | null };
export type UsagePlan = {
  /** Blocks the text uses that have no row yet. */
  add: string[];
  /** Rows for blocks the text no longer uses. */
  remove: string[];
  /** Whether kept rows carry another speaker or meeting than the speech now has. */
  retag: boolean;
};

/** The surviving block ids the text uses, each once, in order of first use; unknown ids dropped. */
export function wantedBlocks(doc: SpeechDoc, survivors: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const id of usedBlockIds(doc)) {
    const survivor = survivors.get(id);
    if (survivor) out.add(survivor);
  }
  return [...out];
}

export function planUsageChanges(
  existing: readonly UsageRow[],
  wanted: Iterable<string>,
  speech: { speaker: string | null; meetingId: string | null },
): UsagePlan {
  const want = new Set(wanted);
  const have = new Set(existing.map((u) => u.blockId));
  return {
    add: [...want].filter((id) => !have.has(id)),
    remove: [...have].filter((id) => !want.has(id)),
    retag: existing.some(
      (u) => want.has(u.blockId) && (u.speaker !== speech.speaker || u.meetingId !== speech.meetingId),
    ),
  };
}
