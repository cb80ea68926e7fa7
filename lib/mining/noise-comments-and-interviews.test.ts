import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 71's: a 自媒体 article's comments under 评论46, an answerer
// carrying on his speech in a comment under his answer, a 答记者问 under a speech.

const SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];

describe("readers' comments under a count", () => {
  it("drops the comments, their names, likes and the author's reply under 评论46 and 写下你的评论...", () => {
    const comments = [
      "评论46",
      "写下你的评论...",
      "老黄牛在基层",
      "说得太到位了，我们乡镇这周也在逐家核查，台账做得头都大了。",
      "128·回复",
      "作者回复：辛苦了！后续我整理一份台账模板分享给大家。",
      "36·回复",
      "桐溪小安",
      "这个我们园区早就落实了，点赞。",
      "19·回复",
    ];
    expect(textsOf([...SPEECH, ...comments])).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("an answer carried on in the answerer's comment", () => {
  const page = (commenter: string) => [
    "县里安全生产会议上镇长讲话稿怎么写？",
    ...COUNTY_SPEECH_HEAD,
    "二、抓好排查",
    COUNTY_CHECK,
    "字数限制贴不全，剩下的我在评论里补上。",
    "赞同326 反对4 评论（12） 分享",
    "",
    "评论",
    `${commenter} 2025-05-10 10:41`,
    `接上文：三、压实责任`,
    COUNTY_DUTY,
    "回复 赞41",
    "小河边的风 2025-05-10 11:02",
    "太感谢了，正好用得上！",
    "回复 赞3",
  ];

  it("keeps the answerer's own comment as the speech's end, its label cut, and drops his note about it", () => {
    const texts = textsOf(page("山城老笔杆（答主）"));
    expect(texts).toEqual([...COUNTY_SPEECH_BLOCKS.slice(0, 5), "三、压实责任", COUNTY_DUTY]);
  });

  it("drops a reader's comment that says it carries on", () => {
    const texts = textsOf(page("路过的网友"));
    expect(texts).not.toContain(COUNTY_DUTY);
  });
});

describe("a 答记者问 under a speech", () => {
  it("drops the label, the reporters' questions and the official's answers under his name", () => {
    const interview = [
      "【答记者问】",
      "记者：三季度全市事故起数和死亡人数实现双下降，主要得益于哪些工作？",
      "郭振华：主要是我们把治本攻坚三年行动往深里推，全市组织了两轮集中执法。",
      "记者：冬季即将来临，市民在用气用电方面应注意什么？",
      "郭振华：使用燃气要安装报警器，不要私拉电线给电动自行车充电。",
      "相关链接",
    ];
    expect(textsOf([...SPEECH, ...interview])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own lines that name a person and a colon where no interview is labelled", () => {
    const dialogue = ["有的企业负责人对我说：“检查太多了。”", "我告诉他：安全检查多一次，事故就少一分。"];
    const page = [...COUNTY_SPEECH_HEAD, ...dialogue, COUNTY_CHECK, COUNTY_CLOSING];
    expect(textsOf(page)).toEqual(expect.arrayContaining(dialogue));
  });
});
