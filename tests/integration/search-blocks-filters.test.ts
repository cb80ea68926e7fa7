import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { BROAD_MATCHES, searchBlocks } from "../../lib/search/search-blocks";
import { Prisma } from "../../lib/db/generated/client";
import { runSearchSql } from "../../lib/search/search-db";
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
import { blocks, found, ids, same } from "../support/tagged-blocks";

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
    // 县长 is the post of 县长 张三, not of 副县长 李四 (whose post only contains it).
    expect(await same(tag, "汛期", { usedBySpeaker: "县长" })).toEqual(new Set([a]));
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
    const rows = await runSearchSql<{ seq: string; jit: string }[]>(
      Prisma.sql`SELECT current_setting('enable_seqscan') AS seq, current_setting('jit') AS jit`,
      true,
    );
    expect(rows).toEqual([{ seq: "off", jit: "off" }]);
  });
});
