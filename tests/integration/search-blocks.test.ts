import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { BROAD_MATCHES, searchBlocks, type SearchOptions } from "../../lib/search/search-blocks";
import { searchFacets } from "../../lib/search/search-facets";
import { searchDb } from "../../lib/search/search-db";
import { tsvectorLiteral } from "../../lib/search/ngram-index";
import {
  categoryId,
  createTestBlock,
  createTestBlockUsage,
  createTestDocument,
  createTestMeeting,
  createTestSpeechInCorpus,
  createTestUser,
  unique,
} from "../../lib/testing/factories";

// Each test tags its blocks with a unique marker word and filters by it, so the shared database does not matter.
async function blocks(texts: string[], extra: Parameters<typeof createTestBlock>[0] = {}) {
  const tag = unique("t");
  const created = [];
  for (const text of texts) created.push(await createTestBlock({ text, tags: [tag], ...extra }));
  return { tag, ids: created.map((b) => b.id) };
}

const ids = (r: Awaited<ReturnType<typeof searchBlocks>>) => r.hits.map((h) => h.id);
const found = async (
  tag: string,
  query: string,
  filters: SearchOptions["filters"] = {},
  sort?: SearchOptions["sort"],
) => ids(await searchBlocks({ query, filters: { tags: [tag], ...filters }, sort }));
const same = async (tag: string, query: string, filters: SearchOptions["filters"] = {}) =>
  new Set(await found(tag, query, filters));

