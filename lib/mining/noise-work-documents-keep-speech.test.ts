import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// Ordinary speeches that look, in one line or two, like the work documents of noise-work-documents.ts, a column of
// dated links, a viewer's line numbers or a PDF's running header: an outside review found each of these damaged
// before the rules asked for more evidence. Each must come through whole.
const TITLE = "在全县安全生产培训班结业式上的讲话";
const OPENING = "为期五天的全县安全生产培训班今天就要结业了。这次培训时间虽短，但内容丰富、针对性强，大家学得认真。";
const BODY = [
  "通过这次培训，大家进一步掌握了安全生产法律法规和专业知识，提升了发现问题、解决问题的能力。",
  "希望大家把学到的知识运用到实际工作中，切实提高安全监管的能力和水平，做到见隐患就查、见违法就罚。",
];
const CLOSING = "同志们，安全生产责任重大，希望大家牢记使命，为全县安全生产形势持续稳定作出新的更大贡献！";
const textOf = (page: string[]) =>
  mineText(page.join("\n"))
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");

describe("speeches that keep their text", () => {
  it("keeps a section headed 心得体会 and a list of 小贴士: no notes page around them", () => {
    const tips = ["防溺水小贴士：", "一、不私自下水游泳。", "二、不到无安全设施的水域游泳。"];
    const text = textOf([TITLE, "同志们：", OPENING, "心得体会", BODY[0]!, BODY[1]!, ...tips, CLOSING]);
    for (const kept of ["心得体会", BODY[0]!, "防溺水小贴士", "不私自下水游泳", CLOSING]) expect(text).toContain(kept);
  });

  it("keeps a collection whose speeches each end with a unit and a month, and a sentence that starts 整理一份", () => {
    const second = "在全县消防安全工作推进会上的讲话";
    const task = "整理一份全县重大危险源清单，编印警示教育读本，发到每一家企业的负责人手中。";
    const page = [TITLE, "同志们：", OPENING, BODY[0]!, CLOSING, "县安全生产委员会", "2024年6月", ""];
    page.push(second, "同志们：", BODY[1]!, task, CLOSING, "县安全生产委员会", "2024年6月");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE, second]);
    expect(mined.speeches[1]!.blocks.map((b) => b.text)).toContain(task);
  });

  it("keeps the leader's own 刚才…汇报了 under a page's meeting details", () => {
    const heard = "刚才县应急管理局汇报了今年以来全县安全生产形势，几个乡镇和部门作了表态发言，我都同意。";
    const details = ["会议时间：2024年3月21日上午9:00", "会议地点：县政府三楼会议室", "主持人：常务副县长李明"];
    expect(textOf([...details, TITLE, "同志们：", heard, ...BODY, CLOSING])).toContain(heard);
  });

  it("keeps a second leader's words in a recording's transcript, not only the speaker with the most", () => {
    const page = ["发言人 1 00:00:05", "现在开会，请县长讲话。", "", "发言人 2 00:00:20", OPENING, ...BODY, ""];
    // The secretary speaks at length too, as the county head did: a speech, not a chair's few words.
    const secretary = [BODY[0]!.replace("通过", "经过"), BODY[1]!.replace("希望", "要求"), OPENING, CLOSING];
    page.push("发言人 1 00:15:40", "下面请县委书记讲话。", "", "发言人 3 00:15:52", ...secretary);
    const text = textOf(page);
    expect(text).toContain(CLOSING);
    expect(text).not.toContain("现在开会");
  });

  it("keeps a list of accidents each with its date, read out after a lead-in", () => {
    const accidents = [
      "江苏响水天嘉宜化工有限公司特别重大爆炸事故 2019年3月21日",
      "湖北十堰燃气爆炸重大事故 2021年6月13日",
    ];
    const text = textOf([TITLE, "同志们：", "近年来，危化品领域接连发生重特大事故：", ...accidents, ...BODY, CLOSING]);
    expect(text).toContain("湖北十堰燃气爆炸重大事故");
  });

  it("keeps a list of twelve numbered measures, which counts its items, not the lines", () => {
    const measures = Array.from({ length: 12 }, (_, i) => `${i + 1}　严禁第${i + 1}类违章作业行为`);
    expect(textOf([TITLE, "同志们：", OPENING, "下面，我强调十二条硬措施：", ...measures, CLOSING])).toContain(
      "1严禁第1类",
    );
  });

  it("keeps each speech's speaker in a PDF collection whose speeches start on new pages", () => {
    const speech = (title: string, n: number) => [
      title,
      "县长 张建国",
      "同志们：",
      OPENING,
      ...BODY,
      CLOSING,
      `— ${n} —`,
    ];
    const titles = ["在全县安全生产工作会议上的讲话", "在全县消防工作会议上的讲话", "在全县防汛工作会议上的讲话"];
    const mined = mineText(titles.flatMap((t, n) => speech(t, n + 1)).join("\n"));
    expect(mined.speeches.map((s) => s.speaker)).toEqual(titles.map(() => "县长张建国"));
  });
});
