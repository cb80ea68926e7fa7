import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A forwarded e-mail written for these tests: the forwarder's headers (with the attachment's line, named after the
// speech) and his note to the schools, then the drafter's mail and the speech, with a clerk's 【数据待核：…】 note left
// at the end of a paragraph.
const mine = (lines: string[]) => mineText(lines.join("\n"));

const FIGURES = "去年全区卫生系统共排查火灾隐患312处，已整改到位298处，整改率95.5%。";
const SPEECH = [
  "在全区卫生健康系统消防安全工作会议上的讲话",
  "区卫健局党委书记、局长　罗明川",
  "同志们：",
  "今天召开全区卫生健康系统消防安全工作会议，主要是通报检查情况，部署今年消防安全工作。下面，我讲三点意见。",
  "第一，要认清形势。",
  `${FIGURES}【数据待核：以区消防大队年报为准】`,
  "第二，要压实责任。",
  "各医疗机构主要负责人是本单位消防安全第一责任人，要亲自研究、亲自部署、亲自检查。",
  "同志们，消防安全无小事。希望大家把各项措施抓细抓实，确保全系统消防安全形势持续稳定。",
];

describe("a speech forwarded by e-mail", () => {
  it("removes the headers with the attachment's line and the forwarder's note, leaving one speech", () => {
    const page = [
      "发件人：区卫健局办公室 <bgs@example.cn>",
      "发送时间：2024年4月8日(星期一) 上午9:10",
      "收件人：各医疗卫生单位",
      "主题：转发：罗局长在全区卫生健康系统消防安全工作会议上的讲话",
      "附件：罗明川局长讲话（终稿）.docx (41.2 KB)",
      "",
      "各医疗卫生单位：",
      "现将罗明川局长在全区卫生健康系统消防安全工作会议上的讲话转发给你们，请组织学习，抓好贯彻落实。",
      "",
      "区卫健局办公室",
      "2024年4月8日",
      "",
      ...SPEECH,
    ];
    const { speeches } = mine(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(SPEECH[0]);
    const got = speeches[0]!.blocks.map((b) => b.text);
    expect(got).toContain(FIGURES);
    expect(got.join("\n")).not.toContain("待核");
  });

  it("keeps a bracketed note that holds the figure itself", () => {
    const page = [...SPEECH.slice(0, 5), `${FIGURES}【数据待核：298】`, ...SPEECH.slice(6)];
    const got = mine(page)
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    expect(got).toContain("298】");
    expect(got).toContain(SPEECH[7]);
  });

  it("leaves a 通知's own 附件 lines, with no mail's headers beside them, to the rules that know them", () => {
    const page = [
      "各村（社区）：",
      "现将镇长讲话印发给你们，请认真学习。",
      "附件：镇长在全镇防汛工作会议上的讲话",
      "",
      "附件：",
    ];
    const { removed } = mine([...page, "", ...SPEECH]);
    expect(removed.filter((r) => r.reason === "邮件头")).toEqual([]);
  });
});
