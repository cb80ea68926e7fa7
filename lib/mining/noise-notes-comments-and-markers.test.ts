import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 26's: a meeting's bound materials with their rules at the
// back, a Word file's footnotes flattened to text, a shared document's comment threads between paragraphs, a 范文
// collection whose third marker stands under the site's links.
const TITLE = "在全县特种设备安全管理工作会议上的讲话";
const OPENING =
  "今天召开全县特种设备安全管理工作会议，主要任务是部署今冬明春特种设备安全工作。刚才，县市场监管局通报了前三季度检验情况，我都同意。";
const BODY = [
  "今年以来，全县在用起重机械、压力容器和电梯共计××台（套），定期检验率保持在较高水平，但超期未检和作业人员无证上岗的问题仍然存在。",
  "各乡镇、各有关部门要对辖区内的特种设备开展一次全覆盖排查，建立一台设备一本台账，对查出的隐患实行清单管理、限期整改。",
  "各使用单位要落实安全主体责任，主要负责人是第一责任人，对因失职失责导致事故的，依规依纪依法严肃追责问责。",
];
const CLOSING = "同志们，特种设备安全责任重大，希望大家迅速行动起来，确保全县特种设备安全运行。";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a meeting's rules printed after the speech", () => {
  it("removes a spaced 会议须知 and its numbered rules below a blank line, not the speech's outline", () => {
    const rules = ["一、请参会人员提前十分钟入场，按指定座位就座。", "二、会议期间请将手机调至静音状态。"];
    const page = [TITLE, "同志们：", OPENING, "一、认清形势", BODY[0]!, "二、压实责任", BODY[2]!, CLOSING, ""];
    page.push("会　议　须　知", "", ...rules);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([
      OPENING,
      "一、认清形势",
      BODY[0],
      "二、压实责任",
      BODY[2],
      CLOSING,
    ]);
    expect(removalReason(mined.removed, rules[1]!)).toBe("会议须知");
  });
});

describe("footnotes flattened to text", () => {
  it("removes [n] notes at the end when the mark is cited inside a sentence above", () => {
    const cited = BODY[0]!.replace("（套）", "（套）[1]");
    const note = "[1] 数据来源：县市场监管局特种设备年度统计。";
    const blocks = blocksOf([TITLE, "同志们：", OPENING, cited, BODY[1]!, CLOSING, note]);
    expect(blocks).toEqual([OPENING, cited, BODY[1], CLOSING]);
  });

  it("keeps a line that opens with [1] when nothing above cites it", () => {
    const listed = "[1] 各乡镇要在十一月底前完成辖区特种设备台账的更新，逐台登记使用单位和检验日期。";
    const blocks = blocksOf([TITLE, "同志们：", OPENING, listed, BODY[1]!, CLOSING]);
    expect(blocks).toContain(listed.replace(" ", ""));
  });
});

describe("a shared document's comment threads", () => {
  it("removes each commenter, time, comment and buttons, and a reply left without buttons", () => {
    const thread = ["刘建国", "10月12日 14:05", "数据口径请以九月底的台账为准。", "回复"];
    thread.push(
      "张红梅",
      "10月12日 15:20",
      "好的，核完直接改正文。",
      "解决",
      "王磊",
      "10月13日 09:18",
      "保留这个提法吧。",
    );
    const blocks = blocksOf([TITLE, "同志们：", OPENING, BODY[0]!, ...thread, BODY[1]!, BODY[2]!, CLOSING]);
    expect(blocks).toEqual([OPENING, ...BODY, CLOSING]);
  });

  it("keeps a short line and a time in a speech when no buttons close them", () => {
    const duty = ["值班室", "7月21日 22:30", "人员已全部转移到安置点。"];
    const blocks = blocksOf([TITLE, "同志们：", OPENING, BODY[0]!, ...duty, BODY[1]!, CLOSING]);
    expect(blocks.join("")).toContain("人员已全部转移到安置点。");
  });
});

describe("a collection's marker under the site's links", () => {
  it("starts the next speech at 篇3： and removes the 相关范文 links", () => {
    const second = "在全县特种设备安全工作推进会上的表态发言";
    const page = [TITLE, "同志们：", OPENING, BODY[0]!, CLOSING, ""];
    page.push("相关范文：特种设备安全讲话稿 | 安全生产表态发言 | 乡镇安全生产讲话", "", "篇3：", second);
    page.push("各位领导、同志们：", BODY[1]!, BODY[2]!, "谢谢大家！");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE, second]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY[0], CLOSING]);
    expect(mined.speeches[1]!.blocks.some((b) => b.text.includes("篇3"))).toBe(false);
    expect(removalReason(mined.removed, "相关范文：特种设备安全讲话稿 | 安全生产表态发言 | 乡镇安全生产讲话")).toBe(
      "网站页眉页脚",
    );
  });
});
