import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 36's: a bilingual intranet page, a meeting recorder's export, an
// office app's announcement, a study platform's course, a 范文 page with two versions, a county yearbook and a draft
// sent round for comments.
const SPEECH = COUNTY_SPEECH_HEAD;
const REST = COUNTY_SPEECH_REST;
const BLOCKS = COUNTY_SPEECH_BLOCKS;

describe("a bilingual page", () => {
  it("removes each paragraph's English translation, a numbered one included, and the English headline", () => {
    const page = ["Speech by the County Head at the Work Safety Conference of the County", ...SPEECH];
    page.push("Since the beginning of this year, the county's work safety situation has remained stable overall.");
    page.push(...REST.slice(0, 2), "1. Carry out a plant-wide hazard inspection before the end of June this year.");
    page.push(...REST.slice(2));
    expect(textsOf(page)).toEqual(BLOCKS);
  });
});

describe("a file that is no speech at all", () => {
  it("is not emptied as English prose: a configuration file's lines stay for the not-speech check", () => {
    const passwd = [
      "root:x:0:0:root:/root:/bin/bash",
      "bin:x:2:2:bin:/bin:/usr/sbin/nologin",
      "sys:x:3:3:sys:/dev:/bin/sh",
    ];
    expect(mineText(passwd.join("\n")).removed.map((r) => r.reason)).not.toContain("英文译文");
  });
});

describe("a meeting recorder's export", () => {
  it("removes the recording's particulars, its chapters and the AI summary and to-dos after the text", () => {
    const page = [
      "会议主题：全县安全生产工作会议",
      "转写语言：中文（普通话） | 发言人识别：已开启",
      "转写字数：1260字",
    ];
    page.push("", "智能章节", "00:43 当前安全生产形势", "02:19 隐患排查整治部署", "", "文字记录", "");
    page.push("发言人1 00:00:05", "好，我们开会，请县长讲话。", "", "发言人2 00:00:14", COUNTY_OPENING, "");
    page.push("发言人2 00:00:43", COUNTY_SITUATION, "", "发言人2 00:02:19", COUNTY_CHECK, "", "发言人2 00:04:13");
    page.push(
      COUNTY_CLOSING,
      "",
      "AI 摘要",
      "本次会议县长就当前形势和隐患整治作了讲话。",
      "待办事项",
      "☐ 各乡镇：7月底前完成排查",
    );
    expect(textsOf(page)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_CLOSING]);
  });
});

describe("an office app's announcement", () => {
  it("removes the read receipts, the button and the sender's note; the announcement's headline is no speech", () => {
    const page = [
      "群公告",
      `【请各单位认真学习】县长${COUNTY_TITLE}`,
      "发布人：××  2024-03-18 09:32",
      "已读 23 / 未读 5",
    ];
    page.push(
      "确认收到",
      "",
      `各位同事：现将县长${COUNTY_TITLE}印发给大家，请认真学习，抓好落实。`,
      "",
      ...SPEECH,
      ...REST,
    );
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
  });
});

describe("a study platform's course", () => {
  it("removes the progress, credits, the summary above the text and the quiz below it", () => {
    const page = [
      "学习进度：35%    已学时长：00:15:45",
      "▶ 继续学习    ☆ 收藏课程",
      "【提示】恭喜您，有效学习满10分钟，积分+1",
    ];
    page.push(
      "课程简介",
      "本课程以县长的讲话为学习材料，讲话回顾了去年的工作，部署了今年的任务。",
      "学习材料",
      ...SPEECH,
    );
    page.push(...REST, "——学习材料结束——", "课后习题（共3题）", "1．讲话指出，去年事故起数下降了多少？（单选题）");
    page.push("A．10%", "B．12.6%", "提交答案", "上一节：安全生产法解读    下一节：燃气安全专项整治");
    expect(textsOf(page)).toEqual(BLOCKS);
  });
});

describe("a county yearbook's chapter", () => {
  it("removes the entries around the speech, the page heads inside it and the writer's credit", () => {
    const page = ["安全生产　　　　　　　　·137·", "【概况】　2022年，县应急管理局内设办公室等4个股室。"];
    page.push(
      "【隐患排查】　2022年，全县开展安全生产大检查，排查隐患×××项。",
      "【领导讲话】　县长×××作讲话，全文如下。",
    );
    page.push(...SPEECH, "二、抓好排查", "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次");
    page.push("·138·　　××县年鉴（2023）", "全覆盖排查，建立隐患台账，实行闭环管理，确保整改到位。", ...REST.slice(2));
    page.push("（撰稿：×××）", "【执法检查】　2022年，县应急管理局立案查处违法行为××起。");
    page.push("【应急救援】　2022年，全县救援队伍出动救援×××次。");
    expect(textsOf(page)).toEqual(BLOCKS);
  });
});

