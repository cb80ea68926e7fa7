import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 114's: a self-media post with a sponsor's card set into a
// sentence and its own account's prompt between sections, a portal's 相关解读 link under the speech.
const account = "青禾安全说";
const postHead = ["青禾号", account, "关注", ""];

describe("a sponsor's card set into the text", () => {
  const [before, after] = ["各乡镇要对排查出的隐患建立台账，明确整改责任人，", "逐项销号，确保整改到位。"];

  it("removes 赞助内容 over its offer and its button, and the sentence runs on across it", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      before,
      "",
      "赞助内容",
      "防爆配电箱厂家直供 低至299元/台 包安装",
      "了解更多 >",
      "",
      after,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    const texts = textsOf(page);
    expect(texts).toContain(before + after);
    expect(texts.join("")).not.toMatch(/赞助|厂家直供|了解更多/);
  });

  it("keeps a paragraph that ends its sentence above an advert whole, apart from the next", () => {
    const page = [...COUNTY_SPEECH_HEAD, "二、抓好排查", COUNTY_CHECK, "", "赞助内容", "安全培训课程 限时五折", "了解更多 >"];
    expect(textsOf([...page, "", ...COUNTY_SPEECH_REST.slice(2)])).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("the post's own account asking to be followed", () => {
  it("removes 关注“…”，… when the account's name stands alone on the page", () => {
    const page = [...postHead, ...COUNTY_SPEECH_HEAD, `关注“${account}”，每天一篇基层安全干货`, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence that asks to follow another account", () => {
    const line = "关注“平安青禾”，每天学一点安全知识。";
    const page = [...postHead, ...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toContain(line);
  });
});

describe("a portal's 相关解读 link under the speech", () => {
  it("removes 相关解读：【图解】…", () => {
    expect(textsOf([...COUNTY_SPEECH, "", "相关解读：【图解】一图读懂全县安全生产工作会议"])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a sentence that speaks of 相关解读", () => {
    const line = "各部门要做好政策宣传，相关解读要及时跟进，让企业看得懂、用得上。";
    expect(textsOf([...COUNTY_SPEECH, line])).toContain(line);
  });
});
