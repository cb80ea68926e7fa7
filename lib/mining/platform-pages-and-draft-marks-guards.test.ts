import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// The review of set 139's platform and draft rules: an account named for a county's campaign (安澜桐溪) whose name
// the speech uses as its own phrase, a speech's own table of points on a study platform's page, and a template's
// blanks marked [插入：单位名称] under its writer's unnamed 【批注：…】 — each kept; the rules' own cases still read.

describe("an account's name that the speech uses as a phrase of its own", () => {
  const own = [
    "今年是推进安澜桐溪建设的关键之年，各乡镇要把安全生产摆在更加突出的位置。",
    "要把安澜桐溪各项任务分解到村、落实到人，确保件件有着落。",
    "同志们，建设更高水平的安澜桐溪，使命光荣。让我们真抓实干，守护好群众的平安！",
  ];
  const page = (extra: string[]) => [
    "安澜桐溪V　粉丝数：1.6万",
    "2024-04-08 10:20 · 桐溪县委政法委官方账号",
    ...COUNTY_SPEECH_HEAD,
    ...extra,
    ...COUNTY_SPEECH_REST,
    "关注@安澜桐溪，了解全县平安建设最新动态！",
  ];

  it("keeps the name where a campaign's noun, 的 or a sentence's break is round it", () => {
    const texts = textsOf(page(own));
    expect(texts).toEqual(expect.arrayContaining(own));
    expect(texts.some((t) => t.includes("了解全县平安建设最新动态"))).toBe(false);
  });

  it("still cuts the name where it breaks a word (我安澜桐溪镇实际)", () => {
    const marked = COUNTY_CHECK.replace("各乡镇要", "各乡镇要结合我安澜桐溪镇实际，");
    const texts = textsOf(page([marked]));
    expect(texts).toContain(COUNTY_CHECK.replace("各乡镇要", "各乡镇要结合我镇实际，"));
  });
});

describe("a speech's own table of points on a page that counts the reader's points", () => {
  const header = ["桐溪学习平台　学而时习", "我的积分：今日已累计 6 分"];
  const table = ["及时上报一般隐患+2分", "及时上报重大隐患+5分", "安全建议被企业采纳+3分"];

  it("keeps the table's rows and drops the platform's prompt between two paragraphs", () => {
    const texts = textsOf([
      ...header,
      ...COUNTY_SPEECH_HEAD,
      "各企业要建立职工隐患积分台账，积分标准如下：",
      ...table,
      "视听学习 +1分",
      ...COUNTY_SPEECH_REST,
    ]);
    expect(texts).toEqual(expect.arrayContaining(table));
    expect(texts.some((t) => t.includes("视听学习"))).toBe(false);
  });
});

describe("a template's blanks and its writer's unnamed note", () => {
  const blank = "[插入：单位名称]";
  const opening = `今天，我们召开${blank}安全生产工作会议，主要是分析形势，部署下阶段工作。`;
  const situation = COUNTY_SITUATION.replace("全县", blank);

  it("keeps the blanks' marks on a page whose only note names no reviewer", () => {
    const texts = textsOf([
      "安全生产工作会议讲话模板（可直接套用）",
      "【批注：标黄部分请结合本单位实际修改】",
      `在${blank}安全生产工作会议上的讲话`,
      "同志们：",
      opening,
      "一、认清形势",
      situation,
      ...COUNTY_SPEECH_REST,
    ]);
    expect(texts).toEqual(expect.arrayContaining([opening, situation]));
  });

  it("keeps a placeholder's mark in a reviewed draft and takes the reviser's inserted words", () => {
    const field = `各乡镇报送整改清单时，要在表头注明[插入：联系人姓名]，逐项填写整改进度。`;
    const revised = COUNTY_CHECK.replace("确保整改到位", "确保整改[删除: 基本][插入: 全部]到位");
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      "[批注 周主任: 排查范围再和应急局核一下]",
      field,
      "二、抓好排查",
      revised,
      ...COUNTY_SPEECH_REST.slice(2),
    ]);
    expect(texts).toContain(field);
    expect(texts).toContain(COUNTY_CHECK.replace("确保整改到位", "确保整改全部到位"));
    expect(texts).toEqual(expect.arrayContaining(COUNTY_SPEECH_BLOCKS.slice(0, 3)));
  });
});
