import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { setsRecordingTimeCodes } from "./noise-transcript-tools";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shape of set 141's: a meeting's record written up from its tape, the tape's
// offsets ([00:06:25]) left where the clerk set them, opening a paragraph or after a run-in heading.
const TITLE = "在三季度安全生产例会上的讲话";
const OPENING =
  "今天把二季度的安全工作回头看一看，把三季度的事情安排下去。刚才几个部门说了情况，我都同意，下面简单讲几句。";
const CAUSES =
  "为什么会这样？我看主要是两个原因。一是有的同志干久了，习惯性违章；二是交接班不认真，上一个班的问题下一个班不知道。";
const POINTS = "我说几个具体的。一是罐区的报警器，设备部这个月必须换掉；二是消防通道必须畅通，改完了要拍照留底。";
const DUTY = "安全不是安环部一个部门的事。班子成员管哪块就对哪块的安全负责，车间主任对本车间负责，年底对着责任书考核。";
const CLOSING = "好，我就讲这些。希望大家回去把今天的要求传达到每个班组，咱们一起把三季度守住。";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a tape's offsets in a recording's written-up copy", () => {
  const page = [TITLE, "厂长　赵建新", "各位同事：", OPENING, "第一，问题要找准。", `[00:06:25] ${CAUSES}`];
  page.push(`[00:11:48] ${POINTS}`, `第二，责任要落实。[00:19:03] ${DUTY}`, CLOSING);

  it("cuts those opening a line and the one after a run-in heading; the words stay", () => {
    const mined = mineText(page.join("\n"));
    const blocks = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks).toEqual(expect.arrayContaining([CAUSES, POINTS, DUTY]));
    expect(blocks.join("\n")).not.toMatch(/\d{2}:\d{2}:\d{2}/);
    expect(removalReason(mined.removed, "[00:06:25]")).toBe("录音时间点");
    expect(removalReason(mined.removed, "[00:19:03]")).toBe("夹在句中的录音时间点");
  });

  it("reads a page as such only with two offsets counting up", () => {
    expect(setsRecordingTimeCodes([`[00:06:25] ${CAUSES}`, `[00:11:48] ${POINTS}`])).toBe(true);
    expect(setsRecordingTimeCodes([`[00:11:48] ${CAUSES}`, `[00:06:25] ${POINTS}`])).toBe(false);
    expect(setsRecordingTimeCodes([`[00:06:25] ${CAUSES}`, POINTS])).toBe(false);
  });

  it("takes no speech's own timeline, its times inside its sentences, for a tape's offsets", () => {
    const timeline =
      "从现场监控录像看，[02:15:30]第一名工人未经检测进入污水池，[02:18:45]第二名工人盲目施救，三人全部遇难。";
    expect(setsRecordingTimeCodes([OPENING, timeline, `[03:05:00]救援人员到达现场。${DUTY}`])).toBe(false);
    expect(blocksOf([TITLE, "各位同事：", OPENING, timeline, CLOSING])).toContain(timeline);
  });

  it("takes no chat's message times for offsets ([09:14:30]刘××（镇应急办）：…)", () => {
    expect(setsRecordingTimeCodes(["[09:14:30]刘××（镇应急办）：收到。", "[09:15:02]王××：好的。"])).toBe(false);
  });

  it("keeps a speech's own schedule on such a page, its times in brackets to the minute", () => {
    const agenda = ["[08:30]全体人员到罐区集合，清点人数。", "[09:00]开始泄漏处置演练，各小组按方案就位。"];
    const own = [...page.slice(0, -1), "演练当天安排如下：", ...agenda, CLOSING];
    expect(blocksOf(own)).toEqual(expect.arrayContaining([CAUSES, ...agenda]));
  });
});
