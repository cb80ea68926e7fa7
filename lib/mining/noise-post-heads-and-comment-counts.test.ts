import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { markFollowCards } from "./noise-follow-cards";

/** A plant manager's plain talk, no outline: title, speaker, salutation, paragraphs, thanks. */
const TALK_HEAD = [
  "张厂长在全厂2025年安全生产动员会上的讲话",
  "某某机械有限公司厂长　张××",
  "各位车间主任、班组长、同志们：",
];
const TALK_TEXT = [
  "今天这个会我不念稿子，就跟大家说几句实在话。开年开这个会，不是走过场，是因为安全这件事年年讲，还是有人不上心。",
  "先说去年。去年厂里出了三起工伤，有一起是冲压车间的小刘，手伸进模具里被压伤了，到现在还没上班。这个教训大家都要记住。",
  "我后来去查了，那台冲床的光电保护早就坏了，维修单报上去两个月没人修。这不是运气不好，这是拖出来的事故。",
  "再说今年要干的。头一件是查隐患，从下周开始全厂大排查，冲压、喷涂、仓库一个角落都不能漏，查出来的问题拍照上传。",
  "第二件是责任。车间主任就是本车间安全第一责任人，班组长管好班组，每个人管好自己的岗位，谁也别想往下推。",
  "最后说一句，我最怕的就是半夜接电话。大家平平安安上班，高高兴兴回家，就是厂里最大的效益。我就说这么多，谢谢大家！",
];

// Pages written for these tests in the shapes of set 125's: a 公众号 article's 往期推荐 and its 留言精选 below the
// speech, a self-media post's card with its badge before the time, the poster's own lead between the card and the
// speech's title, and the comments under the post's 评论 count.

describe("a 公众号 article's lists below the speech", () => {
  it("drops every link under 往期推荐 and the comments under 留言精选", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "来源：某县应急管理局",
      "往期推荐",
      "某县召开安全生产委员会全体会议",
      "汛期将至，这份防汛指南请收好！",
      "长按识别二维码，关注某县发布",
      "阅读原文　阅读 2316",
      "点赞 41",
      "在看 9",
      "留言精选",
      "河畔老李：“隐患要建立台账”，说到了点子上，关键看落实。",
      "26",
      "作者回复：感谢关注，我们会持续跟进。",
      "城西小吴：小区消防通道被车堵了好久，能不能管一管？",
      "14",
      "作者回复：已转交属地街道核查。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own line on its messages, the words reversed as a header's are, with its sentences", () => {
    const page = [
      ...COUNTY_SPEECH.slice(0, 4),
      "留言精选",
      "西街王大爷：楼道里堆满了杂物，谁来管一管？",
      "这条留言说明，群众身边的隐患还不少，各乡镇要逐条回应、逐条整改，不能让群众的呼声落空。",
      COUNTY_CLOSING,
    ];
    const texts = textsOf(page);
    expect(texts).toContain("这条留言说明，群众身边的隐患还不少，各乡镇要逐条回应、逐条整改，不能让群众的呼声落空。");
    expect(texts).toContain(COUNTY_CLOSING);
  });
});

describe("a self-media post's head and comments", () => {
  const card = ["说安全的老陈", "某某号优质安全领域创作者　2025-03-02 07:30 · 发布于河南", "+ 关注"];
  const headline = "县长只讲了半小时，干部们都坐不住了：句句都是实话";
  const lead = [
    "我干安全管理十多年了，听过的讲话不少，照本宣科的居多。这次去一个县里听会，县长没拿稿子，台下没人看手机。",
    "会后跟县长打了招呼，我照着录音一句句敲了出来，发给各位同行看看。觉得有用的，点个关注，后面还有。",
  ];
  const judge = (page: string[]) => {
    const verdict: (string | null)[] = page.map(() => null);
    markFollowCards(page, verdict);
    return page.filter((_, i) => !verdict[i]);
  };

  it("marks the card with its badge before the time, the headline over it and the lead above the speech's title", () => {
    // (The pipeline has taken the space between the badge and the time by then: both forms are the card's.)
    for (const byline of [card[1]!, "某某号优质安全领域创作者2025-03-02 07:30·发布于河南"])
      expect(judge([headline, card[0]!, byline, card[2]!, ...lead, "", ...COUNTY_SPEECH])).toEqual([
        "",
        ...COUNTY_SPEECH,
      ]);
  });

  it("keeps the lines under the card when no title over a speaker or a salutation follows them", () => {
    // (A card as main already knew it, its time first.)
    const known = [card[0]!, "2025-03-02 07:30 · 河南 · 安全领域创作者", card[2]!];
    const under = [COUNTY_OPENING, COUNTY_SITUATION, "一、抓好排查", COUNTY_CLOSING];
    expect(judge([headline, ...known, ...under])).toEqual([headline, ...under]);
    // Too many paragraphs before the title: the speech's own, under a heading that reads as a title.
    const long = [COUNTY_OPENING, COUNTY_SITUATION, COUNTY_OPENING, COUNTY_SITUATION];
    expect(judge([...known, ...long, ...COUNTY_SPEECH])).toEqual([...long, ...COUNTY_SPEECH]);
  });

  it("mines one speech from the post, without its head", () => {
    const speeches = speechesOf([headline, ...card, ...lead, "", ...TALK_HEAD, ...TALK_TEXT]);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text).filter((t) => !TALK_HEAD.includes(t))).toEqual(TALK_TEXT);
  });

  it("drops the readers' named comments under the post's 评论 count after its chrome", () => {
    const page = [
      ...TALK_HEAD,
      ...TALK_TEXT,
      "",
      "（全文完）",
      "关注“说安全的老陈”，每天一条安全干货",
      "举报/反馈",
      "评论 17",
      "网友3390127：“隐患要建立台账”，这句话应该贴在每个车间的墙上。",
      "说安全的老陈（作者）：谢谢认可，落实才是关键。",
    ];
    expect(textsOf(page).filter((t) => !TALK_HEAD.includes(t))).toEqual(TALK_TEXT);
  });

  it("keeps a named line a speech reads out under its own 评论 figure", () => {
    const quoted = "东村张大姐：“这回排查真查到我们家门口了，电线都换了新的。”";
    const page = [...COUNTY_SPEECH.slice(0, 4), "评论 17", quoted, COUNTY_SITUATION, COUNTY_CLOSING];
    expect(textsOf(page).join("\n")).toContain("电线都换了新的");
  });
});
