import { describe, expect, it } from "vitest";
import { speechesOf, textsOf } from "../testing/mined-page";
import {
  ANNOUNCED_POINTS,
  BARRED_SAYINGS,
  BARRED_SLOGANS,
  EMPHATIC_PLAIN_LINE,
  NOTE_THEN_SPEECH,
  PUBLICITY_LINK,
} from "../testing/review-95-pages";

// Guards from the outside review of the fixes for set 95 and of the mends before them: each page's own text that
// those took or made a heading of, and that the miner keeps as it was before them.

const lines = (page: string) => page.split("\n");
const headings = (page: string) =>
  speechesOf(lines(page)).flatMap((s) => s.blocks.filter((b) => b.kind === "heading").map((b) => b.text));

describe("a speech beside the rules for set 95", () => {
  it("keeps the speech's paragraphs right under an editor's note that has no blank line after it", () => {
    const text = textsOf(lines(NOTE_THEN_SPEECH)).join("\n");
    expect(text).toContain("今年以来，全区安全生产形势总体平稳");
    expect(text).toContain("下一步，各镇街、各部门要");
  });

  it("makes no heading of sayings set off by a bar, and keeps the two-phrase headings beside them", () => {
    expect(headings(BARRED_SLOGANS)).toEqual([
      "认清形势，增强道路交通安全工作的紧迫感",
      "突出重点，狠抓农村道路交通安全隐患治理",
    ]);
    expect(headings(BARRED_SAYINGS)).toEqual([]);
  });

  it("keeps a sentence on publicity that ends in a copied link's arrows", () => {
    expect(textsOf(lines(PUBLICITY_LINK)).join("\n")).toContain("广告宣传也要跟上");
  });

  it("makes no heading of a plain talk's five-character emphatic line, and reads headings after 我讲三点意见：", () => {
    expect(headings(EMPHATIC_PLAIN_LINE)).not.toContain("这个要记牢");
    expect(headings(ANNOUNCED_POINTS)).toEqual(["形势不容乐观", "隐患要一处一处查", "把责任扛在肩上"]);
  });
});
