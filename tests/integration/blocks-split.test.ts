// Splitting blocks on a real database, and undoing it.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { revertRevision } from "../../lib/blocks/revert-revision";
import { splitBlock } from "../../lib/blocks/split-block";
import { searchBlocks } from "../../lib/search/search-blocks";
import { categoryId, createTestBlock, createTestBlockUsage, createTestUser, unique } from "../../lib/testing/factories";
import { asSplitBlock } from "../../lib/testing/route-input";
import * as splitRoute from "../../app/api/blocks/[id]/split/route";
import { refused, routeCaller } from "../support/route-call";
import { sourcedBlock } from "../support/sourced-block";

describe("splitBlock (real database)", () => {
  const first = "要压紧压实安全生产责任，严格落实党政同责、一岗双责。";
  const second = "要深入开展隐患排查整治，建立台账，整改销号。";
  const third = "要强化应急值守，确保信息畅通。";

  it("keeps part one in the block and makes each further part a new block with the same category, tags and sources", async () => {
    const user = await createTestUser();
    const cat = await categoryId(unique("cat"));
    const tag = unique("split");
    const { block, doc, speech } = await sourcedBlock(`${first}\n${second}  ${third}${tag}`, {
      categoryId: cat,
      tags: [tag],
      curated: true,
      headingPath: ["一、压实责任"],
    });
    const { block: kept, created } = await splitBlock(
      block.id,
      user.id,
      asSplitBlock({
        version: 1,
        parts: [first, second, `${third}${tag}`],
      }),
    );
    expect(kept).toMatchObject({ text: first, version: 2, curated: true });
    expect(created.map((c) => c.text)).toEqual([second, `${third}${tag}`]);
    for (const c of created) {
      expect(c).toMatchObject({ origin: "SPLIT", curated: false, tags: [tag], kind: "PARAGRAPH", version: 1 });
      expect(c.category?.id).toBe(cat);
      const row = await db().block.findUniqueOrThrow({ where: { id: c.id }, include: { sources: true } });
      expect(row).toMatchObject({
        sourceDocumentId: doc.id,
        sourceSpeechId: speech.id,
        position: 3,
        headingPath: ["一、压实责任"],
      });
      expect(row.sources).toMatchObject([{ documentId: doc.id, speechId: speech.id, position: 3 }]);
      expect(row.lshBands).toHaveLength(16);
      expect(row.charCount).toBe([...c.text].length);
    }
    expect((await searchBlocks({ query: "应急值守", filters: { tags: [tag] } })).hits.map((h) => h.id)).toEqual([
      created[1]!.id,
    ]);
    const [rev] = await db().blockRevision.findMany({ where: { blockId: block.id, action: "split" } });
    expect(rev).toMatchObject({
      before: { text: block.text },
      after: { text: first, newBlockIds: created.map((c) => c.id) },
    });

    // Undo: the new blocks go, the text comes back.
    const restored = await revertRevision(rev!.id, user.id);
    expect(restored).toMatchObject({ text: block.text, version: 3 });
    expect(await db().block.count({ where: { id: { in: created.map((c) => c.id) } } })).toBe(0);
  });

  it("takes from each part the industries only another part names, keeps every other tag, and undo brings all back", async () => {
    const user = await createTestUser();
    const own = unique("own");
    const roads = "要加强道路交通安全管理，严查酒驾醉驾。";
    const schools = `要抓好学校周边安全，守护师生平安${own}。`;
    // 消防 is a curator's: neither part names it, so both keep it.
    const { block } = await sourcedBlock(roads + schools, { tags: ["道路交通", "校园", "消防", "一季度", own] });
    const { block: kept, created } = await splitBlock(
      block.id,
      user.id,
      asSplitBlock({ version: 1, parts: [roads, schools] }),
    );
    expect(kept.tags).toEqual(["道路交通", "消防", "一季度", own]);
    expect(created.map((c) => c.tags)).toEqual([["校园", "消防", "一季度", own]]);
    // The search is kept to this test's blocks by their own tag: other files import the sample corpus, whose speeches
    // say 酒驾 under 校园 too, into the same database at the same time.
    expect((await searchBlocks({ query: "酒驾", filters: { tags: ["校园", own] } })).hits).toEqual([]);
    expect((await searchBlocks({ query: "酒驾", filters: { tags: ["道路交通", own] } })).hits).toHaveLength(1);
    const [rev] = await db().blockRevision.findMany({ where: { blockId: block.id, action: "split" } });
    const restored = await revertRevision(rev!.id, user.id);
    expect(restored.tags).toEqual(["道路交通", "校园", "消防", "一季度", own]);
  });

  it("refuses parts that do not add up to the text, and a stale version (through the route)", async () => {
    const user = await createTestUser();
    const block = await createTestBlock({ text: `${first}${second}` });
    const post = await routeCaller(user.id);
    const attempt = (parts: string[], version = 1) =>
      post(splitRoute.POST, { method: "POST", params: { id: block.id }, body: { version, parts } });
    const wrong = "拆分后的各段连起来必须与原文完全一致，只能在断开处去掉空白。";
    expect(await attempt([first, "要深入开展隐患排查。"])).toMatchObject(refused(wrong));
    expect(await attempt([first])).toMatchObject(refused("至少要拆成 2 段。"));
    expect(await attempt([first, " ", second])).toMatchObject(refused("拆分后的每一段都不能为空。"));
    expect(await attempt([second, first])).toMatchObject(refused(wrong));
    expect(await attempt([first, second], 2)).toMatchObject({
      status: 409,
      error: { code: "conflict", message: "该素材已被他人修改，请刷新后再试。" },
    });
    // The use case itself refuses parts that do not add up (the contract cannot know the text).
    await expect(
      splitBlock(block.id, user.id, asSplitBlock({ version: 1, parts: [second, first] })),
    ).rejects.toMatchObject({ code: "invalid_input", message: wrong });
    expect((await db().block.findUniqueOrThrow({ where: { id: block.id } })).text).toBe(`${first}${second}`);
  });

  it("refuses to undo a split once a new block is used in a speech", async () => {
    const user = await createTestUser();
    const block = await createTestBlock({ text: `${first}${second}` });
    const { created } = await splitBlock(block.id, user.id, asSplitBlock({ version: 1, parts: [first, second] }));
    await createTestBlockUsage({ blockId: created[0]!.id });
    const [rev] = await db().blockRevision.findMany({ where: { blockId: block.id, action: "split" } });
    await expect(revertRevision(rev!.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      message: "拆分出的素材已被讲稿使用，无法撤销拆分。",
    });
    expect(await db().block.count({ where: { id: created[0]!.id } })).toBe(1);
  });
});
