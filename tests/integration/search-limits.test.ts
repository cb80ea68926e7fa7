// Issue 10, item 7: a query of many rare one-character words must not keep the database busy. The words are
// capped (MAX_QUERY_TERMS), and the near-match statement works on a few terms under a statement timeout.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/blocks/search/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { tsvectorLiteral } from "@/lib/search/ngram-index";
import { NEAR_TERMS, relaxedTerms } from "@/lib/search/near-matches";
import { MAX_QUERY_TERMS, parseQuery } from "@/lib/search/parse-query";
import { searchLibrary, searchRequest } from "@/lib/search/search-request";
import { runBoundedSearchSql, runSearchSql } from "@/lib/search/search-db";
import { Prisma } from "@/lib/db/generated/client";
import { createTestUser, unique } from "@/lib/testing/factories";

// 100 rare characters no other test writes, each in a few blocks, no block holding them all.
const RARE = Array.from({ length: 100 }, (_, i) => String.fromCodePoint(0x9e00 + 5 * i));
const BLOCKS = 600;

let cookie = "";
beforeAll(async () => {
  const user = await createTestUser({ role: "VIEWER" });
  cookie = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
  const texts = Array.from({ length: BLOCKS }, (_, i) => {
    const words = [RARE[i % 100], RARE[(i * 7 + 3) % 100], RARE[(i * 13 + 5) % 100]].join("，");
    return `要深入开展隐患排查整治，压实企业主体责任${words}，${unique("limit")}。`.repeat(3);
  });
  await db().block.createMany({
    data: texts.map((text) => ({
      kind: "PARAGRAPH" as const,
      confidence: 1,
      text,
      charCount: [...text].length,
      searchText: tsvectorLiteral(text),
    })),
  });
}, 120_000);

async function search(q: string) {
  const url = new URL("http://localhost/api/blocks/search");
  url.searchParams.set("q", q);
  const started = performance.now();
  const res = await GET(new Request(url, { headers: { host: "localhost", cookie } }));
  const body = (await res.json()) as { nearMatches?: unknown[]; error?: { message: string } };
  return { status: res.status, body, ms: performance.now() - started };
}

// The same 100 characters written without spaces: jieba splits them into one-character words, which the
// request cannot count as typed words, so this is the costliest query the request accepts.
const unspaced = (shift: number) => [...RARE.slice(shift), ...RARE.slice(0, shift)].join("");

describe("search work is bounded (real database)", () => {
  it("refuses a query of 100 typed words with a Chinese message, before any work", async () => {
    const { status, body, ms } = await search(RARE.join(" "));
    expect(status).toBe(400);
    expect(body.error?.message).toMatch(/搜索词最多 20 个/);
    expect(ms).toBeLessThan(200);
  });

  it("refuses a query of punctuation and symbols alone, which would list the whole library, with a Chinese message", async () => {
    for (const q of ["_", "'", "\\", '""', "-", "( & | !"]) {
      const { status, body } = await search(q);
      expect(status, q).toBe(400);
      expect(body.error?.message, q).toMatch(/只有标点或符号/);
    }
    expect((await search("燃气")).status).toBe(200);
    expect((await search("  ")).status).toBe(200);
  });

  it("answers a query of 100 rare one-character words quickly", async () => {
    await search(unspaced(50).slice(0, 8)); // warm the pools and jieba
    const { status, body, ms } = await search(unspaced(0));
    expect(status).toBe(200);
    expect(Array.isArray(body.nearMatches)).toBe(true);
    expect(ms).toBeLessThan(250);
  });

  it("ten such queries at once all finish within a bound", async () => {
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => search(unspaced(i * 7))));
    const total = performance.now() - started;
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(total).toBeLessThan(1000);
  });

  it("caps the words of a query that reaches the use case directly", async () => {
    expect(parseQuery(RARE.join(" ")).include.length).toBe(MAX_QUERY_TERMS);
    expect(relaxedTerms(parseQuery(RARE.join(" ")))?.terms.length).toBe(NEAR_TERMS);
    expect(relaxedTerms(parseQuery("x".repeat(200)))?.terms.length).toBeLessThanOrEqual(NEAR_TERMS);
    const started = performance.now();
    const result = await searchLibrary(searchRequest.parse({ q: "" }), "nobody").then(() =>
      searchLibrary({ ...searchRequest.parse({ q: "" }), q: RARE.join(" ") }, "nobody"),
    );
    expect(result.facets.total).toBe(0);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("stops a near-match statement that runs past its time, and leaves the connection as it was", async () => {
    const started = performance.now();
    expect(await runBoundedSearchSql(50, Prisma.sql`SELECT pg_sleep(5)`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
    type Setting = { statement_timeout: string }[];
    const inside = await runBoundedSearchSql<Setting>(1000, Prisma.sql`SHOW statement_timeout`);
    expect(inside?.[0]?.statement_timeout).toBe("1s");
    const after = await runSearchSql<Setting>(Prisma.sql`SHOW statement_timeout`, true);
    expect(after[0]?.statement_timeout).toBe("0");
  });
});
