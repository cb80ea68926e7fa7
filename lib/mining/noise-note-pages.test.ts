import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 108's note pages: a web clipper's note with the keeper's
// 【批注】 between paragraphs and ==highlights== round others, and a notebook page (OneNote) that holds a to-do list, a
// meeting notice pasted from a Word file and the keeper's notes after the speech.
const TITLE = "在全区城镇燃气安全专项整治动员会上的讲话";
const OPENING =
  "今天召开全区城镇燃气安全专项整治动员会，主要是部署今冬明春燃气安全工作。刚才，区住建局通报了前期检查情况，我完全同意。";
const SITUATION =
  "今年以来，全区共检查餐饮场所九百余家，发现隐患两千一百多处，已整改一千九百多处，但瓶装液化气违规存放的问题仍然比较突出。";
const CHECK =
  "各街道要对辖区内餐饮场所、老旧小区和农贸市场开展一次全覆盖检查，逐户建立台账，对发现的隐患实行清单管理、限期销号。";
const DUTY = "各街道党政主要负责同志是本辖区燃气安全第一责任人，对因责任不落实导致事故的，依规依纪依法严肃追责问责。";
const CLOSING = "同志们，燃气安全关系千家万户。希望大家迅速行动起来，确保全区燃气安全形势持续稳定。谢谢大家！";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a web clipper's note with the keeper's marks", () => {
  const clip = (body: string[]) => [
    `# ${TITLE}_材料范文网`,
    "> 剪藏时间：2024-11-02 20:15:06",
    "",
    `## ${TITLE}`,
    "",
    "同志们：",
    "",
    OPENING,
    "",
    ...body,
  ];

  it("drops the keeper's 【批注】 lines between paragraphs, one worded as the speech is", () => {
    const notes = ["> 【批注】这组数字要换成我们街道的，找住建科要", "> 【批注】事故那段太长了，压到三句以内"];
    const page = clip(["一、认清形势", "", SITUATION, "", notes[0]!, "", "二、抓好排查", "", CHECK, "", notes[1]!]);
    page.push("", "三、压实责任", "", DUTY, "", CLOSING);
    const mined = mineText(page.join("\n"));
    const texts = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts).toEqual([OPENING, "一、认清形势", SITUATION, "二、抓好排查", CHECK, "三、压实责任", DUTY, CLOSING]);
    expect(removalReason(mined.removed, "【批注】事故那段太长了，压到三句以内")).toBe("批注");
  });

  it("keeps the words of a ==highlighted== paragraph without its marks", () => {
    const page = clip(["一、认清形势", "", `==${SITUATION}==`, "", "二、抓好排查", "", `要坚持==${CHECK}==`]);
    page.push("", "三、压实责任", "", DUTY, "", CLOSING);
    const texts = blocksOf(page);
    expect(texts).toContain(SITUATION);
    expect(texts).toContain(`要坚持${CHECK}`);
    expect(texts.join("")).not.toContain("==");
  });

  it("keeps a speech's sentence on a reviewer's comments, and a 批注 that opens no line", () => {
    const said = "对上级督查组的批注意见，各街道要逐条对照整改，10日内书面报告整改情况。";
    const page = [TITLE, "同志们：", OPENING, said, "【批示】这是领导的批示，要原文传达到每个村居。", CLOSING];
    const texts = blocksOf(page);
    expect(texts).toContain(said);
    expect(texts).toContain("【批示】这是领导的批示，要原文传达到每个村居。");
  });
});

describe("a notebook page with a to-do list, a pasted notice and the keeper's notes", () => {
  const notice = [
    "—— 粘贴的会议通知 ——",
    "关于召开全区城镇燃气安全专项整治动员会的通知",
    "各街道、区直有关部门：",
    "经区政府研究，定于11月5日上午9:00在区行政中心三楼会议室召开动员会，现将有关事项通知如下：",
    "一、参会人员：各街道分管负责同志，区住建局、市场监管局负责同志。",
    "二、请各单位于11月4日下班前报送参会名单。",
    "区住房和城乡建设局",
    "2024年11月1日",
    "粘贴自 <file:///E:/工作/燃气整治/动员会通知.docx>",
  ];
  const todo = ["待办：", "☐ 讲话稿周一上午交区长审定", "☑ 会场横幅已联系", "☐ 会后通稿发区融媒体中心"];
  const head = ["燃气动员会 区长讲话", "2024年11月2日", "16:40", "", ...todo, "", ...notice, ""];
  const speech = [TITLE, "区长　×××", "同志们：", OPENING, "一、认清形势", SITUATION, "二、抓好排查", CHECK];
  speech.push("三、压实责任", DUTY, CLOSING);
  const after = [
    "",
    "会后补：区长临时加了一句液化气配送车辆的要求，通稿里要写上。",
    "相关页面：整治方案 / 检查表 / 通稿草稿",
  ];

  it("reads one speech: the to-do items, the pasted notice and the notes after it go", () => {
    const mined = mineText([...head, ...speech, ...after].join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([
      OPENING,
      "一、认清形势",
      SITUATION,
      "二、抓好排查",
      CHECK,
      "三、压实责任",
      DUTY,
      CLOSING,
    ]);
    expect(removalReason(mined.removed, "☑ 会场横幅已联系")).toBe("待办事项");
    expect(removalReason(mined.removed, "—— 粘贴的会议通知 ——")).toBe("分隔线");
    expect(removalReason(mined.removed, notice.at(-1)!)).toBe("粘贴来源");
    expect(removalReason(mined.removed, after[1]!)).toBe("整理者的附注");
  });

  it("keeps a speech's own box and its 会后 sentence, and a dashed title", () => {
    const form = "☐ 请各街道在自查表“是否安装报警装置”一栏如实勾选，11月20日前报区住建局。";
    const after = "会后，各街道要立即召开专题会议传达本次会议精神，11月10日前把排查方案报区安委办。";
    const page = ["——在全区城镇燃气安全专项整治动员会上的讲话——", "同志们：", OPENING, form, after, CLOSING];
    const texts = blocksOf(page);
    expect(texts).toContain(form.replace(" ", "")); // (normalising drops the space after the box)
    expect(texts).toContain(after);
    expect(texts).not.toContain("——在全区城镇燃气安全专项整治动员会上的讲话——");
    expect(mineText(page.join("\n")).speeches[0]!.title).toContain("在全区城镇燃气安全专项整治动员会上的讲话");
  });

  it("drops a Markdown task list under its label", () => {
    const tasks = ["## 待办事项", "- [ ] 数字和住建局再对一遍", "- [x] 打印十份给会务组"];
    const mined = mineText([`# ${TITLE}`, "同志们：", OPENING, SITUATION, CLOSING, "", ...tasks].join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([OPENING, SITUATION, CLOSING]);
    expect(removalReason(mined.removed, tasks[2]!)).toBe("待办事项");
  });
});
