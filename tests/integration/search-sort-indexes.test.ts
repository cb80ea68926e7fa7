// The landing view and every explicit sort without words walk a btree index in the sort's own order, ids in byte
// order included (migration 20261206090000_sort_indexes_byte_order): no sort of the rows, not even of a run of rows
// tied on the other keys, which an import's blocks are (they share their creation time).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { SORT_ORDER, type SearchSort } from "@/lib/search/search-blocks";
import { andSql, searchConditions } from "@/lib/search/search-filters";

type PlanNode = { "Node Type": string; "Index Name"?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

const INDEX: Record<SearchSort, string> = {
  relevance: "blocks_reuse_order_idx", // without words: curated, most used, newest
  most_used: "blocks_most_used_order_idx",
  recently_used: "blocks_recently_used_order_idx",
  newest: "blocks_newest_order_idx",
};

describe("the sort indexes", () => {
  it.each(Object.keys(INDEX) as SearchSort[])("serve the %s order as the page statement writes it", async (sort) => {
    const w = searchConditions("", {});
    const where = andSql([...w.text, ...w.filters, w.category]);
    const plan = await db().$transaction(async (tx) => {
      // Only an index that gives the whole order can avoid a sort once sorting and scanning are ruled out.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_incremental_sort = off");
      const [row] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
        Prisma.sql`EXPLAIN (FORMAT JSON) SELECT b.id FROM blocks b WHERE ${where} ORDER BY ${SORT_ORDER[sort]} LIMIT 20`,
      );
      return nodes(row!["QUERY PLAN"][0].Plan);
    });
    expect(plan.map((n) => n["Index Name"]).filter(Boolean)).toEqual([INDEX[sort]]);
    expect(plan.filter((n) => /Sort/.test(n["Node Type"]))).toEqual([]);
  });
});
