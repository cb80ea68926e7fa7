import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

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
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK,
      "",
      "赞助内容",
      "安全培训课程 限时五折",
      "了解更多 >",
    ];
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
    expect(textsOf([...COUNTY_SPEECH, "", "相关解读：【图解】一图读懂全县安全生产工作会议"])).toEqual(
      COUNTY_SPEECH_BLOCKS,
    );
  });

  it("keeps a sentence that speaks of 相关解读", () => {
    const line = "各部门要做好政策宣传，相关解读要及时跟进，让企业看得懂、用得上。";
    expect(textsOf([...COUNTY_SPEECH, line])).toContain(line);
  });
});

// The damage review rev-c found at 5cb050a, on pages written for these tests in the same shapes.
describe("a speech's own lines near an advert's or a sponsor's words", () => {
  it("does not run a preview cut off at its comma on across an ad card into the next speech's title", () => {
    const cut = "各乡镇要对辖区内的加油站、液化气站开展一次全面排查，重点查看储罐区、";
    const next = "在全县森林防火工作会议上的讲话";
    const page = [...COUNTY_SPEECH_HEAD, "二、抓好排查", cut, "", "", "广告", "反光背心定制 印字免费", "立即购买", ""];
    const speeches = speechesOf([
      ...page,
      "",
      next,
      "同志们：",
      "今天召开全县森林防火工作会议，部署今冬明春的防火工作。",
      ...COUNTY_SPEECH_REST.slice(2),
    ]);
    expect(speeches.map((s) => s.title)).toContain(next);
    expect(speeches.flatMap((s) => s.blocks.map((b) => b.text))).toContain(cut);
  });

  it("keeps an event's programme the speech sets under 赞助 (its partners listed, no offer)", () => {
    const programme = ["赞助", "县自来水公司、县燃气公司", "县人寿保险公司", "各单位安全员可扫码立即报名"];
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      "6月中旬，县里将在文化广场举办安全生产咨询日活动。",
      ...programme,
    ];
    const texts = textsOf([...page, ...COUNTY_SPEECH_REST.slice(1)]);
    expect(texts).toEqual(expect.arrayContaining(programme.slice(0, 3)));
  });

  it("keeps a speech's list item 广告内容 (内容 marks only a sponsor's label)", () => {
    const list = [
      "对户外招牌，要重点查看以下几项：",
      "设置位置",
      "广告内容",
      "支架焊缝和锈蚀情况",
      "发现问题立即咨询专业机构",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, "二、抓好排查", ...list, ...COUNTY_SPEECH_REST.slice(1)]);
    expect(texts).toEqual(expect.arrayContaining(["广告内容", "支架焊缝和锈蚀情况"]));
  });

  it("keeps a slogan 关注“X”，… where X is the page's banner, not an account by its 关注 button", () => {
    const slogan = "关注“平安夏季”，人人讲安全、个个会应急";
    const page = [
      "首页 > 政务公开 > 领导讲话",
      "",
      "平安夏季",
      "",
      ...COUNTY_SPEECH_HEAD,
      "今年活动的口号是：",
      slogan,
    ];
    expect(textsOf([...page, ...COUNTY_SPEECH_REST])).toContain(slogan);
  });

  it("keeps the speech's own 相关解读：… item that sets a task and its deadline", () => {
    const item = "相关解读：县应急管理局负责对企业逐条讲解，6月10日前完成";
    const page = [...COUNTY_SPEECH_HEAD, "二、抓好排查", COUNTY_CHECK, item, ...COUNTY_SPEECH_REST.slice(2)];
    expect(textsOf(page).join("")).toContain(item);
  });
});