describe("a draft sent round for comments", () => {
  it("removes its list of changes and the table of feedback after the speech's closing", () => {
    const page = [
      ...SPEECH,
      ...REST,
      "",
      "修改说明",
      "1.根据县应急管理局意见，补充了事故情况。",
      "2.删除了专项资金的表述。",
    ];
    page.push("", "反馈意见表", "序号\t单位\t意见\t采纳情况", "1\t县应急管理局\t建议补充事故分析\t已采纳");
    expect(textsOf(page)).toEqual(BLOCKS);
  });

  it("removes the office's note that sends the draft round for comments", () => {
    const note = "各街道：现将《在全区安全生产工作会议上的讲话（征求意见稿）》发给你们，请提出修改意见，于月底前反馈。";
    expect(textsOf(["征求意见稿", note, ...SPEECH, ...REST])).toEqual(BLOCKS);
  });

  it("keeps a speech's own words about its 修改说明 before its closing", () => {
    const page = [...SPEECH, "修改说明", "1.各乡镇要在月底前报送隐患整改情况说明。", ...REST];
    expect(textsOf(page).join("")).toContain("各乡镇要在月底前报送隐患整改情况说明");
  });
});

describe("a 范文 page with two versions of the speech", () => {
  it("removes the rule between them drawn with horizontal bars and its label", () => {
    const page = [...SPEECH, ...REST, "―――――――――― 以下为精简版 ――――――――――", ...SPEECH, ...REST];
    const mined = mineText(page.join("\n"));
    expect(mined.removed.map((r) => r.text)).toContain("――――――――――以下为精简版――――――――――");
    expect(mined.speeches).toHaveLength(2);
  });
});

describe("what an outside review found set 36's first rules did wrong", () => {
  it("keeps a speech's own 【典型案例】 paragraphs with its text going on after them", () => {
    const cases = ["【典型案例一】2022年6月，某化工企业在检修期间未执行动火审批，造成2人死亡。"];
    cases.push("【典型案例二】2023年3月，某建筑工地塔吊安装时倒塌，造成1人死亡。");
    cases.push("【典型案例三】2023年8月，某餐饮门店液化气泄漏引发爆燃，造成3人受伤。");
    const page = [...SPEECH, `同志们，${COUNTY_SITUATION}`, ...cases, ...REST.slice(0, 4)];
    page.push("希望大家以对人民群众生命财产安全高度负责的态度，扎实抓好各项工作，确保全县安全形势持续稳定。");
    expect(textsOf(page).join("")).toContain("【典型案例二】");
  });

  it("keeps a speech's own 修改说明 section, a quotation in English and a quiz it puts to the room", () => {
    const notes = [...SPEECH, "修改说明", "这次修订主要作了以下两个方面的修改：", "一是扩大了举报奖励范围。", ...REST];
    expect(textsOf(notes).join("")).toContain("这次修订主要作了以下两个方面的修改");
    const quote = [
      ...SPEECH,
      "公司的安全守则第一条就写着：",
      "Rule No. 1: Never bypass a safety interlock or guard, under any",
    ];
    quote.push("circumstances.", ...REST);
    expect(mineText(quote.join("\n")).removed.map((r) => r.reason)).not.toContain("英文译文");
    const quiz = [
      ...SPEECH,
      "先考大家一道题：闻到煤气味，第一步应该怎么做？",
      "A．马上打开抽油烟机",
      "B．马上关闭气源阀门",
    ];
    quiz.push("正确答案是B。", ...REST);
    expect(textsOf(quiz)).toContain("B．马上关闭气源阀门");
  });

  it("keeps a leader's 现将…发给大家 in his speech and a sentence about credits or study progress", () => {
    const handout = "现将《2024年度安全生产目标责任书》发给大家，请各单位主要负责同志会后认真研究，抓好分解落实。";
    const credits = "员工主动上报一条一般隐患，安全积分+2；上报一条重大隐患并经核实的，安全积分+10。";
    const progress = "从网络学院后台数据看，截至目前各乡镇学习进度：城关镇已全部完成，有4个乡镇不足三成。";
    const texts = textsOf([...SPEECH, handout, credits, progress, ...REST]);
    expect(texts).toEqual(expect.arrayContaining([handout, credits, progress]));
  });
});
