import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A 范文 site's advert for its paid service (a course, coaching, writing to order) set between a speech's paragraphs,
// with the way to buy it: a page written for these tests.
const speech = (between: string[]) => [
  "在全区消防安全工作会议上的讲话",
  "同志们：",
  "　　今天召开全区消防安全工作会议，主要任务是分析当前消防安全形势，部署今冬明春火灾防控工作。",
  "一、认清形势，增强做好消防工作的责任感",
  "　　今年以来，全区共发生火灾32起，同比下降12.5%，但出租屋、小作坊火灾仍然多发，形势不容乐观。",
  ...between,
  "二、突出重点，扎实开展火灾隐患排查",
  "　　各街道要对辖区内出租屋、“三合一”场所逐户开展排查，建立隐患台账，整改一项销号一项。",
  "　　同志们，消防安全责任重大，希望大家守土尽责，确保全区火灾形势持续稳定。",
];
const kept = (between: string[]) =>
  mineText(speech(between).join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a site's advert for its paid service", () => {
  it.each([
    "事业单位面试一对一辅导，名师押题，限时优惠，咨询热线400-812-3306",
    "不会写述职报告？公文写作速成班，5天出师，报名请加微信 wxgw0618",
    "▲ 领导讲话没思路？点此咨询资深笔杆子，1对1代写服务 ▲",
  ])("goes between the paragraphs: %s", (ad) => {
    const blocks = kept([ad]);
    expect(blocks.join("\n")).not.toContain(ad.replace(/\s/g, "").slice(2, 12));
    expect(blocks).toContain(
      "今年以来，全区共发生火灾32起，同比下降12.5%，但出租屋、小作坊火灾仍然多发，形势不容乐观。",
    );
  });

  it.each([
    "　　区应急管理局要开通安全咨询热线，组织专家开展一对一辅导，帮助小微企业把隐患找准、把措施定实。",
    "　　对报名参加消防培训班的企业负责人，请加微信群及时通知课程安排，咨询电话要安排专人值守。",
  ])("but a speech's sentence with the same words stays: %s", (sentence) => {
    expect(kept([sentence])).toContain(sentence.trim());
  });
});
