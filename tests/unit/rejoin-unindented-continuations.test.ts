import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: a Notepad copy of a 范文 page (every paragraph one line, opened with an indent) where a
// stray blank line splits a paragraph, and a cloud drive's preview of a .docx whose page breaks end paragraphs.
const TITLE = "在公司2024年安全生产委员会全体会议上的讲话";
const P1 = "    今天召开公司安委会全体会议，主要是总结去年安全生产工作，部署今年重点任务。下面，我讲几点意见。";
const P2A = "    今年公司新开工项目多、工期紧，深基坑、高支模等危险性较大的分部分项工程明显增加。";
const P2B = "同时，劳务人员流动性大、培训不足的问题比较突出，各单位对这些变化要有清醒判断。";
const P3 = "    各项目部要在三月底前完成危大工程清单梳理，没有经过审批的方案一律不准施工。";
const P4 = "    同志们，安全生产是企业发展的生命线。希望大家抓实抓细各项工作，确保全年安全生产形势稳定。";
const BREAK = ["", "———— 第 2 页 / 共 5 页 ————", "", "江川建设集团　内部资料　注意保存", ""];
const blocks = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("an unwrapped text whose paragraphs open indented", () => {
  it("keeps a page's first line apart where it is indented, or a heading that ends no sentence", () => {
    const indented = [TITLE, "同志们：", P1, P2A, ...BREAK, "    " + P2B, P3, P4];
    expect(blocks(indented)).toContain(P2B);
    const heading = [TITLE, "同志们：", P1, P2A, ...BREAK, "二、突出重点，抓好危大工程", P3, P4];
    expect(blocks(heading)).toContain(P2A.trim());
  });

  it("joins two halves of a paragraph parted by a stray blank line after a comma", () => {
    const half1 = "　　今年矿井将进入西翼采区，地质条件更复杂。同时，去年新招的一百多名工人大多是第一次下井，";
    const half2 = "技能和经验不足，必须加强培训。";
    const page = [TITLE, "同志们：", "　　" + P1.trim(), half1, "", half2, "　　" + P3.trim(), "　　" + P4.trim()];
    expect(blocks(page)).toContain(half1.trim() + half2);
  });

  it("keeps apart a paragraph after a blank line that opens indented or after a full stop", () => {
    const page = [
      TITLE,
      "同志们：",
      "　　" + P1.trim(),
      "　　" + P2A.trim(),
      "",
      "　　" + P3.trim(),
      "　　" + P4.trim(),
    ];
    expect(blocks(page)).toEqual(expect.arrayContaining([P2A.trim(), P3.trim()]));
  });
});
