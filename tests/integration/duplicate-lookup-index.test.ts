// Issue 10, item 12 (part): the near-duplicate candidate lookup of an import uses the LSH band index, one lookup
// per band, instead of checking every block of the library against all of a file's bands (a scan that grew with
// the library: 5.7 s for 300 new blocks at 5,464 blocks), and the index takes inserts straight in (no pending
// list that every lookup would scan).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { candidateQuery } from "@/lib/blocks/duplicate-groups";
import { derivedBlockFields } from "@/lib/blocks/block-fields";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

const WORDS =
  "安全生产责任隐患排查整治重点行业领域城镇燃气建筑施工危险化学品消防道路交通应急管理执法检查宣传培训".split("");
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const text = () => Array.from({ length: 80 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join("") + "。";

type PlanNode = { "Node Type": string; "Index Name"?: string; Filter?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

describe("near-duplicate candidates of an import", () => {
  it("are found through the LSH band index, one lookup per band", { timeout: 60_000 }, async () => {
    const rows = Array.from({ length: 2000 }, () => {
      const t = text();
      // Whole blocks, as an import stores them (search text too): later files search the same library.
      const { placeholders, ...fields } = derivedBlockFields(t);
      return { id: randomUUID(), text: t, ...fields, placeholders: placeholders as Prisma.InputJsonValue };
    });
    for (let i = 0; i < rows.length; i += 500) await db().block.createMany({ data: rows.slice(i, i + 500) });
    await db().$executeRawUnsafe("ANALYZE blocks");

    const fresh = Array.from({ length: 300 }, () => derivedBlockFields(text()).lshBands);
    const bands = [...new Set(fresh.flat())];
    const query = candidateQuery(bands);
    const [row] = await db().$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${query}`,
    );
    const plan = nodes(row!["QUERY PLAN"][0].Plan);
    expect(plan.some((n) => n["Node Type"] === "Bitmap Index Scan" && n["Index Name"] === "blocks_lsh_bands_idx")).toBe(
      true,
    );
    // No block is checked against the whole list of bands.
    expect(plan.filter((n) => n.Filter?.includes("&&"))).toEqual([]);
  });

  it("come from an index that takes inserts straight in", async () => {
    const [row] = await db().$queryRaw<{ options: string[] | null }[]>`
      SELECT reloptions AS options FROM pg_class WHERE relname = 'blocks_lsh_bands_idx'`;
    expect(row!.options).toContain("fastupdate=off");
  });
});
