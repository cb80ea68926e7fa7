import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";

// Pages in the shapes of set 98's and 99's (a recorder app's export with names in its speaker labels, a 速记稿 in
// turns, a 公众号 post's pinned card and its report after the talk, a Q&A page with one answer and an app card): the
// chrome goes, the speech's own words that look like it stay.

const joined = (blocks: string[]) => blocks.join("");

describe("a recorder app's export whose labels carry the speakers' names", () => {
  const chunk = (label: string, text: string) => [label, text, ""];
  const page = [
    "车间安全例会——主任讲话",
    "录音时间：2025-01-06 08:10　　时长：00:12:40",
    "转写引擎：听写宝 v3.1 · 普通话",
    "【AI智能摘要】",
    "会议由主任主持，通报了近期隐患情况，部署了排查和交接班工作。",
    "【章节速览】",
    "00:00:04　开场",
    "00:03:10　三件事",
    "【转写原文】",
    "",
    ...chunk("说话人1 马国庆  00:00:04", COUNTY_OPENING),
    ...chunk("说话人1 马国庆  00:02:12", COUNTY_SITUATION.replace("形势不容乐观。", "形势不容乐观[笑声]，大家别笑。")),
    ...chunk("说话人2 田亮  00:04:30", "主任，二号泵的备件还没到。"),
    ...chunk("说话人1 马国庆  00:04:41", COUNTY_CHECK),
    "（检测到静音 00:06:02 - 00:06:20）",
    "",
    ...chunk("说话人1 马国庆  00:06:21", COUNTY_DUTY),
    ...chunk("说话人1 马国庆  00:09:50", COUNTY_CLOSING),
    "—— 转写结束 ——",
    "本记录由听写宝自动生成，重要内容请以原始录音为准。",
  ];

  it("keeps the main speaker's chunks and drops the panels, labels, others' turn, the silence and [笑声]", () => {
    const text = joined(textsOf(page));
    expect(text).toContain(COUNTY_OPENING);
    expect(text).toContain(COUNTY_DUTY);
    expect(text).toContain(COUNTY_CLOSING);
    expect(text).toContain("形势不容乐观，大家别笑。");
    for (const chrome of ["马国庆", "备件", "静音", "通报了近期隐患情况", "三件事", "笑声", "转写结束"])
      expect(text).not.toContain(chrome);
  });

  it("keeps a speech's own bracketed words that are no cue ([注] is not a hall's noise)", () => {
    const own = "各班组要把“四不伤害”[注]写进班前会记录，做到人人知晓。";
    const text = joined(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST]));
    expect(text).toContain(own);
  });
});

describe("a 速记稿 printed as turns", () => {
  const page = [
    COUNTY_TITLE,
    "县长　孙立民",
    "",
    "孙立民：",
    COUNTY_OPENING,
    "一、认清形势",
    COUNTY_SITUATION,
    "赵红（应急局局长）：补充一下，上月共查出隐患四十二处。",
    "孙立民：",
    COUNTY_CHECK,
    "二、压实责任",
    COUNTY_DUTY,
    COUNTY_CLOSING,
  ];

  it("drops the speaker's repeated label and the other person's turn between his stretches", () => {
    const blocks = textsOf(page);
    expect(blocks).not.toContain("孙立民：");
    expect(joined(blocks)).not.toContain("上月共查出隐患四十二处");
    expect(joined(blocks)).toContain(COUNTY_CHECK);
  });

  it("keeps a salutation and a point that reads as a turn when no speaker's label repeats", () => {
    const point = "有人问：隐患查出来以后怎么办？我的回答是，立查立改。";
    const blocks = textsOf([...COUNTY_SPEECH_HEAD, "同志们：", point, ...COUNTY_SPEECH_REST]);
    expect(joined(blocks)).toContain(point);
    expect(joined(blocks)).toContain(COUNTY_CHECK);
  });
});

