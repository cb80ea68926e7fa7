import { describe, expect, it } from "vitest";
import { searchBlocks } from "../../lib/search/search-blocks";
import { searchFacets } from "../../lib/search/search-facets";
import {
  categoryId,
  createTestBlock,
  createTestDocument,
  createTestSpeechInCorpus,
  unique,
} from "../../lib/testing/factories";
import { blocks, found, ids } from "../support/tagged-blocks";

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