describe("searchBlocks (real database)", () => {
  it("finds a word wherever it occurs, as a substring scan would", async () => {
    const {
      tag,
      ids: [a, b, c],
    } = await blocks([
      "要深入开展城镇燃气安全专项整治。",
      "加强燃气管道巡查，消除隐患。",
      "严格落实企业安全生产主体责任。",
    ]);
    const r = await searchBlocks({ query: "燃气", filters: { tags: [tag] } });
    expect(new Set(ids(r))).toEqual(new Set([a, b]));
    expect(ids(r)).not.toContain(c);
    expect(r.terms).toEqual(["燃气"]);
  });

  it("matches a one-character query", async () => {
    const {
      tag,
      ids: [a],
    } = await blocks(["防汛工作不能松懈。", "抓好安全生产。"]);
    expect(ids(await searchBlocks({ query: "汛", filters: { tags: [tag] } }))).toEqual([a]);
  });

  it("requires every word, supports quoted phrases and excludes -words", async () => {
    const {
      tag,
      ids: [a, b, c],
    } = await blocks([
      "汛期要做好燃气和地质灾害隐患排查。",
      "燃气隐患要排查整治到位。",
      "燃气安全要与防汛工作一起抓。",
    ]);
    expect(new Set(ids(await searchBlocks({ query: "燃气 隐患", filters: { tags: [tag] } })))).toEqual(new Set([a, b]));
    expect(ids(await searchBlocks({ query: '"隐患排查"', filters: { tags: [tag] } }))).toEqual([a]);
    expect(new Set(ids(await searchBlocks({ query: "燃气 -汛期", filters: { tags: [tag] } })))).toEqual(
      new Set([b, c]),
    );
    expect(new Set(await found(tag, "-汛期"))).toEqual(new Set([b, c]));
    expect(await found(tag, '燃气 -"隐患排查" -防汛')).toEqual([b]);
    // Exclusions alone, of words and phrases, and the facets count the same blocks.
    expect(new Set(await found(tag, "-隐患排查 -防汛"))).toEqual(new Set([b]));
    expect(new Set(await found(tag, '-"排查整治"'))).toEqual(new Set([a, c]));
    expect((await searchFacets("-隐患排查 -防汛", { tags: [tag] })).total).toBe(1);
  });

  it("splits a long unspaced query into words", async () => {
    const {
      tag,
      ids: [a],
    } = await blocks(["要对城镇燃气开展拉网式隐患排查。", "城镇建设要统筹安全。"]);
    expect(ids(await searchBlocks({ query: "城镇燃气隐患", filters: { tags: [tag] } }))).toEqual([a]);
  });

  it("combines a query with filters", async () => {
    const cat = await categoryId("隐患排查");
    const {
      tag,
      ids: [a],
    } = await blocks(["燃气隐患排查要全覆盖。"], { categoryId: cat });
    await createTestBlock({ text: "燃气隐患排查要全覆盖，不留死角。", tags: [tag], kind: "HEADING", level: 1 });
    const r = await searchBlocks({ query: "燃气", filters: { tags: [tag], categoryIds: [cat], kind: "PARAGRAPH" } });
    expect(ids(r)).toEqual([a]);
  });

  it("ranks an exact phrase match above a scattered one", async () => {
    const {
      tag,
      ids: [scattered, exact],
    } = await blocks([
      "隐患要早发现，排查要全覆盖，整治要见实效，隐患清单要动态更新。",
      "要持续开展隐患排查，确保不留死角。",
    ]);
    const r = await searchBlocks({ query: "隐患 排查", filters: { tags: [tag] } });
    expect(ids(r)).toEqual([exact, scattered]);
  });

  it("never splits placeholders or numbers", async () => {
    const {
      tag,
      ids: [a, b],
    } = await blocks(["全县发生××起事故，同比下降12.5%。", "同比下降12%。"]);
    expect(ids(await searchBlocks({ query: "12.5%", filters: { tags: [tag] } }))).toEqual([a]);
    expect(ids(await searchBlocks({ query: "××", filters: { tags: [tag] } }))).toEqual([a]);
    expect(new Set(ids(await searchBlocks({ query: "12", filters: { tags: [tag] } })))).toEqual(new Set([a, b]));
  });

  it("finds placeholders written as XX and ＊ and numbers inside a long query", async () => {
    const {
      tag,
      ids: [x, star, pct, plain],
    } = await blocks([
      "XX县要在XX月底前完成整改。",
      "请＊＊单位于＊月＊日前报送。",
      "全县事故起数同比下降12.5%。",
      "全县事故起数同比下降12%，下降2.5个百分点。",
    ]);
    expect(await found(tag, "XX")).toEqual([x]);
    expect(await found(tag, "xx")).toEqual([x]);
    expect(await found(tag, "ＸＸ")).toEqual([x]);
    expect(await found(tag, "＊＊")).toEqual([star]);
    expect(await found(tag, "**")).toEqual([star]);
    expect(await found(tag, "12.5%")).toEqual([pct]);
    expect(await found(tag, "2.5")).toEqual(expect.arrayContaining([pct, plain]));
    // A long unspaced query is segmented by jieba, keeping 12.5% whole: 12% does not match it.
    expect(await found(tag, "事故起数同比下降12.5%")).toEqual([pct]);
    const r = await searchBlocks({ query: "12.5%", filters: { tags: [tag] } });
    expect(r.terms).toEqual(["12.5%"]);
  });

  it("returns what the list needs about each block", async () => {
    const doc = await createTestDocument({ fileName: `${unique("f")}.docx` });
    const speech = await createTestSpeechInCorpus(doc.id, { title: "在全县安全生产工作会议上的讲话" });
    const tag = unique("t");
    const withSpeech = await createTestBlock({
      text: "请××单位于×月×日前报送。",
      tags: [tag],
      placeholders: [{ text: "××", start: 1, end: 3 }],
      sourceDocumentId: doc.id,
      sourceSpeechId: speech.id,
      useCount: 2,
      lastUsedAt: new Date("2025-03-01T08:00:00Z"),
      version: 3,
    });
    const withDocument = await createTestBlock({ text: "单位要报送材料。", tags: [tag], sourceDocumentId: doc.id });
    const r = await searchBlocks({ query: "报送", filters: { tags: [tag] }, sort: "newest" });
    const hit = r.hits.find((h) => h.id === withSpeech.id)!;
    expect(hit).toMatchObject({
      text: "请××单位于×月×日前报送。",
      kind: "PARAGRAPH",
      charCount: 14,
      hasPlaceholders: true,
      placeholders: [{ text: "××", start: 1, end: 3 }],
      version: 3,
      useCount: 2,
      lastUsedAt: "2025-03-01T08:00:00.000Z",
      createdAt: withSpeech.createdAt.toISOString(),
      hidden: false,
      curated: false,
      sourceTitle: "在全县安全生产工作会议上的讲话",
    });
    expect(r.hits.find((h) => h.id === withDocument.id)).toMatchObject({
      hasPlaceholders: false,
      placeholders: [],
      lastUsedAt: null,
      sourceTitle: doc.fileName,
    });
  });
});

