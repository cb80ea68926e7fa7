import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shape of set 132's second: a social note by a writer sharing a speech she
// wrote, her own chat about it above its title (with emoji), her repost notice, then the speech.
const TITLE = "在社区第二季度消防安全工作会议上的讲话";
const OPENING =
  "今天召开社区第二季度消防安全工作会议，主要是把上一阶段的检查情况通一通，把下一阶段的任务排一排。下面，我讲三点意见。";
const BODY = [
  "一、把底数摸清",
  "辖区老旧楼栋多、沿街商铺多，楼道堆物、飞线充电的问题还没有根治，各网格要逐栋逐户再过一遍。",
  "二、把责任压实",
  "物业是小区消防的直接责任人，网格员要把消防巡查纳入日常走访，发现问题当天上报、限期整改。",
  "同志们，消防安全没有旁观者。希望大家真抓实干，为社区居民守好平安。",
];
const REASON = "发帖人谈讲话稿的话（标题之前）";
const speech = [`📝${TITLE}`, "同志们：", OPENING, ...BODY];
/** More of the speech: a page whose speech is this long reads a short unit above it as no speech. */
const MORE = [
  "三、把宣传做细",
  "各网格要利用居民群、楼道公告栏，把火灾案例讲给居民听，组织老人、孩子参加一次疏散演练。",
  "电动自行车进楼入户、飞线充电是今年的整治重点，各小区要把集中充电桩建起来，物业和网格员每天晚上巡一遍。",
];

describe("a poster's words about the speech she shares, above its title", () => {
  it("drops her chat about writing it and her repost notice; the page holds one speech", () => {
    const intro = [
      "改了整整一周写的消防安全讲话稿，主任一遍就过了🥹",
      "入职第三年，这篇算是我比较拿得出手的一篇✍️ 背景是社区季度消防会，主任讲话，分享给同样在写稿子的姐妹们👇",
      "⚠️原创，转载请私信，别直接搬运哈～",
    ];
    const mined = mineText(["笔记 · 发现", "写稿的小安", "关注", ...intro, "", ...speech].join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks[0]!.text).toBe(OPENING);
    // (The emoji are cut first, each on its own.)
    expect(removalReason(mined.removed, "改了整整一周写的消防安全讲话稿，主任一遍就过了")).toBe(REASON);
    expect(removalReason(mined.removed, "原创，转载请私信，别直接搬运哈～")).toBe(REASON);
  });

  it("keeps a speech's own casual opening under its title that speaks of its 讲话稿", () => {
    const own = "今天我不念讲话稿了，写好的稿子会后发给大家，我就跟大家聊几句实在话。";
    const mined = mineText([TITLE, "同志们：", own, ...BODY].join("\n"));
    expect(mined.speeches[0]!.blocks[0]!.text).toBe(own);
  });

  it("names a unit above the title an aside, not a 简报, when it talks as the one who wrote the speech", () => {
    // (No clause marks: the line rule leaves it, and the unit goes to the speech splitter's cover rules.)
    const note =
      "背景是社区季度消防会 主任讲话大概十分钟 我的思路是形势任务责任三段式 每段开头先摆数据再提要求 前后改了四稿终于过了";
    const mined = mineText(
      ["笔记 · 发现", "写稿的小安", "关注", note, "", ...speech.slice(0, -1), ...MORE, BODY.at(-1)!].join("\n"),
    );
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(removalReason(mined.removed, note.replace(/ /g, ""))).toBe("正文外的附言");
  });

  it("keeps the body of a speech whose title is not read as one: its salutation ends the poster's part", () => {
    // A 合集's first speech under a slogan-like title; its body speaks of writing (写了一篇讲话稿, 改了四稿).
    const own = [
      "有的同志用AI写了一篇讲话稿，拿来就念，数据对不上、口径不统一，闹了笑话。",
      "我们这个预案前后改了四稿，每一稿都是大家一条一条对出来的，这个功夫省不得。",
    ];
    const page = ["消防安全主题讲话稿两篇", "让消防安全成为社区的底色", "同志们：", OPENING, ...own, BODY.at(-1)!];
    page.push(TITLE, "（2024年6月5日）", "同志们：", OPENING, ...BODY);
    const texts = mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts).toEqual(expect.arrayContaining(own));
    // With no salutation, its opening line (今天召开…) ends the poster's part.
    const bare = mineText(page.filter((t, i) => i !== 2).join("\n")).speeches;
    expect(bare.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(expect.arrayContaining(own));
  });
});