describe("a 公众号 post of a community talk", () => {
  it("drops a pinned info card and the report after the closing; a pinned point of the talk stays", () => {
    const own = "重点提醒：楼道里不准停放电动车，一经发现，物业当场清理。";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      COUNTY_CHECK,
      "📌 集中充电点：小区北门西侧空地，预计5月10日前启用",
      COUNTY_DUTY,
      `📌${own}`,
      COUNTY_CLOSING,
      "",
      "会上，与会居民就充电收费、车棚管理等提出了6条建议，社区已逐条登记。",
      "",
      "往期推荐",
      "街道召开消防安全工作部署会",
      "电瓶车能进电梯吗？这些后果很严重！",
    ];
    const text = joined(textsOf(page));
    expect(text).toContain(own);
    expect(text).toContain(COUNTY_DUTY);
    for (const chrome of ["集中充电点", "提出了6条建议", "这些后果很严重"]) expect(text).not.toContain(chrome);
  });

  it("keeps a closing paragraph that speaks of the meeting in the speaker's voice", () => {
    const own = "会上，大家提了不少好建议，我们要逐条研究、抓好落实。";
    const text = joined(textsOf([...COUNTY_SPEECH, own]));
    expect(text).toContain(own);
  });
});

describe("a Q&A page with one answer", () => {
  const page = (postscript: string[]) => [
    "问知",
    "安全月动员会的讲话稿怎么写？",
    "关注问题",
    "安全员小宋",
    "128 人赞同了该回答",
    "去年替厂长起草过一篇，下面是全文：",
    ...COUNTY_SPEECH_HEAD,
    "二、抓好排查",
    "各车间要对冲压线、叉车通道和配电房开展一次全面排查，发现隐患当场登记，",
    "继续浏览内容",
    "问知 App",
    "打开 App",
    "继续网页浏览",
    "能当场整改的当场整改，一时改不了的要有措施、有时限、有责任人。",
    "三、压实责任",
    COUNTY_DUTY,
    COUNTY_CLOSING,
    ...postscript,
    "编辑于 2025-03-02 21:15・IP 属地浙江",
    "\u200b赞同 128",
    "下一个回答",
    "更多回答",
    "帮助中心",
  ];

  it("joins the sentence across the app card and drops the postscript under a rule and the site below the footer", () => {
    const blocks = textsOf(
      page(["————————", "写稿的几点体会：", "1. 开头要短。", "2. 数字用本厂的。", "3. 结尾别喊口号。"]),
    );
    expect(blocks).toContain(
      "各车间要对冲压线、叉车通道和配电房开展一次全面排查，发现隐患当场登记，能当场整改的当场整改，一时改不了的要有措施、有时限、有责任人。",
    );
    const text = joined(blocks);
    for (const chrome of ["问知", "继续浏览", "写稿的几点体会", "开头要短", "赞同", "下一个回答", "帮助中心"])
      expect(text).not.toContain(chrome);
    expect(blocks.at(-1)).toBe(COUNTY_CLOSING);
  });

  it("keeps the speech's own numbered points under a rule that no thanks stands over", () => {
    const own = ["1. 各车间主任要亲自带队检查。", "2. 查出的问题当天登记。"];
    const speech = [...COUNTY_SPEECH_HEAD, COUNTY_CHECK, "————————", "具体要求如下：", ...own, COUNTY_DUTY];
    const blocks = textsOf([
      "问知",
      "128 人赞同了该回答",
      ...speech,
      "编辑于 2025-03-02 21:15・IP 属地浙江",
      "赞同 128",
    ]);
    expect(joined(blocks)).toContain("各车间主任要亲自带队检查");
    expect(joined(blocks)).toContain(COUNTY_DUTY);
  });
});

it("keeps the speech's own sentence that tells its hearers to open an app", () => {
  const own = "大家回去以后，打开“安全通”App，每天打卡学习。";
  const text = joined(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST]));
  expect(text).toContain(own);
  expect(textsOf(COUNTY_SPEECH)).toEqual(COUNTY_SPEECH_BLOCKS);
});
