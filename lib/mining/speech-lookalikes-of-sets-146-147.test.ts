import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
  countySpeechWith,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// A speech's own lines in the shapes the rules of sets 146–147 read as chrome (written for these tests, from an outside
// review): a speech relaying a meeting it reports in the third person, a lecture's and a 党课's own questions, a 考点 in
// round brackets, a host's labels over his agenda, a speech a rule parts in a Q&A answer, a heading's 即日起 sentence.

describe("a speech relaying a meeting it reports in the third person", () => {
  it("keeps what the meeting did under its salutation, over its 现将…讲话精神整理如下：", () => {
    const reported = [
      "会议通报了今年以来全省安全生产形势，分析了存在的突出问题，部署了下一阶段重点工作。",
      "会议强调，各地要坚持人民至上、生命至上，深入开展安全生产治本攻坚三年行动。",
    ];
    const page = [
      COUNTY_TITLE,
      "同志们：",
      "3月5日，全省安全生产电视电话会议召开。省长×××出席会议并讲话。",
      ...reported,
      "现将×××省长讲话精神整理如下：",
      ...COUNTY_SPEECH_REST,
    ];
    const texts = textsOf(page);
    for (const line of reported) expect(texts).toContain(line);
  });
});

describe("a speech's own questions", () => {
  const questions = ["1.我们单位最大的安全风险在哪里？", "2.结合本岗位，谈谈如何落实全员安全生产责任制？"];

  it("keeps a lecture's 思考题 inside its text when it opens on 同志们，…", () => {
    const page = [
      "安全生产专题党课讲稿",
      "同志们，今天我和大家一起学习习近平总书记关于安全生产的重要论述，谈一谈如何把安全发展理念落到实处。",
      "一、深刻认识安全生产的极端重要性",
      COUNTY_SITUATION,
      "思考题：",
      ...questions,
      "二、切实把安全责任扛在肩上",
      COUNTY_DUTY,
      "最后，希望大家把今天学习的内容带回去，认真思考，抓好落实。谢谢大家！",
    ];
    const texts = textsOf(page);
    for (const line of questions) expect(texts).toContain(line);
  });

  it("keeps a 党课讲稿's 讨论题 after its closing on a page no course's words are on", () => {
    const texts = textsOf([...COUNTY_SPEECH, "讨论题：", ...questions]);
    for (const line of questions) expect(texts).toContain(line);
  });
});

describe("a 考点 in round brackets", () => {
  it("keeps the speech's gloss on its exam sites (各考区（考点）要…)", () => {
    const line = "全县共设置5个考区（考点），各考区（考点）要严格落实消防、用电、食品安全检查，确保考生安全。";
    expect(textsOf(countySpeechWith(line))).toContain(line);
  });
});

describe("a host's labels over the items of his agenda", () => {
  it("keeps 【议题一】… when the host calls the item's speaker under it", () => {
    const labels = [
      "【议题一】听取县应急管理局关于全县安全生产形势的汇报",
      "【议题二】审议《县安全生产委员会成员单位工作职责》",
    ];
    const page = [
      "在县政府第35次常务会议上的主持词",
      "同志们：",
      "今天召开县政府第35次常务会议，共有两项议题。",
      labels[0]!,
      "首先，请县应急管理局局长×××同志汇报。",
      "刚才，×××同志作了汇报，情况清楚，措施具体，我都同意。各乡镇要抓好落实，坚决防范遏制重特大事故发生。",
      labels[1]!,
      "请县应急管理局×××同志作说明。",
      "这个职责分工大家没有不同意见，原则通过，会后由县政府办公室印发。",
      "同志们，今天的会议就到这里。散会！",
    ];
    const texts = textsOf(page);
    for (const label of labels) expect(texts).toContain(label);
  });
});

describe("a speech a rule line parts in a Q&A answer", () => {
  it("keeps the half under the rule going on with its outline's 第三，…", () => {
    const third = "第三，要压实各方责任。" + COUNTY_DUTY;
    const last = "最后，希望大家以高度负责的态度扎实抓好各项工作，为全县发展营造安全稳定的环境。";
    const page = [
      "问答社区　首页　发现　提问",
      "县里安全生产会议的讲话稿一般怎么写？",
      "写材料的老张",
      "2,048 人赞同了该回答",
      "谢邀，去年给领导写过一篇，贴出来供参考。",
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK,
      "同志们，排查整治是当前最紧迫的任务，各乡镇要立即行动起来。",
      "——————————",
      third,
      last,
      "编辑于 2024-05-06 20:15・IP 属地江苏",
      "赞同 2048　·　96 条评论　·　分享",
    ];
    const texts = textsOf(page);
    expect(texts).toContain(third);
    expect(texts).toContain(last);
  });
});

describe("a numbered sentence whose subject is followed by 即日起", () => {
  it("is one paragraph: a bare 即日起 opens no body after the heading's words", () => {
    const line = "（二）冬季安全生产大检查工作即日起全面展开，由县安委办牵头，各行业部门参加，12月底前完成。";
    const texts = textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, line, COUNTY_CLOSING]);
    expect(texts).toContain(line);
  });
});
