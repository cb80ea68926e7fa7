// A library of generated blocks (search-corpus.ts) bulk-loaded into the database DATABASE_URL names, for the
// benchmarks that need 100,000 blocks: the search benchmark and the import benchmark.
import type { GeneratedBlock } from "./search-corpus";

export type GeneratedLibrary = { blocks: GeneratedBlock[]; categories: { id: string }[] };

/**
 * Seeds the categories and inserts `count` generated blocks, without the GIN indexes, which are then built once
 * (as a restore would), and analyses the table.
 *
 * `duplicateKeys`: also give each block the exact-repeat and near-duplicate keys a mined block has (norm_hash,
 * lsh_bands), so that an import checks its paragraphs against a library like a real one. One live block per text
 * is a rule of the database: a text the generator repeats (mostly headings) keeps its keys on its first block
 * only. Without it the blocks have no such keys, as the search benchmark has always loaded them.
 */
export async function loadGeneratedLibrary(
  count: number,
  opts: { duplicateKeys?: boolean } = {},
): Promise<GeneratedLibrary> {
  const { db } = await import("../lib/db/client");
  const { seedCategoriesIfEmpty } = await import("../lib/categories/seed-categories");
  const { tsvectorLiteral } = await import("../lib/search/ngram-index");
  const { lshBands, normHash } = await import("../lib/mining/near-duplicates");
  const { generateBlocks } = await import("./search-corpus");
  await seedCategoriesIfEmpty();
  const categories = await db().category.findMany({ select: { id: true } });
  const blocks = generateBlocks(count);
  process.stderr.write(`[bench] inserting ${blocks.length} blocks…\n`);
  const seen = new Set<string>();
  const keysOf = (text: string) => {
    if (!opts.duplicateKeys) return {};
    const hash = normHash(text);
    const first = !seen.has(hash);
    seen.add(hash);
    return { normHash: first ? hash : "", lshBands: lshBands(text) };
  };
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
        curated: (i + j) % 11 === 0,
        ...keysOf(b.text),
      })),
    });
  }
  for (const i of gin) await db().$executeRawUnsafe(i.indexdef);
  await db().$executeRawUnsafe("VACUUM ANALYZE blocks");
  return { blocks, categories };
}
