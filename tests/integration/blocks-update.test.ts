// Editing a block on a real database: optimistic locking, revisions of only what changed, derived fields,
// reverting, and validation in Chinese.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { normHash } from "../../lib/mining/near-duplicates";
import { revertRevision } from "../../lib/blocks/revert-revision";
import { updateBlock } from "../../lib/blocks/update-block";
import { categoryId, createTestBlock, createTestUser, unique } from "../../lib/testing/factories";
import { asUpdateBlock } from "../../lib/testing/route-input";
import * as blockRoute from "../../app/api/blocks/[id]/route";
import { refused, routeCaller } from "../support/route-call";

const revisions = (blockId: string) =>
  db().blockRevision.findMany({ where: { blockId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

describe("updateBlock (real database)", () => {
  it("stores only the changed fields in a revision, bumps the version and recomputes the text's derived fields", async () => {
    const user = await createTestUser();
    const cat = await categoryId(unique("cat"));
    const block = await createTestBlock({ confidence: 0.42, tags: ["燃气"] });
    const text = `××县要深入开展燃气安全专项整治，${unique("t")}。`;

    const updated = await updateBlock(
      block.id,
      user.id,
      asUpdateBlock({
        version: 1,
        text: `  ${text}\r\n`,
        categoryId: cat,
        tags: ["燃气"],
        curated: false,
      }),
    );
    expect(updated).toMatchObject({ id: block.id, text, version: 2, confidence: 1, tags: ["燃气"], curated: false });
    expect(updated.category?.id).toBe(cat);
    expect(updated.placeholders).toEqual([{ text: "××", start: 0, end: 2 }]);
    expect(updated.charCount).toBe([...text].length);

    const row = await db().block.findUniqueOrThrow({ where: { id: block.id } });
    expect(row.normHash).toBe(normHash(text));
    expect(row.lshBands).toHaveLength(16);
    expect(row.searchText).toContain("'燃气'");
    const [rev] = await revisions(block.id);
    expect(rev).toMatchObject({
      action: "update",
      userId: user.id,
      before: { text: block.text, categoryId: null, confidence: 0.42 },
      after: { text, categoryId: cat, confidence: 1 },
    });
    // Unchanged fields (tags, curated) are not in the revision.
    expect(Object.keys(rev!.after as object).sort()).toEqual(["categoryId", "confidence", "text"]);
    const audit = await db().auditLog.findFirst({ where: { action: "block.update", targetId: block.id } });
    expect(audit?.userId).toBe(user.id);
  });

  it("names a flag-only change curate or hide, and a no-op stores nothing", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 1, curated: true }));
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 2, hidden: true }));
    expect((await revisions(block.id)).map((r) => r.action)).toEqual(["hide", "curate"]);
    expect(await db().auditLog.count({ where: { action: "block.hide", targetId: block.id } })).toBe(1);

    const same = await updateBlock(
      block.id,
      user.id,
      asUpdateBlock({ version: 3, text: block.text, curated: true, tags: [] }),
    );
    expect(same.version).toBe(3);
    expect(await db().blockRevision.count({ where: { blockId: block.id } })).toBe(2);
  });

  it("refuses a stale version with a 409 conflict and changes nothing", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 1, tags: ["先改的"] }));
    await expect(
      updateBlock(block.id, user.id, asUpdateBlock({ version: 1, text: "后改的内容。" })),
    ).rejects.toMatchObject({
      code: "conflict",
      status: 409,
      message: "该素材已被他人修改，请刷新后再试。",
    });
    const row = await db().block.findUniqueOrThrow({ where: { id: block.id } });
    expect(row).toMatchObject({ text: block.text, version: 2, tags: ["先改的"] });
    expect(await db().blockRevision.count({ where: { blockId: block.id } })).toBe(1);
  });

  it("lets exactly one of two concurrent edits of the same version through", async () => {
    const users = [await createTestUser(), await createTestUser()];
    const block = await createTestBlock();
    const results = await Promise.allSettled(
      users.map((u, i) =>
        updateBlock(block.id, u.id, asUpdateBlock({ version: 1, text: `并发修改${i}：${unique("c")}。` })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "conflict" });
    expect((await db().block.findUniqueOrThrow({ where: { id: block.id } })).version).toBe(2);
    expect(await db().blockRevision.count({ where: { blockId: block.id } })).toBe(1);
  });

  it("validates input with Chinese messages, at the route", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    const patch = await routeCaller(user.id);
    const attempt = (body: unknown) => patch(blockRoute.PATCH, { method: "PATCH", params: { id: block.id }, body });
    const cases: [unknown, string][] = [
      [{ version: 1, text: " \n\u0007 " }, "素材内容不能为空。"],
      [{ version: 1, text: "字".repeat(5001) }, "素材内容最多 5000 个字。"],
      [{ version: 1, tags: Array.from({ length: 21 }, (_, i) => `标签${i}`) }, "标签最多 20 个。"],
      [{ version: 1, tags: ["这是一个超过了二十个字的非常非常长的标签名称啊"] }, "每个标签最多 20 个字。"],
      [{ version: 1, categoryId: "no-such-category" }, "所选类别不存在，请刷新后重新选择。"],
      [{ version: 0 }, "素材的版本号无效，请刷新后再试。"],
    ];
    for (const [input, message] of cases) {
      expect(await attempt(input), message).toMatchObject(refused(message));
    }
    await expect(
      updateBlock("no-such-block", user.id, asUpdateBlock({ version: 1, curated: true })),
    ).rejects.toMatchObject({
      code: "not_found",
      message: "素材不存在或已被删除。",
    });
    expect((await db().block.findUniqueOrThrow({ where: { id: block.id } })).version).toBe(1);
  });

  it("stores text as plain text: control characters dropped, line breaks normalised; 5000 characters allowed", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    const saved = await updateBlock(
      block.id,
      user.id,
      asUpdateBlock({
        version: 1,
        text: "\ufeff第一句\u0000。\r\n第二句<b>加粗</b>。\u200b",
      }),
    );
    expect(saved.text).toBe("第一句。\n第二句<b>加粗</b>。");
    const long = await updateBlock(block.id, user.id, asUpdateBlock({ version: 2, text: "字".repeat(5000) }));
    expect(long.charCount).toBe(5000);
  });
});

