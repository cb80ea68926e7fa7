// The library's copy in memory (lib/search/library-mirror.ts) must count every facet exactly as the counting
// statement does, follow every change by reading only the changed blocks, never miss a change that commits late,
// and show each search every change committed before it, also under parallel requests.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { tsvectorLiteral } from "../../lib/search/ngram-index";
import { currentMirror, startLoading, type LibraryMirror } from "../../lib/search/library-mirror";
import { countInMirror, facetsFromMirror, mirrorAnswers } from "../../lib/search/mirror-facets";
import { parseQuery } from "../../lib/search/parse-query";
import { countFacets, countInCopy } from "../../lib/search/search-facets";
import { SEARCH_SORTS } from "../../lib/search/search-request";
import { searchBlocks } from "../../lib/search/search-blocks";
import { NO_CATEGORY, searchConditions, type SearchFilters } from "../../lib/search/search-filters";
import { categoryId, createTestBlock, unique } from "../../lib/testing/factories";
import { same } from "../support/tagged-blocks";
import { searchLibrary, searchRequest } from "../../lib/search/search-request";

async function mirror(): Promise<LibraryMirror> {
  for (;;) {
    const m = await currentMirror();
    if (m) return m;
    await startLoading();
  }
}

const fromMirror = async (q: string, f: SearchFilters = {}) => facetsFromMirror(await mirror(), parseQuery(q), f);
const counted = (q: string, f: SearchFilters = {}) => countFacets(searchConditions(q, f, parseQuery(q)), f);

/** The change log's size and last entry (triggers write it in the changing transaction): equal twice, nothing changed. */
const lastChange = async () =>
  (
    await db().$queryRaw<{ log: string }[]>`SELECT count(*) || ':' || coalesce(max(id), 0) AS log FROM library_changes`
  )[0]!.log;

/**
 * Runs `compare` (which reads the copy, caught up, and PostgreSQL) until no block changed while it ran: an earlier
 * file's background work may still be writing, and a copy and a count taken across a change cannot agree.
 */
async function whileNothingChanges<T>(compare: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    const before = await lastChange();
    const result = await compare();
    if ((await lastChange()) === before || tries === 50) return result;
  }
}

