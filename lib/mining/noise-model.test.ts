import { describe, expect, it } from "vitest";
import { FEATURE_KEYS } from "./noise-line-features";
import { checkModel, SHIPPED_MODEL, withNoiseModel, type NoiseModel } from "./noise-model";
import { mineText } from "./text-pipeline";

const A = "今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。";
const B = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势持续稳定。";
const C = "当前，我县安全生产形势总体平稳，但风险隐患依然较多，事故防范压力仍然较大。";

const blocksOf = (text: string) => mineText(text).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const removedBy = (text: string) => mineText(text).removed;

describe("the learned noise model", () => {
  it("ships weights for exactly the features it computes", () => {
    expect(() => checkModel(SHIPPED_MODEL)).not.toThrow();
    expect(SHIPPED_MODEL.weights).toHaveLength(FEATURE_KEYS.length);
  });

  it("removes a collection page's chrome and explains each removal", () => {
    const page = [
      "乡镇安全生产会议讲话稿（精选8篇）",
      "时间：2024-05-06 09:12:44 讲话稿 我要投稿",
      "在日常工作中，大家都经常接触到讲话稿吧，下面是小编精心整理的乡镇安全生产会议讲话稿，仅供参考，希望对大家有所帮助。",
      "乡镇安全生产会议讲话稿 篇1",
      "同志们：",
      A,
      C,
      B,
    ].join("\n");
    const removed = removedBy(page);
    expect(removed.map((r) => r.lineNo)).toEqual([1, 2, 3, 4]);
    for (const r of removed) expect(r.reason).toMatch(/^(?:网站杂质（.+，把握 \d+%）|来源作者信息|编者导语)$/);
    expect(blocksOf(page)).toEqual([A, C, B]);
  });

  it("removes a document site's download notes, numbered like a speech's points", () => {
    const page = [
      "亲，该文档总共12页，到这已经超出免费预览范围，如果喜欢就直接下载吧~",
      "如果您无法下载资料，请参考说明：",
      "1、部分资料下载需要金币，请确保您的账户上有足够的金币",
      "2、已购买过的文档，再次下载不重复扣费",
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      A,
      B,
    ].join("\n");
    expect(removedBy(page).map((r) => r.lineNo)).toEqual([1, 2, 3, 4]);
    expect(mineText(page).speeches[0]!.title).toBe("在全县安全生产工作会议上的讲话");
  });

  it("removes a paywall footer after a paragraph cut by the page", () => {
    const cut = "一、认清形势。当前，我县安全生产形势总体平稳，但风险隐患依然较多，学校安全工作的重要性";
    const page = [`同志们：`, A, cut, "(未完，全文共3120字，当前显示520字)", "(请认真阅读下面的提示信息)"].join("\n");
    expect(removedBy(page).map((r) => r.lineNo)).toEqual([4, 5]);
    expect(blocksOf(page).join("")).toContain("学校安全工作的重要性");
  });

  it("keeps a plain speech whole: title, speaker, date, headings, short lines, closing", () => {
    const page = [
      "在全县安全生产工作会议上的讲话",
      "县长 张三",
      "（2024年3月1日）",
      "同志们：",
      A,
      "一、提高认识",
      C,
      "二、压实责任",
      B,
      "最后，我再强调一点。",
      B,
      "谢谢大家！",
    ].join("\n");
    const r = mineText(page);
    expect(r.removed).toEqual([]);
    expect(r.speeches[0]).toMatchObject({
      title: "在全县安全生产工作会议上的讲话",
      speaker: "县长张三",
      date: "2024年3月1日",
    });
  });

  it("keeps a speaker-and-date line and a title that is the only line above the speech", () => {
    const withSpeaker = ["在全县安全生产工作会议上的讲话", "县长 张三（2024年3月1日）", "同志们：", A, B].join("\n");
    expect(mineText(withSpeaker).speeches[0]).toMatchObject({ speaker: "县长张三", date: "2024年3月1日" });
    const fileNameTitle = ["004_9a8b7c6d5e4f", A, B].join("\n");
    expect(removedBy(fileNameTitle)).toEqual([]);
  });

  it("keeps sentences that carry codes and numbers", () => {
    const page = [
      "同志们：",
      "要严格执行GB 50016-2014《建筑设计防火规范》和JGJ 59-2011标准，检查编号AB12CD34EF56。",
      A,
      "事故起数同比下降12.5%，死亡人数下降8.3%，直接经济损失减少1,200万元（2023年数据）。",
      B,
    ].join("\n");
    expect(removedBy(page)).toEqual([]);
  });

  it("keeps a speech whose every paragraph carries a long code (none of them reads as plain Chinese prose)", () => {
    const code = "ref_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    const page = [
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      `${A}${code}`,
      "第一，认清形势",
      `${C}${code}`,
      `${B}${code}`,
    ];
    expect(removedBy(page.join("\n"))).toEqual([]);
  });

  it("keeps a host script's short agenda lines", () => {
    const page = [
      "全县安全生产工作会议主持词",
      "同志们，现在开会。",
      "今天会议有三项议程：",
      "一是请县长讲话；",
      "二是签订安全生产责任书；",
      "三是请书记讲话。",
      "下面进行第一项议程，请县长讲话。",
      A,
    ].join("\n");
    expect(removedBy(page)).toEqual([]);
  });

  it("can be swapped for another model (the leave-one-file-out evaluation does)", () => {
    const never: NoiseModel = { ...SHIPPED_MODEL, threshold: 2 };
    const page = ["时间：2024-05-06 09:12:44 讲话稿 我要投稿", "同志们：", A, B].join("\n");
    expect(withNoiseModel(never, () => removedBy(page))).toEqual([]);
    expect(removedBy(page).map((r) => r.lineNo)).toEqual([1]);
  });
});

