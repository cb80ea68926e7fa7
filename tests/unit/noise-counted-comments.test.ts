import { describe, expect, it } from "vitest";
import { COUNTY_CLOSING, COUNTY_OPENING, COUNTY_SITUATION, COUNTY_TITLE } from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";

// An app's comments under their count (共42条评论), and a comment list that runs down to the related posts' header
// (相关推荐): the speech title listed under that header opens no text, so the last comment above it is a comment too.

const SPEECH = [COUNTY_TITLE, "县长　×××", "同志们：", COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING];

describe("comments under their count", () => {
  it("removes the comments under 共42条评论", () => {
    const texts = textsOf([
      ...SPEECH,
      "",
      "共42条评论",
      "山城小安：讲到点子上了，隐患台账要动真格，我们镇上个月刚查完一遍",
      "回复",
      "老刘在路上：去年厂里那次险情我就在现场，现在想起来还后怕",
      "青禾（作者）：安全无小事，感谢大家关注！",
    ]);
    expect(texts.join("\n")).not.toContain("山城小安");
    expect(texts.join("\n")).not.toContain("老刘在路上");
    expect(texts.at(-1)).toBe(COUNTY_CLOSING);
  });

  it("removes the last comment over a related posts' header and its look-alike speech title", () => {
    const texts = textsOf([
      ...SPEECH,
      "全部评论（3）",
      "山城小安：讲到点子上了，隐患台账要动真格。　03-02　回复",
      "老刘在路上：事故总量仍然偏大，部分企业主体责任落实不到位，说得实在！　03-03　回复",
      "相关推荐",
      "在全市安全生产工作会议上的讲话",
      "安全生产月活动方案（精选3篇）",
    ]);
    expect(texts.join("\n")).not.toContain("老刘在路上");
    expect(texts.join("\n")).not.toContain("全市安全生产工作会议");
    expect(texts.at(-1)).toBe(COUNTY_CLOSING);
  });

  it("keeps a speech's line that counts the letters it answered", () => {
    const count = "共1268条留言";
    const texts = textsOf([
      ...SPEECH.slice(0, 4),
      "今年网上群众来信办理情况如下：",
      count,
      COUNTY_SITUATION,
      COUNTY_CLOSING,
    ]);
    expect(texts).toContain(COUNTY_SITUATION);
  });
});
