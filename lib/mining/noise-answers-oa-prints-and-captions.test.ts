import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 43's: a Q&A page whose best answer carries a speech under the
// answerer's card, an OA system's print of a speech with its header over each page, a 公众号 article with one
// picture's caption set off by ▲ (left: see its guard). The guards hold what an outside review found the first draft of these rules took
// from speeches (a sentence on data changed by hand, a collection's repeated titles, a lone ▲ point, a talk's own
// 提问者： and 采纳率 lines, a posted speech's #tag# question).

describe("a Q&A page's best answer", () => {
  const page = [
    "问答社区 > 公文写作",
    "求一篇县里安全生产工作会议的讲话稿",
    "提问者：小****鱼　2024-10-08 09:30　悬赏 30 积分",
    "下周县里开会，领导要讲话，求一篇实在点的，一千字左右就行。",
    "我来答　　分享　　举报　　2个回答",
    "#热议# 冬天用电暖器要注意哪些安全问题？",
    "最佳答案",
    "写材料的老周",
    "县政府办公室文字综合岗　回答于 2024-10-08 20:41",
    "采纳率92%　　获赞 1.2万",
    "展开全部",
    "给你一篇我们县里用过的，地名和数字自己改改就能用：",
    "同志们：",
    COUNTY_OPENING,
    COUNTY_SITUATION,
    COUNTY_CHECK,
    COUNTY_DUTY,
    COUNTY_CLOSING,
    "赞同 88　　评论 5",
  ];

  it("keeps the speech without the asker's line, the promoted topic, the answerer's card and his preface", () => {
    const texts = textsOf(page);
    expect(texts).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]);
  });

  it("leaves a speech's own handle-like line that stands over no byline", () => {
    const speech = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, "一、认清形势", COUNTY_SITUATION, COUNTY_CLOSING];
    expect(textsOf(speech)).toEqual([COUNTY_OPENING, "一、认清形势", COUNTY_SITUATION, COUNTY_CLOSING]);
  });

  it("keeps a speech's sentences that share the answerer's words, and its own question and statistics lines", () => {
    const wrapped = [
      "对人大代表提出的23条安全生产建议，县应急局已全部书面回答于2024年6月30日",
      "，办结率达到100%，群众满意率98%以上，下一步还要加强跟踪回访。",
    ];
    expect(textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, ...wrapped, COUNTY_CLOSING])).toContain(wrapped.join(""));
    const kept = [
      "有的煤矿把瓦斯传感器挪了位置，超限的监测数据自己改，这是拿矿工的生命开玩笑！",
      "有的同志开会讲话，办公室给你一篇稿子你就照着念，念完了事，这样的会开了等于没开。",
      "群众反映的23个安全隐患问题，县应急局已逐一书面回答于2024年6月底前全部办结。",
      "提问者：我们村的小作坊用电很乱，该找谁来管？",
      "采纳率 65%",
      "有的企业的应急预案是从网上下载的，换个名字，以为自己改改就能用。",
      "给你一篇总结材料，你要看出问题来，不能只看成绩。",
      // Words to one listener on adapting his plan, leading into what follows: no text is handed over.
      "我常跟新来的同志讲，你的预案哪怕只改一下，也要想清楚两个问题：",
      "如果你觉得排查的路线需要调整一下，那就按程序报：",
    ];
    const speech = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, ...kept, COUNTY_CLOSING];
    const texts = textsOf(speech).join("\n");
    for (const t of kept) expect(texts).toContain(t.replace(/\s/g, ""));
  });

  it("keeps the question of a speech posted under its own #tag#", () => {
    const posted = ["#安全生产月# 为什么说安全生产责任重于泰山？", COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING];
    expect(textsOf(posted).join("")).toContain("为什么说安全生产责任重于泰山？");
  });

  it("keeps a speech's own topic in a sentence and its question to the room", () => {
    const asked = "冬天用电暖器要注意哪些安全问题？这个问题请大家回去都想一想，各村要逐户讲到。";
    const speech = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, asked, COUNTY_CLOSING];
    expect(textsOf(speech)).toEqual([COUNTY_OPENING, asked, COUNTY_CLOSING]);
  });
});

describe("an OA system's print of a speech", () => {
  const header = "宏达机械制造有限公司协同办公平台　流程打印";
  const page = [
    header,
    "流程编号：HD-AQ-20250601-0012",
    "发起人：安环部　李明",
    "正文内容：",
    ...COUNTY_SPEECH_HEAD,
    "二、抓好排查",
    "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，建立隐患台账，",
    "",
    "打印时间：2025-06-03 08:12:47　　打印人：李明",
    "第1页/共2页",
    header,
    "实行闭环管理，确保整改到位。",
    "三、压实责任",
    COUNTY_DUTY,
    COUNTY_CLOSING,
    "打印时间：2025-06-03 08:12:47　　打印人：李明",
    "第2页/共2页",
  ];

  it("removes the header printed at the top of each page, and the sentence flows across the break", () => {
    const texts = textsOf(page);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a first line that is the speech's own title, and drops its copy under a page number", () => {
    const title = "以案为鉴　压实责任";
    const page = [title, COUNTY_OPENING, COUNTY_SITUATION, "— 2 —", title, COUNTY_CHECK, COUNTY_CLOSING];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual(["以案为鉴压实责任"]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([
      COUNTY_OPENING,
      COUNTY_SITUATION,
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ]);
  });

  it("keeps a collection's titles when the same title opens the file and a speech under a page number", () => {
    const page = [
      COUNTY_TITLE,
      COUNTY_OPENING,
      COUNTY_SITUATION,
      "第1页/共2页",
      COUNTY_TITLE,
      COUNTY_CHECK,
      COUNTY_DUTY,
    ];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE, COUNTY_TITLE]);
  });
});

describe("a lone ▲ line", () => {
  // Not taken as a caption without a picture's sign (图, 照片, 现场, 摄, a date): a page's one ▲ line that names
  // people at work may be a point or a slogan as well (set 43/02's caption is left, as its README says).
  it("keeps ▲ points, and a lone ▲ line that is a point, a demand or a slogan", () => {
    const points = ["▲认清形势", COUNTY_SITUATION, "▲抓好排查", COUNTY_CHECK];
    const withPoints = textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, ...points, COUNTY_CLOSING]);
    expect(withPoints).toContain("▲认清形势");
    for (const lone of [
      "▲认清形势",
      "▲各村要在本周内把楼道里的电动车全部清出去",
      "▲各村要在本周内把楼道里的电动车全部清出去。",
      "▲安全生产没有局外人，人人都是第一责任人",
      "▲人民至上、生命至上，安全发展",
      "▲广大干部职工是安全生产的主力军",
      "▲党员干部带头冲在防汛抢险第一线",
    ]) {
      const texts = textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, "", lone, "", COUNTY_SITUATION, COUNTY_CLOSING]);
      expect(texts.join("\n")).toContain(lone.replace(/[。]$/, "").slice(1, 8));
    }
  });
});
