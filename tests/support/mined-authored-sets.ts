// The authored pages (scripts/authored-pages.ts), mined set by set, for the test files that score the miner on them.
import path from "node:path";
import { AUTHORED_PAGES, authoredSets, mineAuthoredPages, type PageResult } from "@/scripts/authored-pages";

/** Mining every page takes a while, more on a loaded machine. */
export const MINING_TIMEOUT = 120_000;
/** Scoring two hundred pages by the scorer's bigram matching takes seconds, more on a loaded machine. */
export const SCORING_TIMEOUT = 60_000;

/** Every set's pages, mined, by set in the sets' order (set1, set10, …, set14, set2, …). */
export async function mineAuthoredSets(): Promise<Map<string, PageResult[]>> {
  const sets = new Map<string, PageResult[]>();
  for (const set of authoredSets()) sets.set(set, await mineAuthoredPages(path.join(AUTHORED_PAGES, set)));
  return sets;
}
