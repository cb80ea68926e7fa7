import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";
import { emojiLineReason, WRITING_TIP } from "./noise-emoji-lines";
import { INLINE_SUMMARY_RE } from "./noise-summary-labels";

// Pages written for these tests: a blogger's note signed by his nickname inside a sentence and his 整理后记 after the
// speech; a note app's writing tips under a bulb after a 范文; an app's AI summary above the title; and the speech's
// own look-alikes.

const speech = (...lines: string[]) => [COUNTY_TITLE, "县长　×××", "同志们：", ...lines];

describe("a blogger's note signed by his nickname inside a sentence", () => {
  it("cuts 【老李注：…】 glued to a paragraph's last sentence", () => {
    const para = "部分企业主体责任落实不到位，安全隐患依然不少，绝不能当作别人的事情来看。";
    const texts = textsOf(speech(COUNTY_OPENING, `${para}【老李注：说的是去年城南那起火灾】`, COUNTY_CLOSING));
    expect(texts).toContain(para);
    expect(texts.join("")).not.toContain("老李注");
  });

  it("cuts （小赵按：…） inside a sentence", () => {
    const texts = textsOf(
      speech(
        COUNTY_OPENING,
        "要对重点企业开展一次全覆盖排查，（小赵按：我们厂上周刚查过）建立隐患台账。",
        COUNTY_CLOSING,
      ),
    );
    expect(texts).toContain("要对重点企业开展一次全覆盖排查，建立隐患台账。");
  });

  it("keeps a speech's own bracketed subtotal and its unsigned note", () => {
    const line = "今年以来共检查企业120家（小计按：化工企业45家、其他企业75家），【注：数据截至5月底】整改隐患326项。";
    expect(textsOf(speech(COUNTY_OPENING, line, COUNTY_CLOSING))).toContain(line);
  });
});

describe("a compiler's afterword under 整理后记 after the speech's closing", () => {
  it("drops 整理后记：… and the compiler's lines after it, the blog's chrome below them", () => {
    const texts = textsOf([
      ...COUNTY_SPEECH,
      "",
      "整理后记：这篇讲话我整理了两个晚上，第二部分最实在，大家可以对照着用。",
      "下次我再把会上的其他材料整理出来，跟大家分享。",
      "",
      "标签：安全生产　讲话稿",
      "上一篇：班组安全活动怎么开？",
      "评论（2）",
      "路人甲　2025-03-02 10:11",
      "写得实在，收藏了。",
    ]);
    expect(texts.at(-1)).toBe(COUNTY_CLOSING);
  });

  it("keeps a speech's sentence opening with 整理后记入…", () => {
    const line = "整理后记入台账的隐患，各单位要逐项销号，谁检查谁签字，谁整改谁负责。";
    expect(textsOf(speech(COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING, line))).toContain(line);
  });
});

describe("a note app's writing tips under a bulb after a 范文", () => {
  it("reads 💡写作小tips：… as the account's tip on writing", () => {
    expect(emojiLineReason("💡写作小tips：开头交代背景，中间按形势、任务、责任三段写，结尾表个决心就行～")).toBe(
      WRITING_TIP,
    );
  });

  it("drops it after the closing as such", () => {
    const page = [...COUNTY_SPEECH, "💡写作小Tips：开头交代背景，中间分三段写～", "需要word版的评论区扣1～"];
    const { speeches, removed } = mineText(page.join("\n"));
    expect(speeches.flatMap((s) => s.blocks).at(-1)!.text).toBe(COUNTY_CLOSING);
    expect(removed.find((r) => r.text.includes("写作小Tips"))?.reason).toBe(WRITING_TIP);
  });

  it("keeps a speech's own safety tip under a bulb", () => {
    const line = "💡安全小tips：高处作业必须系好安全带，作业前要检查防护设施是否完好。";
    expect(emojiLineReason(line)).toBeNull();
    const texts = textsOf(speech(COUNTY_OPENING, COUNTY_CHECK, line, COUNTY_CLOSING));
    expect(texts.join("")).toContain("高处作业必须系好安全带");
  });
});

describe("an app's AI summary on its label's line above the speech's title", () => {
  it("reads AI速览｜… and AI摘要：… as a summary on its label's line", () => {
    expect(INLINE_SUMMARY_RE.test("AI速览｜县长：今天召开全县安全生产工作会议...")).toBe(true);
    expect(INLINE_SUMMARY_RE.test("AI 摘要：本文是县长在全县安全生产工作会议上的讲话。")).toBe(true);
  });

  it("drops it above the title as the summary before the text, and reads one speech", () => {
    const summary = `AI速览｜县长：${COUNTY_OPENING.slice(0, 40)}...`;
    const { speeches, removed } = mineText([summary, "", ...COUNTY_SPEECH].join("\n"));
    expect(speeches).toHaveLength(1);
    expect(removed.find((r) => r.text.startsWith("AI速览"))?.reason).toBe("正文前的摘要");
  });

  it("keeps a speech's own sentence on an AI tool's summary below the title", () => {
    const line = "AI总结的隐患规律要用好：夜间、节前和交接班时段事故多发，各单位要据此加强值守。";
    expect(INLINE_SUMMARY_RE.test(line)).toBe(false);
    expect(textsOf(speech(COUNTY_OPENING, line, COUNTY_CLOSING))).toContain(line);
  });
});
