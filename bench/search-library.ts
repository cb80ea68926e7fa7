// A library of generated blocks (search-corpus.ts) bulk-loaded into the database DATABASE_URL names, for the
// benchmarks that need 100,000 blocks: the search benchmark and the import benchmark.
import type { GeneratedBlock } from "./search-corpus";

const YEAR_MS = 365 * 24 * 3600 * 1000;
const USED_UNTIL = Date.UTC(2026, 10, 1);

export type GeneratedLibrary = { blocks: GeneratedBlock[]; categories: { id: string }[] };

/**
 * Seeds the categories and inserts `count` generated blocks, without the GIN indexes, which are then built once
 * (as a restore would), and analyses the table. The blocks have no exact-repeat or near-duplicate keys (norm_hash,
 * lsh_bands), as the search benchmark has always loaded them: recombined from the same few thousand sentences,
 * they would give each batch of 200 paragraphs of the 7 MB import file about 9,500 near-duplicate candidates, so
 * that an import would mostly measure how repetitive the generator is.
 */
export async function loadGeneratedLibrary(count: number): Promise<GeneratedLibrary> {
  const { db } = await import("../lib/db/client");
  const { seedCategoriesIfEmpty } = await import("../lib/categories/seed-categories");
  const { tsvectorLiteral } = await import("../lib/search/ngram-index");
  const { generateBlocks } = await import("./search-corpus");
  await seedCategoriesIfEmpty();
  const categories = await db().category.findMany({ select: { id: true } });
  const blocks = generateBlocks(count);
  process.stderr.write(`[bench] inserting ${blocks.length} blocks…\n`);
  // Bulk load without the GIN indexes, then build them once (as a restore would).
  const gin = await db().$queryRaw<{ indexname: string; indexdef: string }[]>`
    SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'blocks' AND indexdef LIKE '%USING gin%'`;
  for (const i of gin) await db().$executeRawUnsafe(`DROP INDEX "${i.indexname}"`);
  for (let i = 0; i < blocks.length; i += 2000) {
    await db().block.createMany({
      data: blocks.slice(i, i + 2000).map((b, j) => ({
        text: b.text,
        kind: b.kind,
        level: b.kind === "HEADING" ? 1 : null,
        tags: b.tags,
        placeholders: b.hasPlaceholders ? [{ text: "×", start: 0, end: 1 }] : [],
        charCount: b.text.length,
        categoryId: categories[(i + j) % categories.length]!.id,
        searchText: tsvectorLiteral(b.text),
        useCount: (i + j) % 7 === 0 ? 1 + ((i + j) % 5) : 0,
        // Used blocks were last used at some moment of the past year (for the 最近使用 sort).
        lastUsedAt: (i + j) % 7 === 0 ? new Date(USED_UNTIL - (((i + j) * 7919) % YEAR_MS)) : null,
        curated: (i + j) % 11 === 0,
      })),
    });
  }
  for (const i of gin) await db().$executeRawUnsafe(i.indexdef);
  await db().$executeRawUnsafe("VACUUM ANALYZE blocks");
  return { blocks, categories };
}
