import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// A page written for these tests: a Word file saved as text, its list numbers lost, so the three sections the opening
// announces stand as bare lines (one with a term in quotes), the hand-typed （一）（二） points under the second.
const OPENING =
  "今天召开公司“质量安全月”启动会，刚才，生产部宣读了活动方案，各车间作了表态发言。下面，我讲三个方面的意见。";
const SITUATION =
  "今年以来，公司安全生产总体平稳，但在两次专项检查中仍查出隐患九十多项，有的问题反复出现，说明基础还不牢固，大家务必引起重视。";
const CHECK =
  "（一）抓好隐患排查。各车间要对设备设施、电气线路和特殊作业开展一次全面自查，查出的问题录入台账，明确责任人和整改时限。";
const DRILL =
  "（二）抓好培训演练。安全部要组织全员安全知识考试，各车间要结合岗位实际开展应急处置演练，提高员工的自救互救能力。";
const DUTY =
  "公司主要负责人是安全生产第一责任人，各分管领导、车间主任和班组长要对分管范围内的安全负责，形成层层抓落实的责任体系。";
const CLOSING = "同志们，安全是企业最大的效益。希望大家把各项活动抓细抓实，确保全年安全目标顺利实现。谢谢大家！";

const page = (second: string) => [
  "在公司“质量安全月”启动会上的讲话",
  "总经理　×××",
  "同志们：",
  OPENING,
  "清醒认识当前安全生产形势",
  SITUATION,
  second,
  CHECK,
  DRILL,
  "层层压实安全生产责任",
  DUTY,
  CLOSING,
];
const headsOf = (lines: string[]) =>
  mineText(lines.join("\n"))
    .speeches.flatMap((s) => s.blocks)
    .filter((b) => b.kind === "heading")
    .map((b) => [b.text, b.level]);

describe("announced sections whose heading names a term in quotes", () => {
  it("reads the bare lines as level 1, a term in quotes among the words, and the （一） points under them", () => {
    expect(headsOf(page("扎实开展“质量安全月”各项活动"))).toEqual([
      ["清醒认识当前安全生产形势", 1],
      ["扎实开展“质量安全月”各项活动", 1],
      ["（一）抓好隐患排查。", 2],
      ["（二）抓好培训演练。", 2],
      ["层层压实安全生产责任", 1],
    ]);
  });

  it("reads no section in a saying in quotes alone or a quotation with its comma", () => {
    for (const saying of ["“隐患险于明火”", "牢记“安全第一，预防为主”"]) {
      const heads = headsOf(page(saying));
      expect(heads.map(([t]) => t)).not.toContain(saying);
      expect(heads.filter(([, level]) => level === 1).map(([t]) => t)).not.toContain("清醒认识当前安全生产形势");
    }
  });
});