describe("the library's copy in memory (real database)", () => {
  it("counts every facet as the counting statement does", async () => {
    const [risk, duty] = [await categoryId("隐患排查"), await categoryId("责任落实")];
    const tag = unique("镜像");
    const texts = [
      "要深入开展城镇燃气安全专项整治，确保不发生较大事故。",
      "請ＸＸ单位对燃气管道开展排查（ABC 公司），发现隐患立即整改。",
      "压实 安全 责任，落实“一岗双责”。",
      "今年以来全县发生生产安全事故××起，死亡××人。",
      "abc公司要把安全生产放在首位；燃气、危化品两手抓。",
    ];
    for (const [i, text] of texts.entries())
      await createTestBlock({
        text: text.repeat(i + 1),
        kind: i === 3 ? "HEADING" : "PARAGRAPH",
        level: i === 3 ? 1 : null,
        categoryId: [risk, duty, null][i % 3],
        tags: i % 2 ? [tag, "城镇燃气"] : [tag],
        curated: i === 2,
        useCount: i,
        placeholders: i === 3 ? [{ text: "××", start: 12, end: 14 }] : [],
      });
    await createTestBlock({ text: "已隐藏的燃气一段。", tags: [tag], hidden: true });
    const queries = [
      "",
      "燃气",
      "安全生产",
      "安全责任",
      "燃",
      "ABC",
      "xx单位",
      '"一岗双责"',
      "-燃气",
      "安全 -燃气",
      "燃气，管道",
      "城镇燃气安全专项整治",
      "××",
      "，",
    ];
    const filters: SearchFilters[] = [
      {},
      { tags: [tag] },
      { tags: [tag, "城镇燃气"], categoryIds: [risk, NO_CATEGORY] },
      { categoryIds: [duty], kind: "PARAGRAPH", curated: false },
      { hasPlaceholders: true, used: true },
      { used: false, minChars: 30, maxChars: 90 },
      { tags: [unique("无此标签")] },
      { categoryIds: [NO_CATEGORY], minChars: 100 },
    ];
    let namedPages = 0;
    for (const q of queries)
      for (const f of filters) {
        expect(mirrorAnswers(f)).toBe(true);
        const [inMirror, inDatabase, matching] = await whileNothingChanges(async () => [
          countInMirror(await mirror(), parseQuery(q), f),
          await counted(q, f),
          await counted(q),
        ]);
        expect(inMirror.facets, `${q} ${JSON.stringify(f)}`).toEqual(inDatabase);
        // How many blocks the words match, whatever the filters.
        expect(inMirror.textMatches, `${q}`).toBe(matching.total);
        // The page made in memory is the statement's page, hit for hit (the first page and the second).
        for (const [sort, offset] of SEARCH_SORTS.flatMap((s) => [[s, 0] as const, [s, 2] as const])) {
          const page = { query: q, filters: f, parsed: parseQuery(q), sort, limit: 2, offset };
          const [copy, fromIndex] = await whileNothingChanges(async () => [
            countInCopy(await mirror(), parseQuery(q), f, { sort, offset, limit: 2, query: q }),
            (await searchBlocks(page)).hits,
          ]);
          if (!copy.page) continue;
          expect(
            copy.page.map((h) => h.id),
            `${q} ${sort} ${offset}`,
          ).toEqual(fromIndex.map((h) => h.id));
          // Ranked in memory as the database ranks: the same figure (to the last bits of exp and ln).
          copy.page.forEach((h, i) => {
            const { rank, ...rest } = fromIndex[i]!;
            expect(h).toMatchObject(rest);
            expect(h.rank).toBeCloseTo(rank, 12);
          });
          if (copy.page.length) namedPages++;
        }
      }
    expect(namedPages).toBeGreaterThan(40);
  });

  it("follows additions, edits, hiding, merging and deletion by reading only the changed blocks", async () => {
    const tag = unique("跟随");
    const f = { tags: [tag] };
    const before = await mirror();
    const a = await createTestBlock({ text: "加强燃气管道巡查。", tags: [tag] });
    const b = await createTestBlock({ text: "压实企业主体责任。", tags: [tag] });
    expect((await fromMirror("", f)).total).toBe(2);
    const text = "加强输油管道巡查。"; // the text and its index entry change together, as every edit writes them
    await db().block.update({ where: { id: a.id }, data: { text, searchText: tsvectorLiteral(text), curated: true } });
    expect((await fromMirror("燃气", f)).total).toBe(0);
    expect(await fromMirror("输油", f)).toEqual(await counted("输油", f));
    await db().block.update({ where: { id: b.id }, data: { hidden: true } });
    expect((await fromMirror("", f)).total).toBe(1);
    await db().block.update({ where: { id: b.id }, data: { hidden: false, mergedIntoId: a.id } });
    expect((await fromMirror("", f)).total).toBe(1);
    await db().block.delete({ where: { id: a.id } });
    expect((await fromMirror("", f)).total).toBe(0);
    expect(await mirror()).toBe(before); // caught up, never loaded anew
  });

  it("follows what the explicit sorts order by: use count, last use, creation", async () => {
    const a = await createTestBlock({ text: "最近用过的一段。", tags: [unique("排序")] });
    const when = new Date("2026-05-01T08:00:00.123Z");
    await db().block.update({ where: { id: a.id }, data: { lastUsedAt: when } }); // no other column changes
    let c = (await mirror()).columns;
    expect(c.lastUsed[c.ids.indexOf(a.id)]).toBe(when.getTime() * 1000);
    expect(c.uses[c.ids.indexOf(a.id)]).toBe(0);
    await db().block.update({ where: { id: a.id }, data: { useCount: 7, createdAt: when } });
    c = (await mirror()).columns;
    expect(c.uses[c.ids.indexOf(a.id)]).toBe(7);
    expect(c.created[c.ids.indexOf(a.id)]).toBe(when.getTime() * 1000);
  });

  it("sees a change that commits after the copy last read, though its transaction began before", async () => {
    const tag = unique("迟到");
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const transaction = db().$transaction(
      async (tx) => {
        await tx.block.create({ data: { text: "迟到的一段。", tags: [tag], charCount: 6 } });
        written();
        await held;
      },
      { timeout: 20_000 },
    );
    await wrote;
    expect((await fromMirror("", { tags: [tag] })).total).toBe(0); // not committed yet
    await createTestBlock({ text: "之后写入的一段。" }); // moves the copy's horizon on
    expect((await fromMirror("", { tags: [tag] })).total).toBe(0);
    commit();
    await transaction;
    expect((await fromMirror("", { tags: [tag] })).total).toBe(1);
  });

  it("shows each of many parallel searches the change its clerk made just before", async () => {
    await mirror();
    const tags = Array.from({ length: 12 }, () => unique("并行"));
    const totals = await Promise.all(
      tags.map(async (tag) => {
        await createTestBlock({ text: "并行写入后立即检索。", tags: [tag] });
        return (await fromMirror("", { tags: [tag] })).total;
      }),
    );
    expect(totals).toEqual(tags.map(() => 1));
  });

  it("loads anew after the blocks table was emptied at once", async () => {
    const before = await mirror();
    await db().$executeRaw`INSERT INTO library_changes (block_id) VALUES ('*')`; // what TRUNCATE blocks logs
    expect(await currentMirror()).toBeNull();
    expect(await mirror()).not.toBe(before);
  });

  it("leaves the genre filter to PostgreSQL, whose facets are those of the genre's blocks", async () => {
    const doc = await db().sourceDocument.create({
      data: {
        fileName: `${unique("体裁")}.txt`,
        sha256: unique("sha"),
        format: "txt",
        encoding: "utf-8",
        sizeBytes: 1,
        rawText: "",
      },
    });
    const speeches = await Promise.all(
      (["讲话", "主持词", "表态发言"] as const).map((genre, i) =>
        db().corpusSpeech.create({ data: { documentId: doc.id, order: i + 1, genre } }),
      ),
    );
    const tag = unique("体裁");
    const [talk, host, pledge] = await Promise.all(
      speeches.map((s, i) =>
        createTestBlock({
          text: `体裁筛选的第${i + 1}段，要压实安全生产责任。`,
          tags: [tag],
          sourceDocumentId: doc.id,
          sourceSpeechId: s.id,
        }),
      ),
    );
    // A block repeated in the pledge: it is found under 表态发言 too (a further source).
    await db().blockSource.create({
      data: { blockId: talk!.id, documentId: doc.id, speechId: speeches[2]!.id, position: 9 },
    });
    await mirror();
    for (const [genres, expected] of [
      [["讲话"], [talk]],
      [["主持词"], [host]],
      [["表态发言"], [talk, pledge]],
      [
        ["主持词", "表态发言"],
        [talk, host, pledge],
      ],
      [["致辞"], []],
    ] as const) {
      const f: SearchFilters = { tags: [tag], genres: [...genres] };
      expect(mirrorAnswers(f)).toBe(false);
      const facets = await counted("", f);
      expect(facets.total, genres.join()).toBe(expected.length);
      // What the library's search answers with (the copy declines, PostgreSQL counts) are those counts.
      const answer = await searchLibrary(searchRequest.parse({ tag, genre: [...genres] }), "nobody");
      expect(answer.facets).toEqual(facets);
      // …and the result list holds exactly those blocks.
      expect(await same(tag, "", f)).toEqual(new Set(expected.map((b) => b!.id)));
    }
  });

  it("answers a quoted phrase (its page asked for beside the count) as PostgreSQL does, few, none or many", async () => {
    const tag = unique("短语");
    const texts = [
      "压实安全生产责任，确保不发生事故。",
      "压实企业主体责任。",
      "企业主体责任要落实。",
      "燃气管道巡查。",
    ];
    for (const [i, text] of texts.entries()) await createTestBlock({ text, tags: [tag], useCount: i });
    const f = { tags: [tag] };
    for (const q of ['"压实安全生产"', '"主体责任"', '"没有这句话"', '"责任" 压实'])
      for (const sort of SEARCH_SORTS) {
        const answer = await searchLibrary(searchRequest.parse({ q, tag, sort, pageSize: "2" }), "nobody");
        expect(answer.facets, q).toEqual(await counted(q, f));
        const page = await searchBlocks({ query: q, filters: f, parsed: parseQuery(q), sort, limit: 2 });
        expect(answer.hits.map((h) => h.id)).toEqual(page.hits.map((h) => h.id));
      }
  });

  it("leaves filters it cannot answer to PostgreSQL", () => {
    expect(mirrorAnswers({ sourceDocumentId: "d" })).toBe(false);
    expect(mirrorAnswers({ favouriteOfUserId: "u" })).toBe(false);
    expect(mirrorAnswers({ usedBySpeaker: "县长" })).toBe(false);
    expect(mirrorAnswers({ notUsedBySpeaker: "县长" })).toBe(false);
    expect(mirrorAnswers({ usedInMeetingId: "m" })).toBe(false);
    expect(mirrorAnswers({ includeHidden: true })).toBe(false);
    expect(mirrorAnswers({ genres: ["讲话"] })).toBe(false);
    expect(mirrorAnswers({ genre: "讲话" } as SearchFilters)).toBe(false); // a filter added later
    expect(mirrorAnswers({ usedBySpeaker: " ", usedSince: new Date(), includeHidden: false })).toBe(true);
  });
});
