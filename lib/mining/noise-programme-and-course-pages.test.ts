import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { markCoursePage } from "./noise-drafts-and-courses";
import { markProgrammeScript } from "./noise-programme-script";
import { isTitleLine } from "./outline-patterns";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 135's: a radio and TV programme's transcript with the guest's
// prepared talk inside it, and a cadre e-learning platform's course page with the lecture as its text.
const OPENING =
  "入汛以来，我县降雨比常年偏多三成。借今天这个机会，我想和大家，特别是和各村的干部、各企业的负责人，谈一谈防汛这件事到底该怎么抓。";
const FACTS =
  "先看几个数字。今年以来，全县共转移受威胁群众一千二百余人，排查山洪地质灾害隐患点六十三处，没有发生人员伤亡，但有两处隐患点是群众自己报上来的。";
const DUTY =
  "各村的防汛责任人要把名单贴到村口，谁负责哪一片、哪几户，预警来了先通知谁、往哪里转，都要写清楚，不能出了事才想起来找人。";
const DRILL = "预案不能只锁在柜子里。每个村今年至少要组织一次转移演练，让老人孩子都知道往哪里跑、听到什么信号就要走。";
const CLOSING = "防汛没有局外人。希望大家把预警当回事、把转移当回事，也欢迎群众随时向我们反映身边的隐患。谢谢大家！";
const blocksOf = (page: string[]) =>
  mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => `${b.kind[0]} ${b.text}`));

describe("a radio and TV programme's transcript around a guest's talk", () => {
  const page = ["××县融媒体中心　节目文字稿", "本期嘉宾：××县应急管理局局长　蒋××", "文字整理：新闻部　　审核：总编室"];
  page.push("【片头】（栏目音乐起，约10秒）");
  page.push(
    "主持人（晓雯）：各位观众、听众朋友，晚上好！今天我们请来了县应急管理局的蒋局长，和大家聊聊防汛。蒋局长，您好！",
  );
  page.push("【导播：切嘉宾中景，叠字幕条“蒋××　县应急管理局局长”】", "【专题讲话】守住防汛底线　护好一方平安");
  page.push(OPENING, FACTS, "【画面：山洪灾害隐患点巡查的空镜，约10秒】", DUTY);
  page.push("主持人：这么说，名单得落到每一户才管用。", DRILL, CLOSING);
  page.push("主持人：谢谢蒋局长！本期节目就到这里，下周同一时间再见。", "【片尾】（片尾音乐起）");
  page.push("编导：韩××　　摄像：沈××、方××　　监制：吕××");

  it("keeps the talk under its title, and the notes, the host's turns, the guest line and the credits go", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual(["守住防汛底线护好一方平安"]);
    expect(blocksOf(page)).toEqual([`p ${OPENING}`, `p ${FACTS}`, `p ${DUTY}`, `p ${DRILL}`, `p ${CLOSING}`]);
    expect(removalReason(mined.removed, "【导播：切嘉宾中景，叠字幕条“蒋××　县应急管理局局长”】")).toBe("节目导播提示");
    expect(removalReason(mined.removed, "【片头】（栏目音乐起，约10秒）")).toBe("节目导播提示");
    expect(removalReason(mined.removed, "主持人：这么说，名单得落到每一户才管用。")).toBe("节目主持人的话");
    expect(removalReason(mined.removed, "本期嘉宾：××县应急管理局局长　蒋××")).toBe("节目信息");
    expect(removalReason(mined.removed, "编导：韩××　　摄像：沈××、方××　　监制：吕××")).toBe("节目信息");
    expect(removalReason(mined.removed, "【专题讲话】")).toBe("栏目标记");
  });

  it("keeps a speech's own bracketed section whose first word is a production word's", () => {
    const own = "【音乐节安保】今年的音乐节观众多、场地散，公安、消防、卫健要各派专人驻场，散场时分区分批疏导。";
    const texts = ["【导播：切全景】", OPENING, own, "【画面：会场空镜】", CLOSING];
    const verdict = texts.map(() => null as string | null);
    markProgrammeScript(texts, verdict);
    expect(verdict).toEqual(["节目导播提示", null, null, "节目导播提示", null]);
  });

  it("leaves a host's own script alone: with the cues gone, his turns are the text", () => {
    const texts = ["【音乐起】", "主持人：各位领导、同志们，晚上好！欢迎来到全县安全生产文艺汇演现场。"];
    texts.push("主持人：安全是最好的祝福。下面请欣赏情景剧《回家》。", "【音乐止】");
    const verdict = texts.map(() => null as string | null);
    markProgrammeScript(texts, verdict);
    expect(verdict).toEqual(["节目导播提示", null, null, "节目导播提示"]);
  });

  it("takes a host's turn and a credit line only on a page its notes show to be a programme", () => {
    const texts = [OPENING, "主持人：这么说，预案得真能用才行。", "整理：新闻部", CLOSING];
    const verdict = texts.map(() => null as string | null);
    markProgrammeScript(texts, verdict);
    expect(verdict).toEqual([null, null, null, null]);
    const programme = ["【片头】", ...texts, "【片尾】"];
    const marked = programme.map(() => null as string | null);
    markProgrammeScript(programme, marked);
    expect(marked).toEqual(["节目导播提示", null, "节目主持人的话", "节目信息", null, "节目导播提示"]);
  });

  it("cuts a caption tag over a slogan title, not over a host's agenda (【专题讲话】请…)", () => {
    const agenda = mineText(
      ["全县防汛工作会议议程", "【专题讲话】请县长作专题讲话", "同志们：", OPENING, CLOSING].join("\n"),
    );
    expect(removalReason(agenda.removed, "【专题讲话】")).toBeUndefined();
    const caption = mineText(["【专题讲话】守住防汛底线　护好一方平安", OPENING, DUTY, CLOSING].join("\n"));
    expect(removalReason(caption.removed, "【专题讲话】")).toBe("栏目标记");
  });
});

