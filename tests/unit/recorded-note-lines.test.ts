import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// The editor's note that the text was written up from a recording, on a line of its own in brackets, worded as what
// the text is (（本文为…录音整理稿…）) or as a label (（录音整理：…）): a page written for these tests.
const page = (note: string, closing: string) =>
  [
    "在全村防汛工作会议上的讲话",
    note,
    "同志们：",
    "　　今天把大家叫来，就说一件事，防汛。今年雨水来得早，河边那几段堤坝大家心里都有数，不能大意。",
    "　　各组组长回去以后，把低洼地的住户排一遍，老人孩子多的人家要专人盯着，一有情况马上转移。",
    closing,
    "　　就说这么多，大家回去抓紧落实。",
  ].join("\n");
const kept = (note: string, closing = "") =>
  mineText(page(note, closing))
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");

describe("a recording's note", () => {
  it.each(["（本文为会议现场录音整理稿，保留了讲话人的口语风格）", "（此文系座谈会录音整理，未经本人审阅）"])(
    "under the title goes: %s",
    (note) => {
      expect(kept(note)).not.toContain("录音整理");
    },
  );

  it("as a label after the text goes", () => {
    expect(kept("", "（录音整理：村两委办公室，未经讲话人审阅）")).not.toContain("录音整理");
  });

  it("but a speaker's own bracket about a recording stays", () => {
    const aside = "　　上次开会的录音我听了好几遍（录音整理出来的材料大家手里都有），有些事说了没人干。";
    expect(kept("", aside)).toContain(aside.trim());
  });
});
