import { describe, expect, it } from "vitest";
import { mineText } from "@/lib/mining/text-pipeline";

// An outside review of the wrapped-keyword rule (noise-wrapped-keywords.ts) found it cutting a speaker's own
// …讲话范文 on a page wrapped at a count of characters, where the line above held digits: read in display columns
// (a digit one column, a Chinese character two) that line stopped short, though it held as many characters as the
// others. A page written for this test, wrapped at 31 characters, a full-width indent among them.
const TITLE = "在全市应急管理系统作风建设会议上的讲话";
const ABOVE = "照抄的，2024年上半年报来的总结里，就有一个区的安监站竟然把";
const LINES = [
  "　　今天召开全市应急管理系统作风建设会议，主要任务是查摆问题，",
  "明确要求。刚才，几位同志作了发言，讲得都很实在，我都同意。下面",
  "，我讲几点意见。",
  "　　近年来，全系统干部职工的作风总体是好的，但一些单位仍然存在",
  "文山会海、照搬照抄的问题，有的同志写材料不动脑筋，拿来就用，群",
  "众对此意见很大，必须下决心加以整治，绝不能听之任之。",
  "　　我举个例子。市局今年抽查了各区县报送的材料，发现不少材料是",
  ABOVE,
  "城市防汛安全讲话范文，原封不动地拿来当本单位的讲话稿，这样做是",
  "很不严肃的，必须严肃纠正。",
  "　　同志们，作风建设永远在路上。希望大家求真务实，真抓实干，以",
  "过硬的作风推动应急管理工作不断取得新成效。",
];

describe("a speaker's own 讲话范文 on a page wrapped at a count of characters", () => {
  it("keeps the phrase when the line above, with its digits, runs to the margin in characters", () => {
    expect(ABOVE.length).toBe(LINES[0]!.length);
    const r = mineText([TITLE, "同志们：", ...LINES].join("\n"));
    const text = r.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("");
    expect(text).toContain("安监站竟然把城市防汛安全讲话范文，原封不动地");
    expect(r.removed.map((x) => x.text)).not.toContain("城市防汛安全讲话范文");
  });
});