const TITLE = "在全县新任应急管理干部培训班上的专题辅导";
describe("a cadre e-learning platform's course page with the lecture as its text", () => {
  const page = ["××县干部网络学院　首页　课程中心　学习档案　退出", "当前位置：首页 > 课程中心 > 应急管理"];
  page.push("防汛第一课：把群众转移放在最前面", "课程编号：YJ2025-017　　学时：1.0　　类别：选修");
  page.push("课程简介", "本课程结合全县防汛工作实际，从认清汛情、压实责任、抓好转移三个方面讲述基层干部的防汛本领……");
  page.push("主讲人", "蒋××　××县人民政府副县长", "分管应急管理、水利等工作。");
  page.push("课时目录", "第1课时　汛情怎么看　18:20　已学完", "第2课时　转移怎么抓　22:05　学习中 30%");
  page.push("课件下载", "防汛第一课（课件）.pdf　1.8MB　下载", "课程文稿");
  page.push(TITLE, "××县人民政府副县长　蒋××", "同志们：", OPENING, DUTY, DRILL, CLOSING);

  it("keeps one speech under its title, and the course's head above the text's label goes", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(blocksOf(page)).toEqual([`p ${OPENING}`, `p ${DUTY}`, `p ${DRILL}`, `p ${CLOSING}`]);
    for (const line of [
      "防汛第一课：把群众转移放在最前面",
      "蒋××　××县人民政府副县长",
      "第2课时　转移怎么抓　22:05　学习中 30%",
    ])
      expect(removalReason(mined.removed, line)).toBe("学习平台文字");
    expect(removalReason(mined.removed, "课程文稿")).toBe("学习平台文字");
  });

  it("reads 在…培训班上的专题辅导 as a title, not a sentence ending so", () => {
    expect(isTitleLine(TITLE)).toBe(true);
    expect(isTitleLine("大家在培训班上的专题辅导中要认真做好笔记。")).toBe(false);
  });

  const marks = (texts: string[]) => {
    const verdict = texts.map(() => null as string | null);
    markCoursePage(texts, verdict);
    return verdict;
  };
  const HEAD = ["课程简介", "本课程讲述防汛转移的做法。", "主讲人", "蒋××　××县人民政府副县长", "学习材料"];

  it("keeps an opening speech under the labels: a salutation between them and the text's label", () => {
    expect(marks([...HEAD, TITLE, "同志们：", OPENING]).filter(Boolean)).toHaveLength(HEAD.length);
    const speech = ["课程简介", "主讲人", "同志们：", OPENING, "课时目录", "学习材料", DUTY];
    expect(marks(speech)).toEqual(speech.map(() => null));
  });

  it("leaves the labels alone where no title or salutation follows the text's label (学习材料 over reading)", () => {
    expect(marks([...HEAD, TITLE, "同志们：", OPENING]).filter(Boolean)).toHaveLength(HEAD.length);
    const reading = [...HEAD, "《防汛抗旱条例》", "《山洪灾害防御预案编制导则》", "《基层防汛工作手册》", OPENING];
    expect(marks(reading)).toEqual(reading.map(() => null));
  });

  it("leaves a lone 课程简介 over the text's label to the summary rule", () => {
    expect(marks([...HEAD, TITLE, "同志们：", OPENING]).slice(0, 2)).toEqual(["学习平台文字", "学习平台文字"]);
    const lone = ["课程简介", "本课程讲述防汛转移的做法。", "学习材料", TITLE, "同志们：", OPENING];
    expect(marks(lone)).toEqual(lone.map(() => null));
  });
});
