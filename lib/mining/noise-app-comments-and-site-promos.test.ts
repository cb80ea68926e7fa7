import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 55's: a news app's article with its copyright line, its buttons
// and comments stamped 9月30日 19:02 · 回复 · 赞 56; a personal library's 类似文章 list; a 范文 site's slogan between
// the speech's paragraphs.

const SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];

describe("a news app's comments under the speech", () => {
  it("drops the copyright line, the buttons, the comment box and each comment with its name, text and stamp", () => {
    const page = [
      ...SPEECH,
      "",
      "本文为某某头条作者原创，未经授权禁止转载",
      "举报/反馈",
      "点赞 128 · 收藏 45 · 转发 17",
      "",
      "评论 27",
      "写评论，说说你的看法…",
      "东港老王　浙江",
      "电动自行车进楼道这个事真得管，我们楼里去年就差点出事。",
      "9月30日 19:02 · 回复 · 赞 56",
      "潮汐小满　浙江",
      "说得好！希望会议精神能落到每个小区。",
      "10月1日 08:15 · 回复 · 赞 23",
      "查看全部27条评论",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's dated lines that no buttons follow", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "近期几起事故：",
      "王家村",
      "村民自建房外墙脱落，砸伤一人。",
      "9月30日",
      "李庄",
      "烟花爆竹违规储存，被依法查处。",
      "10月1日",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(
      expect.arrayContaining(["王家村", "村民自建房外墙脱落，砸伤一人。", "烟花爆竹违规储存，被依法查处。"]),
    );
  });

  it("keeps a speech's sentence that forbids copying or asks for views", () => {
    const forbid = "涉密文件未经批准禁止复制，会议材料会后统一收回。";
    const views = "下面请大家结合各自分管领域，说说你们的看法。";
    const page = [...COUNTY_SPEECH_HEAD, forbid, views, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(expect.arrayContaining([forbid, views]));
  });
});

describe("a site's list and slogan", () => {
  it("drops a 类似文章 label with its 更多 link over the list", () => {
    const page = [
      ...SPEECH,
      "",
      "本文由馆友收藏自网络，仅供个人学习参考，如有侵权请联系删除。",
      "收藏此文 | 献上鲜花 | 转发给好友",
      "",
      "类似文章　更多",
      "县委书记在全县安全生产暨消防安全工作会议上的讲话",
      "在全市安全生产工作会议上的讲话（2026年12月）",
      "乡镇长在全镇安全生产工作会议上的表态发言",
      "安全生产工作会议讲话稿精选8篇",
      "",
      "猜你喜欢",
      "企业年度安全生产工作总结范文",
      "关于开展安全隐患大排查大整治的实施方案",
      "",
      "馆友评论(2)",
      "雨巷听风　2027-03-13 08:41",
      "写得很实，这句我直接用到乡里的讲话稿里了，谢谢馆主！",
      "回复 | 赞(3)",
      "老秦说材料　2027-03-15 21:07",
      "第三部分还可以再展开一点，不过整体框架清楚，先收藏备用。",
      "回复 | 赞(1)",
      "",
      "发表评论",
      "© 2027 某某个人图书馆 版权所有 | 京ICP备26018843号-2",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a writing site's slogan between two paragraphs and keeps the speech's own words on 材料", () => {
    const own = "各单位报送的材料要实事求是，有问题就上报，不能报喜不报忧。";
    const page = [
      "某某范文网 - 专业公文写作范文网",
      "",
      ...COUNTY_SPEECH_HEAD,
      "千篇范文随心用，写材料就上某某范文网！",
      COUNTY_CHECK,
      own,
      COUNTY_CLOSING,
    ];
    const texts = textsOf(page);
    expect(texts).toEqual(expect.arrayContaining([COUNTY_SITUATION, COUNTY_CHECK, own, COUNTY_CLOSING]));
    expect(texts.join("\n")).not.toMatch(/随心用|就上某某/);
  });
});
