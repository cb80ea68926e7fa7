// "Save as block" and favourites on a real database.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createBlock } from "../../lib/blocks/create-block";
import { mergeBlocks } from "../../lib/blocks/merge-blocks";
import { setFavourite } from "../../lib/blocks/set-favourite";
import { normHash } from "../../lib/mining/near-duplicates";
import { categoryId, createTestBlock, createTestUser, unique } from "../../lib/testing/factories";
import { asCreateBlock } from "../../lib/testing/route-input";
import * as blocksRoute from "../../app/api/blocks/route";
import { refused, routeCaller } from "../support/route-call";

// Long and random, so that no other test's block is a near-duplicate of these.
const marker = () => `${unique("new")}${randomBytes(24).toString("hex")}`;

describe("createBlock (real database)", () => {
  it("stores a manual block with its derived fields, a create revision and an audit entry", async () => {
    const user = await createTestUser();
    const cat = await categoryId(unique("cat"));
    const text = `要在××之际组织开展安全生产大检查${marker()}。`;
    const { block, existing } = await createBlock(
      user.id,
      asCreateBlock({
        text: `\u3000\u3000${text}\r\n`,
        categoryId: cat,
        tags: [" 燃气 ", "燃气", ""],
      }),
    );
    expect(existing).toBe(false);
    expect(block).toMatchObject({
      text,
      origin: "MANUAL",
      kind: "PARAGRAPH",
      confidence: 1,
      tags: ["燃气"],
      version: 1,
    });
    expect(block.placeholders).toEqual([{ text: "××", start: 2, end: 4 }]);
    const row = await db().block.findUniqueOrThrow({ where: { id: block.id } });
    expect(row).toMatchObject({ createdById: user.id, normHash: normHash(text), categoryId: cat });
    expect(row.lshBands).toHaveLength(16);
    expect(row.searchText).toContain("'检查'");
    expect(await db().blockRevision.findMany({ where: { blockId: block.id } })).toMatchObject([
      { action: "create", userId: user.id, after: { text, categoryId: cat } },
    ]);
    expect(await db().auditLog.count({ where: { action: "block.create", targetId: block.id } })).toBe(1);

    const heading = await createBlock(user.id, asCreateBlock({ text: `一、压实责任${marker()}`, kind: "HEADING" }));
    expect(heading.block).toMatchObject({ kind: "HEADING", confidence: 0, category: null });
  });

  it("returns the existing block for the same text (spacing and punctuation aside) instead of a second one", async () => {
    const user = await createTestUser();
    const m = marker();
    const first = await createBlock(user.id, asCreateBlock({ text: `要坚持人民至上、生命至上${m}。` }));
    const again = await createBlock(user.id, asCreateBlock({ text: `要坚持人民至上，生命至上 ${m}！` }));
    expect(again).toMatchObject({ existing: true, block: { id: first.block.id, text: first.block.text } });
    expect(await db().block.count({ where: { normHash: normHash(first.block.text) } })).toBe(1);

    // Once merged away, the same text no longer counts as existing.
    const other = await createTestBlock();
    await mergeBlocks(other.id, first.block.id, user.id);
    const third = await createBlock(user.id, asCreateBlock({ text: `要坚持人民至上、生命至上${m}。` }));
    expect(third.existing).toBe(false);
    expect(third.block.id).not.toBe(first.block.id);
  });

  it("joins the near-duplicate group of a similar block, as an imported block would", async () => {
    const user = await createTestUser();
    const m = marker();
    const base = `要聚焦危险化学品、城镇燃气、建筑施工等重点行业领域，开展拉网式隐患排查，建立台账，整改销号${m}。`;
    const first = await createBlock(user.id, asCreateBlock({ text: base }));
    const near = await createBlock(
      user.id,
      asCreateBlock({ text: base.replace("整改销号", "整改销号，确保问题隐患动态清零") }),
    );
    expect(near.existing).toBe(false);
    const rows = await db().block.findMany({ where: { id: { in: [first.block.id, near.block.id] } } });
    expect(rows[0]!.dupGroupId).toBeTruthy();
    expect(rows[0]!.dupGroupId).toBe(rows[1]!.dupGroupId);
    expect(rows.find((r) => r.id === first.block.id)!.isCanonical).toBe(true);
    expect(rows.find((r) => r.id === near.block.id)!.isCanonical).toBe(false);
  });

  it("refuses empty text, an unknown kind and unknown categories in Chinese, at the route", async () => {
    const user = await createTestUser();
    const post = await routeCaller(user.id);
    const create = (body: unknown) => post(blocksRoute.POST, { method: "POST", body });
    expect(await create({ text: "   " })).toMatchObject(refused("素材内容不能为空。"));
    expect(await create({ text: `内容${marker()}`, categoryId: "nope" })).toMatchObject(
      refused("所选类别不存在，请刷新后重新选择。"),
    );
    expect(await create({ text: `内容${marker()}`, kind: "TITLE" })).toMatchObject(refused("请选择标题或正文。"));
    // The category is checked by the use case itself (the contract cannot know the categories).
    await expect(
      createBlock(user.id, asCreateBlock({ text: `内容${marker()}`, categoryId: "nope" })),
    ).rejects.toMatchObject({
      code: "invalid_input",
      message: "所选类别不存在，请刷新后重新选择。",
    });
  });
});

describe("setFavourite (real database)", () => {
  it("is idempotent both ways", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    const count = () => db().blockFavorite.count({ where: { blockId: block.id, userId: user.id } });
    expect(await setFavourite(block.id, user.id, true)).toEqual({ favourite: true });
    expect(await setFavourite(block.id, user.id, true)).toEqual({ favourite: true });
    expect(await count()).toBe(1);
    expect(await db().auditLog.count({ where: { action: "block.favourite", targetId: block.id } })).toBe(1);
    expect(await setFavourite(block.id, user.id, false)).toEqual({ favourite: false });
    expect(await setFavourite(block.id, user.id, false)).toEqual({ favourite: false });
    expect(await count()).toBe(0);
    await expect(setFavourite("no-such-block", user.id, true)).rejects.toMatchObject({ code: "not_found" });
  });
});
