import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A 范文 site's 【写作技巧】/【写作思路】 label is a section of its own only right over the 【范文】 that prints the
// speech. Pages written for these tests: the same labels between a speech's paragraphs, or over a speech that has no
// 在…上的讲话 title and no salutation, must never take the speech's lines with them.
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) =>
  mine(lines)
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");

const OPENING = [
  "【范文】",
  "在全乡防汛工作会议上的讲话",
  "乡长　许国栋",
  "同志们：",
  "今天召开全乡防汛工作会议，主要是部署今年的防汛备汛工作。",
  "一、提高认识，克服麻痹思想",
  "近年来我乡连续遭遇强降雨，各村决不能心存侥幸。",
];
const REST = [
  "二、落实责任，织密防汛网络",
  "各村要落实巡堤查险制度，险工险段二十四小时有人值守。",
  "三、备足物资，提升抢险能力",
  "乡里要充实抢险队伍，编织袋、救生衣要按标准储备到位。",
  "同志们，防汛工作责任重大，希望大家坚决守住不死人、少损失的底线。",
];

describe("a 范文 site's writing note bounded to the 【范文】 it stands over", () => {
  it("keeps the rest of the speech after a 【写作技巧】 note between its paragraphs", () => {
    const got = texts([...OPENING, "【写作技巧】", "开头交代会议任务，第一部分用身边的险情说话。", ...REST]);
    for (const line of REST) expect(got).toContain(line);
    expect(got).not.toContain("【写作技巧】");
  });

  it("keeps the rest of the speech after a lone 【写作思路】 label", () => {
    const got = texts([...OPENING, "【写作思路】", ...REST]);
    for (const line of REST) expect(got).toContain(line);
  });

  it("keeps a speech with a thematic title and no salutation under a 【写作思路】 note", () => {
    const second = [
      "守牢底线保平安",
      "副乡长　韩晓东",
      "今年以来，全乡上下扎实推进安全生产工作，未发生一起较大事故。",
      "下面，我讲两点意见。",
      "一、抓好隐患排查",
      "要对辖区企业逐家过一遍，建立问题清单。",
      "二、抓好应急值守",
      "要严格落实领导带班和值班制度。",
    ];
    const got = texts([...OPENING, ...REST, "【写作思路】", "下面这篇以标题统领全篇，不用称呼。", ...second]);
    for (const line of second.slice(2)) expect(got).toContain(line);
    const alone = texts(["【写作思路】", "这类讲话要讲成绩、讲问题。", ...second, "【范文】", "（本文仅供参考）"]);
    for (const line of second.slice(2)) expect(alone).toContain(line);
  });

  it("still removes a 【写作指导】 note standing right over the 【范文】 it introduces", () => {
    const note = ["【写作指导】", "防汛讲话要讲准形势、讲实措施。", "一是形势要讲准。", "二是措施要讲实。"];
    const got = texts([...note, ...OPENING, ...REST]);
    expect(got).not.toContain("形势要讲准");
    expect(got).toContain(OPENING[6]);
    for (const line of REST) expect(got).toContain(line);
  });
});
