// The block page's data on a real database: sources with their context, variants as diffs, "where used",
// similar blocks and the curation history. (tests/integration/blocks-detail-page.test.ts: imported corpora.)
import { randomBytes } from "node:crypto";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { importFiles } from "../../lib/corpus/import-files";
import { getBlockDetail } from "../../lib/blocks/get-block-detail";
import { charDiff } from "../../lib/speech-doc/compare/char-diff";
import { mergeBlocks } from "../../lib/blocks/merge-blocks";
import { setFavourite } from "../../lib/blocks/set-favourite";
import { updateBlock } from "../../lib/blocks/update-block";
import {
  categoryId,
  createTestBlock,
  createTestBlockUsage,
  createTestMeeting,
  createTestSpeech,
  createTestUser,
  unique,
} from "../../lib/testing/factories";
import { asUpdateBlock } from "../../lib/testing/route-input";

const marker = (label: string) => `${unique(label)}${randomBytes(24).toString("hex")}`;

function speech(m: string, title: string, edit = "") {
  return strToU8(
    [
      title,
      "同志们：",
      `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务${m}。`,
      "一、提高政治站位，切实增强做好安全生产工作的责任感",
      `近年来，全县安全生产形势总体平稳，事故起数和死亡人数同比分别下降12%和15%${m}。`,
      "二、突出重点领域，深入开展隐患排查整治",
      `要聚焦危险化学品、城镇燃气、建筑施工等重点行业领域，开展拉网式隐患排查，建立台账，整改销号${m}${edit}。`,
      `要加强执法检查，对非法违法行为依法严厉打击，形成有力震慑${m}。`,
      "同志们，安全生产责任重于泰山。让我们以更加务实的作风抓好各项工作。谢谢大家！",
    ].join("\n"),
  );
}

const partsText = (parts: { value: string; added?: boolean; removed?: boolean }[], side: "from" | "to") =>
  parts
    .filter((p) => (side === "from" ? !p.added : !p.removed))
    .map((p) => p.value)
    .join("");

