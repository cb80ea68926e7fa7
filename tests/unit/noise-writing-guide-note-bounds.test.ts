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

  it("removes a 【写作思路】 box between the speech's title and its salutation, and keeps the speech", () => {
    const box = [
      "【写作思路】",
      "1．开篇：点明会议任务，简要肯定前期工作。",
      "2．中段：讲清风险，分条部署措施。",
      "3．收尾：提出要求，用一句号召收住。",
      "此稿适合乡镇防汛会议使用，约2500字，可按本乡情况增删。",
    ];
    const got = texts([OPENING[1]!, ...box, ...OPENING.slice(3), ...REST]);
    expect(got).not.toMatch(/开篇：|中段：|收尾：|此稿适合/);
    expect(mine([OPENING[1]!, ...box, ...OPENING.slice(3), ...REST]).speeches).toHaveLength(1);
    for (const line of [...OPENING.slice(4), ...REST]) expect(got).toContain(line);
  });

  it("keeps a speech's own numbered points under such a label when no title stands above it or an outline is inside", () => {
    const own = ["【写作思路】", "1．先把形势讲透。", "2．再把责任讲实。"];
    const afterText = texts([...OPENING.slice(1, 5), ...own, "同志们：", ...REST]);
    expect(afterText).toContain("先把形势讲透");
    const framed = texts([
      OPENING[1]!,
      "【写作思路】",
      "1．先把形势讲透。",
      "乡长　许国栋",
      "（2024年5月6日）",
      ...OPENING.slice(3),
      ...REST,
    ]);
    expect(framed).toContain("先把形势讲透");
    const outlined = ["【写作思路】", "一、讲形势", "二、讲措施"];
    expect(texts([OPENING[1]!, ...outlined, ...OPENING.slice(3), ...REST])).toContain("讲措施");
  });
});
