// A search the library's copy counts gets its page from the copy (lib/search/mirror-page.ts): the same hits, in the
// same order, as the page statements return, also where every sort key ties and only the id decides, with ids whose
// byte order differs from a language's collation (upper and lower case, punctuation, characters past U+FFFF).
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { currentMirror, startLoading } from "../../lib/search/library-mirror";
import { parseQuery } from "../../lib/search/parse-query";
import { BROAD_MATCHES, searchBlocks } from "../../lib/search/search-blocks";
import { tsvectorLiteral } from "../../lib/search/ngram-index";
import { searchLibrary, searchRequest, SEARCH_SORTS } from "../../lib/search/search-request";
import { createTestBlock, createTestUser, unique } from "../../lib/testing/factories";

async function loadCopy() {
  while (!(await currentMirror())) await startLoading();
}

describe("pages made from the library's copy (real database)", () => {
  it("orders blocks tied on every key by id in byte order, as the statements do, on every page and sort", async () => {
    const tag = unique("同序");
    const stem = unique("tie");
    const suffixes = ["B", "a", "a-1", "a1", "A", "_z", "é", "\u{20000}", "\uE000", "b", "Z9"];
    const created = new Date("2026-03-01T08:00:00.000Z");
    const text = "要深入开展城镇燃气安全专项整治。";
    for (const [i, s] of suffixes.entries())
      await createTestBlock({
        id: `${stem}${s}`,
        text: i % 4 === 3 ? `${text}同时要压实企业主体责任。` : text,
        tags: [tag],
        createdAt: created,
        useCount: i % 3 === 0 ? 2 : 0,
        lastUsedAt: i % 3 === 0 ? created : null,
      });
    const user = await createTestUser({ role: "VIEWER" });
    await loadCopy();
    let compared = 0;
    for (const q of ["", "燃气", "燃气 整治", "-责任"])
      for (const sort of SEARCH_SORTS)
        for (const page of [1, 2, 3, 4]) {
          const request = searchRequest.parse({ q, tag, sort, page: String(page), pageSize: "3" });
          const fromCopy = (await searchLibrary(request, user.id)).hits;
          const filters = { tags: [tag] };
          const options = { query: q, parsed: parseQuery(q), filters, sort, limit: 3, offset: (page - 1) * 3 };
          const fromStatement = (await searchBlocks(options)).hits;
          const label = `${q} ${sort} ${page}`;
          expect(
            fromCopy.map((h) => h.id),
            label,
          ).toEqual(fromStatement.map((h) => h.id));
          fromCopy.forEach((h, i) => {
            const { rank, ...rest } = fromStatement[i]!;
            expect(h, label).toMatchObject(rest);
            expect(h.rank).toBeCloseTo(rank, 12);
          });
          compared += fromCopy.length;
        }
    expect(compared).toBeGreaterThan(100);
    // Where only the id decides, it decides in byte order, descending, whatever the database's collation.
    const newest = await searchLibrary(searchRequest.parse({ tag, sort: "newest", pageSize: "20" }), user.id);
    const ids = newest.hits.map((h) => h.id);
    expect(ids).toEqual([...ids].sort((a, b) => Buffer.compare(Buffer.from(b), Buffer.from(a))));
    const inDb = await db().block.count({ where: { tags: { has: tag } } });
    expect(ids).toHaveLength(inDb);
  });

  it("pages a broad search (more matches than relevance ranks) in the library's order, and past the end to nothing", async () => {
    const tag = unique("宽泛");
    const created = new Date("2026-04-01T08:00:00.000Z");
    const data = Array.from({ length: BROAD_MATCHES + 40 }, (_, i) => {
      const text = `第${i}条：要把燃气安全检查落到实处。`;
      return {
        id: `${unique("wide")}${i % 2 ? "B" : "a"}`,
        text,
        searchText: tsvectorLiteral(text),
        charCount: [...text].length,
        tags: [tag],
        confidence: 1,
        createdAt: i % 7 ? created : new Date(created.getTime() + i),
        useCount: i % 5,
        curated: i % 11 === 0,
      };
    });
    await db().block.createMany({ data });
    const user = await createTestUser({ role: "VIEWER" });
    await loadCopy();
    const filters = { tags: [tag] };
    for (const [q, sort] of [
      ["燃气", "relevance"],
      ["燃气", "newest"],
      ["", "most_used"],
    ] as const)
      for (const [page, pageSize] of [
        [1, 20],
        [2, 7],
        [56, 37],
        [300, 100],
      ] as const) {
        const request = searchRequest.parse({ q, tag, sort, page: String(page), pageSize: String(pageSize) });
        const result = await searchLibrary(request, user.id);
        expect(result.facets.total).toBe(data.length);
        const options = {
          query: q,
          parsed: parseQuery(q),
          filters,
          sort,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        };
        const fromStatement = (await searchBlocks(options)).hits;
        const label = `${q} ${sort} ${page}×${pageSize}`;
        expect(
          result.hits.map((h) => h.id),
          label,
        ).toEqual(fromStatement.map((h) => h.id));
        result.hits.forEach((h, i) => expect(h.rank, label).toBeCloseTo(fromStatement[i]!.rank, 12));
        // The last page holds what is left; past it, nothing.
        const left = Math.max(0, Math.min(pageSize, data.length - (page - 1) * pageSize));
        expect(result.hits, label).toHaveLength(left);
      }
  });
});