describe("getBlockDetail (real database)", () => {
  it("lists every place the text was found with neighbouring blocks, and variants as character diffs", async () => {
    const user = await createTestUser();
    const m = marker("detail");
    const a = await importFiles([{ name: "a.txt", bytes: speech(m, "在全县安全生产工作会议上的讲话") }], null);
    const b = await importFiles(
      [{ name: "b.txt", bytes: speech(m, "在全县安全生产工作推进会上的讲话", "，确保问题隐患动态清零") }],
      null,
    );
    const docA = a.results[0]!.documentId!;
    const docB = b.results[0]!.documentId!;

    // The situation paragraph occurs in both files: one block, two sources, each with its own context.
    const situation = await db().block.findFirstOrThrow({ where: { text: { contains: `下降12%和15%${m}。` } } });
    const detail = await getBlockDetail(situation.id, user.id);
    expect(detail.block).toMatchObject({ id: situation.id, kind: "PARAGRAPH", favourite: false, mergedInto: null });
    expect(detail.sources.map((s) => s.documentId)).toEqual([docA, docB]);
    const [first, second] = detail.sources;
    expect(first).toMatchObject({ fileName: "a.txt", speechTitle: "在全县安全生产工作会议上的讲话" });
    expect(second).toMatchObject({ fileName: "b.txt", speechTitle: "在全县安全生产工作推进会上的讲话" });
    for (const s of detail.sources) {
      expect(s.headingPath).toEqual(["一、提高政治站位，切实增强做好安全生产工作的责任感"]);
      expect(s.before.map((n) => n.text)).toEqual([
        `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务${m}。`,
        "一、提高政治站位，切实增强做好安全生产工作的责任感",
      ]);
      expect(s.before[1]!.kind).toBe("HEADING");
      expect(s.after.map((n) => n.text)).toEqual([
        "二、突出重点领域，深入开展隐患排查整治",
        expect.stringContaining(`整改销号${m}`),
      ]);
      expect(s.after.every((n) => typeof n.id === "string")).toBe(true);
    }
    // b's neighbour after the heading is b's own edited version of the paragraph.
    expect(second!.after[1]!.text).toContain("动态清零");

    // The edited paragraph: its variant is the other version, with a diff from this text to that one.
    const original = await db().block.findFirstOrThrow({ where: { text: { endsWith: `整改销号${m}。` } } });
    const edited = await db().block.findFirstOrThrow({
      where: { text: { endsWith: "动态清零。" }, sourceDocumentId: docB },
    });
    const withVariant = await getBlockDetail(original.id, user.id);
    expect(withVariant.variants).toHaveLength(1);
    const variant = withVariant.variants[0]!;
    expect(variant).toMatchObject({ id: edited.id, text: edited.text, isCanonical: false });
    expect(partsText(variant.parts, "from")).toBe(original.text);
    expect(partsText(variant.parts, "to")).toBe(edited.text);
    expect(variant.parts.filter((p) => p.added).map((p) => p.value)).toEqual(["，确保问题隐患动态清零"]);
    expect(variant.parts.some((p) => p.removed)).toBe(false);
    // And from the other side: the canonical block is the variant.
    expect((await getBlockDetail(edited.id, user.id)).variants[0]).toMatchObject({
      id: original.id,
      isCanonical: true,
    });
  });

  it("reports usages newest first with speech and meeting, and the user's favourite", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    const meeting = await createTestMeeting({ date: new Date("2025-03-01") });
    const older = await createTestSpeech({ title: `一季度讲话${unique("s")}`, meetingId: meeting.id, status: "FINAL" });
    const newer = await createTestSpeech({ title: `二季度讲话${unique("s")}` });
    await createTestBlockUsage({
      blockId: block.id,
      speechId: older.id,
      meetingId: meeting.id,
      speaker: "县长 张三",
      usedAt: new Date("2025-02-20T08:00:00Z"),
    });
    await createTestBlockUsage({ blockId: block.id, speechId: newer.id, usedAt: new Date("2025-05-01T08:00:00Z") });
    await setFavourite(block.id, user.id, true);

    const detail = await getBlockDetail(block.id, user.id);
    expect(detail.block.favourite).toBe(true);
    expect((await getBlockDetail(block.id, (await createTestUser()).id)).block.favourite).toBe(false);
    expect(detail.usages).toEqual([
      {
        speechId: newer.id,
        speechTitle: newer.title,
        speechStatus: "DRAFT",
        meetingId: null,
        meetingTitle: null,
        meetingDate: null,
        speaker: "县长",
        usedAt: "2025-05-01T08:00:00.000Z",
      },
      {
        speechId: older.id,
        speechTitle: older.title,
        speechStatus: "FINAL",
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        meetingDate: "2025-03-01",
        speaker: "县长 张三",
        usedAt: "2025-02-20T08:00:00.000Z",
      },
    ]);
  });

  it("suggests similar blocks, the same category first, never hidden, merged-away or variant blocks", async () => {
    const user = await createTestUser();
    const cat = await categoryId(unique("cat"));
    const other = await categoryId(unique("cat"));
    const m = unique("sim");
    const base = `要深入开展城镇燃气安全专项整治，全面排查老旧管网、餐饮场所和液化气站的各类隐患，坚决遏制重特大事故发生${m}。`;
    const close = `要深入开展城镇燃气安全专项整治，全面排查老旧管网和餐饮场所隐患，确保人民群众生命财产安全${m}。`;
    const block = await createTestBlock({ text: base, categoryId: cat });
    const similar = await createTestBlock({ text: close, categoryId: cat });
    const closer = await createTestBlock({ text: `${close}要举一反三。`, categoryId: cat });
    const elsewhere = await createTestBlock({ text: close, categoryId: other });
    const hidden = await createTestBlock({ text: close, categoryId: cat, hidden: true });
    const absorbed = await createTestBlock({ text: close, categoryId: cat });
    const survivor = await createTestBlock({ text: "完全不同的内容：抓好森林防灭火工作。", categoryId: cat });
    await mergeBlocks(survivor.id, absorbed.id, user.id);
    const group = await db().duplicateGroup.create({ data: { canonicalBlockId: block.id } });
    const variant = await createTestBlock({ text: close, categoryId: cat, dupGroupId: group.id, isCanonical: false });
    await db().block.update({ where: { id: block.id }, data: { dupGroupId: group.id } });
    const unrelated = await createTestBlock({ text: "做好汛期地质灾害防范，落实转移避险措施。", categoryId: cat });

    const detail = await getBlockDetail(block.id, user.id);
    expect(detail.variants.map((v) => v.id)).toEqual([variant.id]);
    const ids = detail.similar.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(expect.arrayContaining([similar.id, closer.id, elsewhere.id]));
    // Of two equally close texts, the one of the block's own category comes first.
    expect(ids.indexOf(similar.id)).toBeLessThan(ids.indexOf(elsewhere.id));
    for (const id of [variant.id, hidden.id, absorbed.id, survivor.id, unrelated.id, block.id])
      expect(ids).not.toContain(id);
    const catName = (await db().category.findUniqueOrThrow({ where: { id: cat } })).name;
    expect(detail.similar.find((s) => s.id === similar.id)!.categoryName).toBe(catName);
    for (const s of detail.similar) {
      expect(s.score).toBeGreaterThanOrEqual(0.15);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    // A block without a category has similar blocks too.
    const uncategorised = await getBlockDetail((await createTestBlock({ text: base })).id, user.id);
    expect(uncategorised.similar.map((s) => s.id)).toEqual(expect.arrayContaining([similar.id, elsewhere.id]));
  });

  it("shows the curation history newest first with who did it and whether it can be undone", async () => {
    const user = await createTestUser({ displayName: "王编辑" });
    const block = await createTestBlock();
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 1, tags: ["燃气"] }));
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 2, curated: true }));
    const detail = await getBlockDetail(block.id, user.id);
    expect(detail.block.version).toBe(3);
    expect(detail.revisions.map((r) => r.action)).toEqual(["curate", "update"]);
    expect(detail.revisions[0]).toMatchObject({
      userName: "王编辑",
      before: { curated: false },
      after: { curated: true },
      revertedAt: null,
      revertible: true,
    });
    expect(detail.revisions[1]).toMatchObject({ before: { tags: [] }, after: { tags: ["燃气"] }, revertible: true });
    expect(detail.revisions.map((r) => r.textDiff)).toEqual([null, null]);
  });

  it("shows a text change as the compare view's character diff", async () => {
    const user = await createTestUser();
    const block = await createTestBlock({ text: "各地要认真开展燃气安全隐患排查整治。" });
    await updateBlock(
      block.id,
      user.id,
      asUpdateBlock({ version: 1, text: "各地要全面开展城镇燃气安全隐患排查整治。" }),
    );
    const [revision] = (await getBlockDetail(block.id, user.id)).revisions;
    const diff = revision!.textDiff!;
    expect(diff).toEqual(charDiff("各地要认真开展燃气安全隐患排查整治。", "各地要全面开展城镇燃气安全隐患排查整治。"));
    expect(diff[0]).toEqual({ op: "equal", text: "各地要" });
    expect(
      diff
        .filter((d) => d.op !== "insert")
        .map((d) => d.text)
        .join(""),
    ).toBe("各地要认真开展燃气安全隐患排查整治。");
    expect(
      diff
        .filter((d) => d.op !== "delete")
        .map((d) => d.text)
        .join(""),
    ).toBe("各地要全面开展城镇燃气安全隐患排查整治。");
  });

  it("refuses an unknown id with a Chinese not_found error", async () => {
    const user = await createTestUser();
    await expect(getBlockDetail("no-such-block", user.id)).rejects.toMatchObject({
      code: "not_found",
      status: 404,
      message: "素材不存在或已被删除。",
    });
  });
});
