import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 55's: a news app's article with its copyright line, its buttons
// and comments stamped 9月30日 19:02 · 回复 · 赞 56; a personal library's 类似文章 list; a 范文 site's slogan between
// the speech's paragraphs.

describe("a news app's comments under the speech", () => {
  it("drops the copyright line, the buttons, the comment box and each comment with its name, text and stamp", () => {
    const page = [
      ...COUNTY_SPEECH,
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

  it("reads the stamp's other forms: how long ago, a year, the commenter's IP place", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "评论 3",
      "东港老王",
      "电动自行车进楼道这个事真得管。",
      "3小时前 · 回复 · 赞 56",
      "潮汐小满",
      "说得好！希望会议精神能落到每个小区。",
      "2026年9月30日 19:02 · 回复 · 赞 23",
      "青禾小吏",
      "转发给村里的网格员了。",
      "9月30日 21:15 · IP属地浙江 · 回复 · 赞 8",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's list of cases, each with its place, what was found and the day it came in", () => {
    const cases = [
      "近期群众举报的几起隐患：",
      "王家村",
      "村民自建房外墙开裂，存在坍塌风险。",
      "9月30日 · 群众举报",
      "李庄",
      "液化气站违规储存气瓶，已责令整改。",
      "10月1日 举报",
      "城东社区",
      "反映小区消防通道被占用。",
      "10月8日回复",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...cases, ...COUNTY_SPEECH_REST]).join("\n");
    // The normaliser drops a space beside Chinese text (9月30日 · 群众举报 → 9月30日·群众举报).
    for (const line of cases.slice(1)) expect(texts).toContain(line.replace(/\s+/g, ""));
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

  it("keeps a speech's sentences that forbid copying or passing on, or ask for views", () => {
    const own = [
      "涉密文件未经批准禁止复制，会议材料会后统一收回。",
      "涉及事故的现场图片和视频，未经许可严禁转发。",
      "本次会议材料属内部资料，未经许可不得复制、转发。",
      "下面请大家结合各自分管领域，说说你们的看法。",
      "下面，请应急局李局长说说您的看法。",
      "老张，你是老安监了，说说你的看法。",
      "发表评论，必须守住底线。",
    ];
    const page = [...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(expect.arrayContaining(own));
  });

  it("keeps a wrapped paragraph whole when one of its lines forbids passing the pictures on", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "发生生产安全事故后，各单位要第一时间按规定报告，统一由县政府新闻办对外发",
      "布信息。事故现场图片、视频及调查材料未经授权不得转发，",
      "任何人不得擅自接受媒体采访，防止引发负面舆情。",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toContain(
      "发生生产安全事故后，各单位要第一时间按规定报告，统一由县政府新闻办对外发布信息。事故现场图片、视频及调查材料未经授权不得转发，任何人不得擅自接受媒体采访，防止引发负面舆情。",
    );
  });
});

describe("a site's list and slogan", () => {
  it("drops a 类似文章 label with its 更多 link over the list", () => {
    const page = [
      ...COUNTY_SPEECH,
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
    const more = [
      "不能整天坐在办公室里写材料，等出了事故就来不及了！",
      "今天我不念讲话稿了，就来讲几点实在话。",
      "不要忙着写材料，发现隐患就上报！",
      "照搬范文不行，隐患尽在细节之中。",
      "本次会议的讲话稿，会后请访问县政府网站查阅。",
      "各单位上报的总结不要照抄网上的类似文章。",
    ];
    const page = [
      "某某范文网 - 专业公文写作范文网",
      "",
      ...COUNTY_SPEECH_HEAD,
      "千篇范文随心用，写材料就上某某范文网！",
      COUNTY_CHECK,
      own,
      ...more,
      COUNTY_CLOSING,
    ];
    const texts = textsOf(page);
    expect(texts).toEqual(expect.arrayContaining([COUNTY_SITUATION, COUNTY_CHECK, own, ...more, COUNTY_CLOSING]));
    expect(texts.join("\n")).not.toMatch(/随心用|就上某某/);
  });
});