describe("searchBlocks filters", () => {
  it("by source document and speech, first source or any further one", async () => {
    const [docA, docB] = [await createTestDocument(), await createTestDocument()];
    const [speechA, speechB] = [await createTestSpeechInCorpus(docA.id), await createTestSpeechInCorpus(docB.id)];
    const {
      tag,
      ids: [first, further, other],
    } = await blocks(["压实安全生产责任。", "压实属地管理责任。", "压实部门监管责任。"]);
    await db().block.update({ where: { id: first }, data: { sourceDocumentId: docA.id, sourceSpeechId: speechA.id } });
    await db().block.update({
      where: { id: further },
      data: { sourceDocumentId: docB.id, sourceSpeechId: speechB.id },
    });
    await db().blockSource.create({
      data: { blockId: further, documentId: docA.id, speechId: speechA.id, position: 4 },
    });
    await db().block.update({ where: { id: other }, data: { sourceDocumentId: docB.id, sourceSpeechId: speechB.id } });
    expect(await same(tag, "压实", { sourceDocumentId: docA.id })).toEqual(new Set([first, further]));
    expect(await same(tag, "压实", { sourceSpeechId: speechA.id })).toEqual(new Set([first, further]));
    expect(await same(tag, "", { sourceSpeechId: speechB.id })).toEqual(new Set([further, other]));
  });

  it("by length, placeholders and use", async () => {
    const tag = unique("t");
    const short = await createTestBlock({ text: "抓好安全。", tags: [tag] });
    const long = await createTestBlock({ text: `抓好安全${"，层层压实责任".repeat(30)}。`, tags: [tag], useCount: 3 });
    const blank = await createTestBlock({
      text: "请××单位抓好安全。",
      tags: [tag],
      placeholders: [{ text: "××", start: 1, end: 3 }],
      useCount: 1,
    });
    expect(await same(tag, "安全", { minChars: 100 })).toEqual(new Set([long.id]));
    expect(await same(tag, "安全", { maxChars: 9 })).toEqual(new Set([short.id]));
    expect(await same(tag, "安全", { minChars: 5, maxChars: 10 })).toEqual(new Set([short.id, blank.id]));
    expect(await same(tag, "安全", { hasPlaceholders: true })).toEqual(new Set([blank.id]));
    expect(await same(tag, "安全", { hasPlaceholders: false })).toEqual(new Set([short.id, long.id]));
    expect(await same(tag, "安全", { used: true })).toEqual(new Set([long.id, blank.id]));
    expect(await same(tag, "安全", { used: false })).toEqual(new Set([short.id]));
  });

  it("by the meeting and the speaker a block was used for", async () => {
    const {
      tag,
      ids: [a, b, c],
    } = await blocks(["汛期安全要早部署。", "汛期值班要到岗。", "汛期物资要备足。"]);
    const [meeting, other] = [await createTestMeeting(), await createTestMeeting()];
    await createTestBlockUsage({ blockId: a, meetingId: meeting.id, speaker: "县长 张三" });
    await createTestBlockUsage({ blockId: b, meetingId: other.id, speaker: "副县长 李四" });
    await createTestBlockUsage({ blockId: c, speaker: "应急管理局局长" });
    expect(await found(tag, "汛期", { usedInMeetingId: meeting.id })).toEqual([a]);
    expect(await same(tag, "汛期", { usedBySpeaker: "县长" })).toEqual(new Set([a, b]));
    expect(await found(tag, "汛期", { usedBySpeaker: "张三" })).toEqual([a]);
    expect(await found(tag, "", { usedBySpeaker: "局长", usedInMeetingId: other.id })).toEqual([]);
  });

  it("by what a speaker has not used, this year or ever (so a leader does not repeat himself)", async () => {
    const {
      tag,
      ids: [thisYear, lastYear, never],
    } = await blocks(["城镇燃气要排查到位。", "燃气管道要更新改造。", "燃气用户要安装报警器。"]);
    await createTestBlockUsage({ blockId: thisYear, speaker: "县长 张三", usedAt: new Date("2026-03-01T02:00:00Z") });
    await createTestBlockUsage({ blockId: lastYear, speaker: "县长 张三", usedAt: new Date("2025-06-01T02:00:00Z") });
    await createTestBlockUsage({ blockId: never, speaker: "副县长 李四", usedAt: new Date("2026-03-01T02:00:00Z") });
    const since = new Date("2026-01-01T00:00:00Z");
    expect(await same(tag, "燃气", { notUsedBySpeaker: "县长 张三" })).toEqual(new Set([never]));
    expect(await same(tag, "燃气", { notUsedBySpeaker: "县长 张三", usedSince: since })).toEqual(
      new Set([lastYear, never]),
    );
    expect(await same(tag, "燃气", { usedBySpeaker: "张三", usedSince: since })).toEqual(new Set([thisYear]));
  });

  it("by a user's favourites", async () => {
    const [me, someone] = [await createTestUser(), await createTestUser()];
    const {
      tag,
      ids: [mine, theirs],
    } = await blocks(["应急预案要演练。", "应急物资要储备。"]);
    await db().blockFavorite.create({ data: { userId: me.id, blockId: mine } });
    await db().blockFavorite.create({ data: { userId: someone.id, blockId: theirs } });
    expect(await found(tag, "应急", { favouriteOfUserId: me.id })).toEqual([mine]);
    expect(await found(tag, "", { favouriteOfUserId: me.id })).toEqual([mine]);
  });

  it('by category, with "none" for blocks without one; never blocks merged away; hidden only on request', async () => {
    const cat = await categoryId("隐患排查");
    const {
      tag,
      ids: [inCat, none, merged, hidden],
    } = await blocks(["燃气隐患要清零。", "燃气管道要巡查。", "燃气隐患要清零！", "燃气安全要重视。"]);
    await db().block.update({ where: { id: inCat }, data: { categoryId: cat } });
    await db().block.update({ where: { id: merged }, data: { mergedIntoId: inCat } });
    await db().block.update({ where: { id: hidden }, data: { hidden: true } });
    expect(await found(tag, "燃气", { categoryIds: [cat] })).toEqual([inCat]);
    expect(await found(tag, "燃气", { categoryIds: ["none"] })).toEqual([none]);
    expect(await same(tag, "燃气", { categoryIds: [cat, "none"] })).toEqual(new Set([inCat, none]));
    expect(await same(tag, "燃气")).toEqual(new Set([inCat, none]));
    expect(await same(tag, "燃气", { includeHidden: true })).toEqual(new Set([inCat, none, hidden]));
    expect(await same(tag, "", { includeHidden: true })).toEqual(new Set([inCat, none, hidden]));
  });
});

