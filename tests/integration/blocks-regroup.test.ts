// A text edit moves a block between near-duplicate groups; reverting the edit moves it back.
import { describe, expect, it } from "vitest";
import { createBlock } from "../../lib/blocks/create-block";
import { revertRevision } from "../../lib/blocks/revert-revision";
import { updateBlock } from "../../lib/blocks/update-block";
import { db } from "../../lib/db/client";
import { createTestUser, unique } from "../../lib/testing/factories";
import { asCreateBlock, asUpdateBlock } from "../../lib/testing/route-input";

const groupOf = async (id: string) =>
  (await db().block.findUniqueOrThrow({ where: { id }, select: { dupGroupId: true } })).dupGroupId;

describe("near-duplicate groups follow text edits (real database)", () => {
  it("leaves its group when edited away, joins the group of its new wording, and returns on revert", async () => {
    const user = await createTestUser();
    const m = unique("rg");
    const gasA = `要聚焦城镇燃气、建筑施工、危险化学品等重点行业领域，开展拉网式隐患排查，发现一处整改一处。${m}`;
    const gasB = `要聚焦城镇燃气、建筑施工、危险化学品等重点行业领域，开展全覆盖隐患排查，发现一处整改一处。${m}`;
    const flood = `汛期将至，各地要提前排查地质灾害隐患点，落实防汛物资和抢险队伍，确保安全度汛。${m}`;
    const { block: a } = await createBlock(user.id, asCreateBlock({ text: gasA }));
    const { block: b } = await createBlock(user.id, asCreateBlock({ text: gasB }));
    const { block: c } = await createBlock(user.id, asCreateBlock({ text: flood }));
    const gasGroup = await groupOf(a.id);
    expect(gasGroup).not.toBeNull();
    expect(await groupOf(b.id)).toBe(gasGroup);
    expect(await groupOf(c.id)).toBeNull();

    // b is rewritten as a variant of the flood paragraph: the gas group (now of one) dissolves, a new one forms.
    const floodVariant = flood.replace("提前排查", "全面排查");
    const edited = await updateBlock(b.id, user.id, asUpdateBlock({ version: b.version, text: floodVariant }));
    expect(await groupOf(a.id)).toBeNull();
    const floodGroup = await groupOf(c.id);
    expect(floodGroup).not.toBeNull();
    expect(await groupOf(b.id)).toBe(floodGroup);
    const canonical = await db().block.findMany({
      where: { dupGroupId: floodGroup },
      select: { id: true, isCanonical: true },
    });
    expect(canonical.filter((x) => x.isCanonical).map((x) => x.id)).toEqual([c.id]); // the older block leads

    // Reverting the edit puts b back with a.
    const [rev] = await db().blockRevision.findMany({ where: { blockId: b.id, action: "update" } });
    await revertRevision(rev!.id, user.id);
    expect(await groupOf(c.id)).toBeNull();
    expect(await groupOf(b.id)).not.toBeNull();
    expect(await groupOf(b.id)).toBe(await groupOf(a.id));
    expect(edited.version).toBe(b.version + 1);
  });
});
