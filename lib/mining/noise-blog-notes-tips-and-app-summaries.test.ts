import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests: a blogger's note signed by his nickname inside a sentence and his 整理后记 after the
// speech; and the speech's own look-alikes.

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
