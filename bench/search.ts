// Search benchmark: 100,000 generated blocks in a fresh database; 200 varied queries through searchBlocks (the
// function the route calls) and searchFacets, against a plain ILIKE scan over the same table.
import { performance } from "node:perf_hooks";
import { generateQueries, type BenchQuery } from "./search-corpus";
import { loadGeneratedLibrary } from "./search-library";

const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 100_000);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const round = (x: number) => Math.round(x * 100) / 100;

export async function searchBenchmark() {
  const { createTestDatabase } = await import("../tests/support/test-database");
  const database = await createTestDatabase("benchsearch");
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../lib/db/client");
  const { searchBlocks, searchWhere } = await import("../lib/search/search-blocks");
  const { searchFacets } = await import("../lib/search/search-facets");
  const { disconnectSearchDb } = await import("../lib/search/search-db");
  try {
    const { blocks, categories } = await loadGeneratedLibrary(BLOCKS);
    const queries = generateQueries(200);
    const filtersFor = (q: BenchQuery, i: number) =>
      q.filtered
        ? i % 4 === 1
          ? { categoryIds: [categories[i % categories.length]!.id] }
          : { kind: "PARAGRAPH" as const }
        : {};

    // Warm the cache with one pass, then measure.
    for (const [i, q] of queries.entries()) await searchBlocks({ query: q.q, filters: filtersFor(q, i) });
    const ours: number[] = [];
    const facets: number[] = [];
    for (const [i, q] of queries.entries()) {
      let t = performance.now();
      await searchBlocks({ query: q.q, filters: filtersFor(q, i) });
      ours.push(performance.now() - t);
      t = performance.now();
      await searchFacets(q.q, filtersFor(q, i));
      facets.push(performance.now() - t);
    }
    // Per query type, on stderr: where the time goes.
    const types = new Map<string, number[]>();
    for (const [i, q] of queries.entries()) {
      const key = `${q.kind}${q.filtered ? "+filter" : ""}`;
      types.set(key, [...(types.get(key) ?? []), i]);
    }
    for (const [kind, indexes] of types) {
      const s = indexes.map((i) => ours[i]!);
      const f = indexes.map((i) => facets[i]!);
      process.stderr.write(
        `[bench] ${kind.padEnd(18)} search p50 ${round(pct(s, 50))} max ${round(Math.max(...s))} ms; ` +
          `facets p50 ${round(pct(f, 50))} max ${round(Math.max(...f))} ms\n`,
      );
    }

    // The same queries as a plain scan: every word as ILIKE '%word%', newest first.
    const scan: number[] = [];
    let found = 0;
    let expected = 0;
    const { Prisma } = await import("../lib/db/generated/client");
    for (const [i, q] of queries.entries()) {
      const words = q.q.replace(/["“”]/g, "").split(/\s+/).filter(Boolean);
      const cond = Prisma.join(
        words.map((w) => Prisma.sql`text ILIKE ${"%" + w + "%"}`),
        " AND ",
      );
      const f = filtersFor(q, i);
      const extra =
        "categoryIds" in f
          ? Prisma.sql`AND category_id = ${f.categoryIds![0]}`
          : "kind" in f
            ? Prisma.sql`AND kind = 'PARAGRAPH'`
            : Prisma.empty;
      const t = performance.now();
      await db()
        .$queryRaw`SELECT id, text FROM blocks WHERE ${cond} ${extra} AND hidden = false AND merged_into_id IS NULL
                   ORDER BY created_at DESC LIMIT 20`;
      scan.push(performance.now() - t);
      if (q.words <= 2 && !q.q.includes('"')) {
        const scanIds = await db().$queryRaw<
          { id: string }[]
        >`SELECT id FROM blocks WHERE ${cond} ${extra} AND hidden = false AND merged_into_id IS NULL`;
        const { sql } = searchWhere(q.q, f);
        const ourIds = new Set(
          (await db().$queryRaw<{ id: string }[]>`SELECT b.id FROM blocks b WHERE ${sql}`).map((r) => r.id),
        );
        expected += scanIds.length;
        found += scanIds.filter((r) => ourIds.has(r.id)).length;
      }
    }
    return {
      blocks: blocks.length,
      queries: queries.length,
      p50_ms: round(pct(ours, 50)),
      p95_ms: round(pct(ours, 95)),
      scan_p50_ms: round(pct(scan, 50)),
      speedup_p50: round(pct(scan, 50) / pct(ours, 50)),
      recall_vs_scan: expected ? Math.round((found / expected) * 10000) / 10000 : 1,
      facets_p95_ms: round(pct(facets, 95)),
    };
  } finally {
    await disconnectSearchDb();
    await db().$disconnect();
    await database.drop();
  }
}