describe("table of contents", () => {
  it("removes 目录/提纲 and its numbered entries, and keeps the headings in the speech", () => {
    const page = [
      "目录/提纲：……",
      "一、充分认识当前交通安全工作的特殊重要",
      "二、突出重点，狠抓落实，切实解决突出问",
      "（一）加大路面交通违法行为的处罚力度",
      "……",
      "同志们：",
      A,
      "一、充分认识当前交通安全工作的特殊重要性",
      C,
    ].join("\n");
    const r = mineText(page);
    expect(r.removed.filter((x) => x.reason === "目录（提纲）").map((x) => x.lineNo)).toEqual([1, 2, 3, 4, 5]);
    expect(r.speeches[0]!.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
  });

  it("ends the table where the outline starts over: the speech's first heading right under it stays", () => {
    const page = ["同志们：", A, "目录", "一、提高认识", "二、压实责任", "一、提高认识", B, "二、压实责任", C].join(
      "\n",
    );
    const r = mineText(page);
    expect(r.removed.filter((x) => x.reason === "目录（提纲）").map((x) => x.lineNo)).toEqual([3, 4, 5]);
    expect(r.speeches[0]!.blocks.map((b) => (b.kind === "heading" ? b.text : b.kind))).toEqual([
      "paragraph",
      "一、提高认识",
      "paragraph",
      "二、压实责任",
      "paragraph",
    ]);
  });

  it("still takes a collection's contents whole: nested outlines and listed titles (an outside review's findings)", () => {
    const nested = ["材料汇编", "目录", "一、会议主持词", "二、县委书记讲话", "一、提高思想认识", "二、压实安全责任"];
    nested.push(
      "三、县长讲话",
      "一、认清形势",
      "县委书记在全县安全生产工作会议上的讲话",
      "同志们：",
      A,
      "一、提高思想认识",
      B,
    );
    const mined = mineText(nested.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual(["县委书记在全县安全生产工作会议上的讲话"]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).not.toContain("三、县长讲话");
    const titles = ["目录", "一、在全县安全生产工作会议上的讲话", "二、在全县消防工作会议上的讲话"];
    titles.push("一、在全县安全生产工作会议上的讲话", "同志们：", A, "二、在全县消防工作会议上的讲话", "同志们：", B);
    expect(mineText(titles.join("\n")).speeches).toHaveLength(2);
  });
});
