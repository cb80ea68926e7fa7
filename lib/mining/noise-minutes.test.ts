import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { markMeetingMinutes } from "./noise-minutes";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shape of set 141's: a plant's office system showing a meeting's record, the
// manager's speech inside, then the record's decisions (会议议定事项： over 一、… items, each a sentence with its date
// and its department).
const FORM = ["会议名称：2025年三季度安全生产例会", "会议时间：2025年7月8日 9:00", "主持人：李卫东（安全总监）"];
const TITLE = "在三季度安全生产例会上的讲话";
const OPENING =
  "今天把二季度的安全工作回头看一看，把三季度的事情安排下去。刚才几个部门说了情况，我都同意，下面简单讲几句。";
const BODY = [
  "二季度全厂没有发生人身伤害事故，但是罐区卸车、动火作业还有不少违章，安环部查出来的问题要一项一项整改到位。",
  "进入汛期以后，各车间要把排水、防雷设施再检查一遍，值班领导手机二十四小时开着，出了情况第一时间报告。",
];
const CLOSING = "好，我就讲这些。希望大家回去把今天的要求传达到每个班组，咱们一起把三季度守住。";
const DECISIONS = [
  "会议议定事项：",
  "一、7月20日前，由安环部牵头完成罐区防雷设施检测，结果报厂长办公会。",
  "二、设备部于7月31日前完成三车间两台老旧泵的更换。",
  "三、人力资源部会同安环部组织新员工复训，8月1日起执行。",
];

describe("the decisions a meeting's record lists under its label after the speech", () => {
  it("removes the label and its numbered items, each a sentence; the speech stays whole", () => {
    const page = [...FORM, "会议内容：", TITLE, "各位同事：", OPENING, ...BODY, CLOSING, ...DECISIONS, "记录人：王芳"];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    for (const line of DECISIONS) expect(removalReason(mined.removed, line)).toBe("会议记录（决定事项）");
  });

  it("leaves headings under the label (no sentence, a section's title) to the speech", () => {
    const texts = [...FORM, TITLE, "同志们：", OPENING, "会议决定事项：", "一、提高思想认识", BODY[0]!];
    const verdict = texts.map(() => null as string | null);
    markMeetingMinutes(texts, verdict);
    expect(verdict[texts.indexOf("一、提高思想认识")]).toBeNull();
    expect(verdict[texts.indexOf(BODY[0]!)]).toBeNull();
  });

  it("reads no decisions on a page that is no meeting's record: a speech's own list stays", () => {
    const texts = [TITLE, "同志们：", OPENING, ...DECISIONS, CLOSING];
    const verdict = texts.map(() => null as string | null);
    markMeetingMinutes(texts, verdict);
    expect(verdict.every((v) => v === null)).toBe(true);
  });
});
