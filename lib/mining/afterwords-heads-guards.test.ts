import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// The review of set 139's rules: a speaker's own points on writing at a writers' class are no poster's afterword, a
// spoken lead-in (第一个，要清醒地看到，…) or a charge to see over a statement is no point's head, and a speech's
// bracketed subhead ending like a publication (【典型案例】××局工作动态) under a page number is no gazette's header.

describe("a speaker's own points on writing, inside the speech", () => {
  const points = [
    "1. 开头要交代清楚事故发生的时间、地点和单位，不能含糊。",
    "2. 初稿写出来要请分管领导把关，没核实的情况不得上报。",
    "3. 定稿前要和统计部门把伤亡数字再核对一遍。",
  ];
  const head = [
    "在全县安全生产信息写作培训会上的讲话",
    "县应急管理局局长　×××",
    "同志们：",
    COUNTY_OPENING,
    "一、认清形势",
    COUNTY_SITUATION,
    "同志们，信息写作是安全生产工作的基础，大家务必高度重视，当成分内之事抓好。",
  ];
  const rest = ["二、抓好排查", COUNTY_CHECK, "三、压实责任", COUNTY_DUTY, COUNTY_CLOSING];

  it("keeps 关于…的写作，再强调三点： and its points under a mid-speech address, with the outline after them", () => {
    const texts = textsOf([...head, "关于事故信息的写作，再强调三点：", ...points, ...rest]);
    expect(texts).toContain("关于事故信息的写作，再强调三点：");
    for (const p of points) expect(texts.join("\n")).toContain(p.slice(3));
    for (const r of rest) expect(texts).toContain(r);
  });

  it("keeps …的写作，提三点要求： and its points when only the speech's closing follows them", () => {
    const closing = "希望大家学以致用，把培训成果转化为写好材料的实际本领。谢谢大家！";
    const texts = textsOf([...head, "二、学以致用", "对今后信息材料的写作，提三点要求：", ...points, closing]);
    expect(texts).toContain("对今后信息材料的写作，提三点要求：");
    for (const p of points) expect(texts.join("\n")).toContain(p.slice(3));
    expect(texts).toContain(closing);
  });

  it("keeps a lead-in naming no speaking (关于信息稿的写作，几点注意事项：) when the outline goes on after it", () => {
    const texts = textsOf([...head, "关于信息稿的写作，几点注意事项：", ...points, ...rest]);
    expect(texts).toContain("关于信息稿的写作，几点注意事项：");
    for (const p of points) expect(texts.join("\n")).toContain(p.slice(3));
    expect(texts).toContain(COUNTY_CLOSING);
  });

  it("still drops a poster's lead-in on writing and his tips under the speech's closing", () => {
    const tips = ["1. 开头别绕弯子，先把开会目的交代清楚。", "2. 数据拿不准就先用×占位，定稿前再核。"];
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK,
      COUNTY_CLOSING,
      "三点写稿体会，给新同事参考：",
      ...tips,
      "觉得有帮助就点个赞，下回再分享别的讲话稿。",
    ]);
    expect(texts).toContain(COUNTY_CLOSING);
    expect(texts.join("\n")).not.toContain("写稿体会");
    for (const t of tips) expect(texts.join("\n")).not.toContain(t.slice(3));
  });
});

describe("a talk's 第一个，…，… that is no two-clause point's head", () => {
  const talk = (lines: string[]) =>
    speechesOf([
      COUNTY_TITLE,
      "（根据录音整理）",
      "同志们：",
      "今天这个会，我简单讲几句。",
      ...lines,
      COUNTY_CLOSING,
    ])[0]!.blocks;

  it("reads no lead-in bidding to see or know (要清醒地看到，…, 要深刻认识到，…) as a head", () => {
    const lines = [
      "第一个，要清醒地看到，全县工贸领域事故有所抬头。上半年接连发生两起机械伤害事故，教训深刻。",
      "第二个，要深刻认识到，企业才是安全生产的责任主体。老板不上心，检查再多也白搭。",
    ];
    const blocks = talk(lines);
    expect(blocks.filter((b) => b.kind === "heading")).toEqual([]);
    for (const l of lines) expect(blocks.map((b) => b.text)).toContain(l);
  });

  it("reads no charge to see followed by a statement (要看到成绩，近年来…下降) as a head", () => {
    const lines = [
      "第一个，要看到成绩，这几年全县事故起数逐年下降。大家齐心协力，形势总体平稳，很不容易。",
      "第二个，要看到差距，有些企业安全投入严重不足。设备老化、培训走过场，这些都要引起重视。",
    ];
    const blocks = talk(lines);
    expect(blocks.filter((b) => b.kind === "heading")).toEqual([]);
    for (const l of lines) expect(blocks.map((b) => b.text)).toContain(l);
  });

  it("still reads two charges (要把…，决不能… / 要把…，把…) as heads", () => {
    const blocks = talk([
      `第一个，要把底数摸清楚，决不能心中无数。${COUNTY_SITUATION}`,
      `第二个，要把隐患查彻底，把整改落到位。${COUNTY_CHECK}`,
    ]);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text.replace(/。$/, ""))).toEqual([
      "第一个，要把底数摸清楚，决不能心中无数",
      "第二个，要把隐患查彻底，把整改落到位",
    ]);
  });
});

describe("a speech's subhead ending like a publication, under a gazette's page number", () => {
  const masthead = ["青禾县人民政府公报", "2024年第7期（总第90期）", "【领导讲话】　　　　　　2024年第7期"];
  const subhead = "【经验交流】青禾县交通运输局工作动态";
  const body = "县交通运输局在工作动态里介绍了“两客一危”车辆动态监控的做法，各部门可以借鉴。";

  it("keeps 【典型案例】××局工作动态 when the page prints no such publication", () => {
    const texts = textsOf([
      ...masthead,
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK,
      "— 14 —",
      subhead,
      body,
      "三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
    expect(texts.join("\n")).toContain("青禾县交通运输局工作动态");
    expect(texts).toContain(body);
  });

  it("drops such a line when the page prints that publication's name (its masthead)", () => {
    const texts = textsOf([
      "青禾县交通运输局工作动态　　2024年第2期",
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK,
      "— 6 —",
      subhead,
      body,
      "三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
    expect(texts.join("\n")).not.toContain("【经验交流】");
    expect(texts).toContain(body);
  });
});
