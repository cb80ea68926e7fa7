// Shared by the searchBlocks tests: blocks tagged with a unique marker, and searches filtered by it.
import { searchBlocks, type SearchOptions } from "../../lib/search/search-blocks";
import { createTestBlock, unique } from "../../lib/testing/factories";

// Each test tags its blocks with a unique marker word and filters by it, so the shared database does not matter.
export async function blocks(texts: string[], extra: Parameters<typeof createTestBlock>[0] = {}) {
  const tag = unique("t");
  const created = [];
  for (const text of texts) created.push(await createTestBlock({ text, tags: [tag], ...extra }));
  return { tag, ids: created.map((b) => b.id) };
}

export const ids = (r: Awaited<ReturnType<typeof searchBlocks>>) => r.hits.map((h) => h.id);
export const found = async (
  tag: string,
  query: string,
  filters: SearchOptions["filters"] = {},
  sort?: SearchOptions["sort"],
) => ids(await searchBlocks({ query, filters: { tags: [tag], ...filters }, sort }));
export const same = async (tag: string, query: string, filters: SearchOptions["filters"] = {}) =>
  new Set(await found(tag, query, filters));