describe("searchBlocks sort orders and paging", () => {
  async function sortable() {
    const tag = unique("t");
    const at = (d: string) => new Date(`${d}T00:00:00Z`);
    const make = (text: string, data: Parameters<typeof createTestBlock>[0]) =>
      createTestBlock({ text, tags: [tag], ...data }).then((b) => b.id);
    const old = await make("安全检查要细。", {
      createdAt: at("2024-01-01"),
      useCount: 5,
      lastUsedAt: at("2024-06-01"),
    });
    const curated = await make("安全责任要实。", { createdAt: at("2024-02-01"), curated: true });
    const recent = await make("安全隐患要清。", {
      createdAt: at("2024-03-01"),
      useCount: 1,
      lastUsedAt: at("2025-01-01"),
    });
    const fresh = await make("安全宣传要广。", { createdAt: at("2024-04-01") });
    return { tag, old, curated, recent, fresh };
  }

  it("newest, most used, recently used; an empty query's relevance is curated, most used, newest", async () => {
    const { tag, old, curated, recent, fresh } = await sortable();
    expect(await found(tag, "安全", {}, "newest")).toEqual([fresh, recent, curated, old]);
    expect(await found(tag, "安全", {}, "most_used")).toEqual([old, recent, fresh, curated]);
    expect(await found(tag, "安全", {}, "recently_used")).toEqual([recent, old, fresh, curated]);
    expect(await found(tag, "", {}, "relevance")).toEqual([curated, old, recent, fresh]);
    expect(await found(tag, "")).toEqual([curated, old, recent, fresh]);
  });

  it("pages with limit and offset, capped at 100", async () => {
    const { tag, old, curated, recent, fresh } = await sortable();
    const page = (offset: number) =>
      searchBlocks({ query: "安全", filters: { tags: [tag] }, sort: "newest", limit: 2, offset }).then(ids);
    expect(await page(0)).toEqual([fresh, recent]);
    expect(await page(2)).toEqual([curated, old]);
    expect(await page(4)).toEqual([]);
    const many = await searchBlocks({ query: "", filters: {}, limit: 1000 });
    expect(many.hits.length).toBeLessThanOrEqual(100);
  });

  it("orders a broad query (more matches than are ranked) like an empty one, and pages through all of it", async () => {
    const tag = unique("t");
    const word = "罡";
    const n = BROAD_MATCHES + 30;
    const rows = Array.from({ length: n }, (_, i) => {
      const text = `第${i}条：${word}风正气要弘扬。`;
      return {
        text,
        tags: [tag],
        charCount: [...text].length,
        searchText: tsvectorLiteral(text),
        useCount: i % 7,
        curated: i % 10 === 0,
        createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)),
      };
    });
    await db().block.createMany({ data: rows });
    const expected = rows
      .map((r, i) => ({ ...r, i }))
      .sort(
        (a, b) =>
          Number(b.curated) - Number(a.curated) ||
          b.useCount - a.useCount ||
          b.createdAt.getTime() - a.createdAt.getTime(),
      )
      .map((r) => r.text);
    const texts = async (offset: number, limit = 100) =>
      (await searchBlocks({ query: word, filters: { tags: [tag] }, limit, offset })).hits.map((h) => h.text);
    expect(await texts(0, 20)).toEqual(expected.slice(0, 20));
    expect(await texts(n - 10)).toEqual(expected.slice(n - 10));
  });
});

describe("the search connections", () => {
  it("never plan a sequential scan or JIT-compile (lib/search/search-db.ts)", async () => {
    const rows = await searchDb().$queryRaw<{ seq: string; jit: string }[]>`
      SELECT current_setting('enable_seqscan') AS seq, current_setting('jit') AS jit`;
    expect(rows).toEqual([{ seq: "off", jit: "off" }]);
  });
});
