// The block page as a clerk reads it (issue 10 item 14): similar blocks that are worth a look, and sources that
// show what the speech said even after the block was edited or split. Imported through the real miner.
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { importFiles } from "../../lib/corpus/import-files";
import { getBlockDetail } from "../../lib/blocks/get-block-detail";
import { splitBlock } from "../../lib/blocks/split-block";
import { updateBlock } from "../../lib/blocks/update-block";
import { createTestUser, unique } from "../../lib/testing/factories";
import { asSplitBlock, asUpdateBlock } from "../../lib/testing/route-input";

const file = (name: string, title: string, paragraphs: string[]) => ({
  name: `${name}.txt`,
  bytes: strToU8([title, "同志们：", ...paragraphs, "同志们，安全生产责任重于泰山。谢谢大家！"].join("\n")),
});

const byEnd = (end: string) => db().block.findFirstOrThrow({ where: { text: { endsWith: end } } });

describe("the block page's similar blocks", () => {
  it("suggests paragraphs on the same subject in other words, besides the near-identical variant", async () => {
    const user = await createTestUser();
    const [m1, m2, m3, m4] = [unique("a"), unique("b"), unique("c"), unique("d")];
    const checks = `要聚焦学校食堂、校外托管机构、校园周边小餐饮等重点场所，开展拉网式食品安全检查，建立台账，整改销号${m1}。`;
    await importFiles(
      [
        file(unique("f"), "在全县安全生产工作会议上的讲话", [
          `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务${m4}。`,
          checks,
          `要严格落实防汛抗旱责任制，汛期实行二十四小时值班，确保信息畅通${m2}。`,
        ]),
      ],
      null,
    );
    await importFiles(
      [file(unique("f"), "在全县安全生产推进会上的讲话", [checks.replace("。", "，确保问题动态清零。")])],
      null,
    );
    await importFiles(
      [
        file(unique("f"), "在全县校园食品安全工作会议上的讲话", [
          `校园食品安全事关千万学生健康，各乡镇和教育部门要对学校食堂的原料采购、储存、加工环节逐一检查，发现问题立即整改到位${m3}。`,
        ]),
      ],
      null,
    );
    const block = await byEnd(`整改销号${m1}。`);
    const variant = await byEnd(`${m1}，确保问题动态清零。`);
    const canteen = await byEnd(`整改到位${m3}。`);
    const flood = await byEnd(`信息畅通${m2}。`);

    const detail = await getBlockDetail(block.id, user.id);
    expect(detail.variants.map((v) => v.id)).toEqual([variant.id]);
    const ids = detail.similar.map((s) => s.id);
    expect(ids).toContain(canteen.id);
    expect(ids).not.toContain(variant.id); // listed under 变体, with its differences
    expect(ids).not.toContain(flood.id); // another subject
    expect(ids).not.toContain(block.id);
    // And the other way round: the canteen paragraph suggests the checks.
    expect((await getBlockDetail(canteen.id, user.id)).similar.map((s) => s.id)).toContain(block.id);
  });
});

describe("the block page's sources", () => {
  const paragraphs = (m: string) => [
    `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务${m}。`,
    `近年来，全县安全生产形势总体平稳，事故起数和死亡人数同比分别下降12%和15%${m}。`,
    `要聚焦重点行业领域开展隐患排查${m}。要加强执法检查，对非法违法行为依法严厉打击${m}。`,
    `要压实企业主体责任，推动企业主要负责人带头检查${m}。`,
  ];

  it("show what the speech said, not the block's edited text", async () => {
    const user = await createTestUser();
    const m = unique("src");
    const [, situation] = paragraphs(m);
    await importFiles([file(unique("f"), "在全县安全生产工作会议上的讲话", paragraphs(m))], null);
    const block = await byEnd(`下降12%和15%${m}。`);
    const unchanged = await getBlockDetail(block.id, user.id);
    expect(unchanged.sources[0]).toMatchObject({ text: situation, edited: false });

    await updateBlock(
      block.id,
      user.id,
      asUpdateBlock({ version: 1, text: `今年以来，全县安全生产形势总体平稳${m}。` }),
    );
    await updateBlock(
      block.id,
      user.id,
      asUpdateBlock({ version: 2, text: `今年以来，全县安全生产形势稳中向好${m}。` }),
    );
    const detail = await getBlockDetail(block.id, user.id);
    expect(detail.block.text).toBe(`今年以来，全县安全生产形势稳中向好${m}。`);
    expect(detail.sources).toHaveLength(1);
    expect(detail.sources[0]).toMatchObject({ text: situation, edited: true });
    expect(detail.sources[0]!.before.map((n) => n.text)).toEqual([paragraphs(m)[0]]);
  });

  it("show the whole paragraph the speech had for each part of a split", async () => {
    const user = await createTestUser();
    const m = unique("split");
    const whole = paragraphs(m)[2]!;
    await importFiles([file(unique("f"), "在全县安全生产工作会议上的讲话", paragraphs(m))], null);
    const block = await byEnd(`依法严厉打击${m}。`);
    const cut = whole.indexOf("。") + 1;
    const { created } = await splitBlock(
      block.id,
      user.id,
      asSplitBlock({
        version: block.version,
        parts: [whole.slice(0, cut), whole.slice(cut)],
      }),
    );
    for (const id of [block.id, created[0]!.id]) {
      const [place, ...rest] = (await getBlockDetail(id, user.id)).sources;
      expect(rest).toEqual([]);
      expect(place).toMatchObject({ text: whole, edited: true });
    }
  });
});