describe("revertRevision of edits (real database)", () => {
  it("restores the before-values and records a revert revision pointing at the reverted one", async () => {
    const user = await createTestUser();
    const cat = await categoryId(unique("cat"));
    const block = await createTestBlock({ confidence: 0.5, tags: ["原标签"] });
    await updateBlock(
      block.id,
      user.id,
      asUpdateBlock({ version: 1, text: `改过的内容${unique("r")}。`, categoryId: cat, tags: [] }),
    );
    const [rev] = await revisions(block.id);

    const reverted = await revertRevision(rev!.id, user.id);
    expect(reverted).toMatchObject({ text: block.text, tags: ["原标签"], confidence: 0.5, category: null, version: 3 });
    const row = await db().block.findUniqueOrThrow({ where: { id: block.id } });
    expect(row.normHash).toBe(normHash(block.text));
    const [revert, original] = await revisions(block.id);
    expect(revert).toMatchObject({
      action: "revert",
      before: { revertedRevisionId: rev!.id, categoryId: cat, tags: [] },
      after: { revertedRevisionId: rev!.id, text: block.text, categoryId: null, tags: ["原标签"], confidence: 0.5 },
    });
    expect(original!.revertedAt).toBeInstanceOf(Date);
    expect(await db().auditLog.count({ where: { action: "block.revert", targetId: block.id } })).toBe(1);

    await expect(revertRevision(rev!.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      message: "这项修改已经撤销过了。",
    });
    await expect(revertRevision(revert!.id, user.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(revertRevision("no-such-revision", user.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses to revert an edit once the block was changed again, but the later edit can be reverted", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 1, text: "第一次修改。" }));
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 2, text: "第二次修改。", hidden: true }));
    const [second, first] = await revisions(block.id);
    await expect(revertRevision(first!.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      message: "该修改之后素材又被改动过，无法直接撤销。",
    });
    expect((await db().blockRevision.findUniqueOrThrow({ where: { id: first!.id } })).revertedAt).toBeNull();

    await revertRevision(second!.id, user.id);
    expect(await db().block.findUniqueOrThrow({ where: { id: block.id } })).toMatchObject({
      text: "第一次修改。",
      hidden: false,
    });
    // Now the block shows the first edit's result again, so it can be reverted too.
    await revertRevision(first!.id, user.id);
    expect((await db().block.findUniqueOrThrow({ where: { id: block.id } })).text).toBe(block.text);
  });

  it("reverts a flag-only revision even after an unrelated field changed", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 1, hidden: true }));
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 2, tags: ["后加的"] }));
    const hide = (await revisions(block.id)).find((r) => r.action === "hide")!;
    const after = await revertRevision(hide.id, user.id);
    expect(after).toMatchObject({ hidden: false, tags: ["后加的"], version: 4 });
  });
});
