import { describe, expect, it } from "vitest";
import {
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { docContext } from "./noise-line-features";

// A study platform's page, written for these tests: its path (当前位置：…>…>…) is no line of the speech, so the
// headline and the points banner under it stand above the speech and go; its points toast between two paragraphs
// goes though the page's spaces are gone from it.

const PATH = "当前位置：专题学习频道 > 安全生产月 > 学习资料";

describe("a site's path above the speech", () => {
  it("is not read as the speech's first line", () => {
    const spoken = "要按“排查>交办>整改>验收”四步闭环推进，做到隐患清零，坚决守住安全底线。";
    const doc = docContext([PATH.replace(/\s+/g, ""), spoken]);
    expect(doc.body).toEqual([false, true]);
    expect(doc.bodyStart).toBe(1);
  });

  it("leaves the headline and the points banner under it above the speech, where they go", () => {
    const page = [
      "首页 | 学思想 | 学政策 | 专题学习 | 我的",
      PATH,
      "安全生产工作会议讲话汇编学习资料",
      "学习积分：今日已获 12 分 · 文章学习 +1",
      ...COUNTY_SPEECH,
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a study app's points toast between paragraphs", () => {
  it("goes with the spaces of its line gone", () => {
    const page = [...COUNTY_SPEECH_HEAD, "学习积分 +1　已有效学习 2 分钟", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own sentence about points", () => {
    const own = "学习积分+10分以上的职工年底予以表彰。";
    const texts = textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST]);
    expect(texts).toContain(own);
  });
});
