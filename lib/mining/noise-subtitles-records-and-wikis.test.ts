import { describe, expect, it } from "vitest";
import { makeDocx } from "../../tests/support/make-docx";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { mineDocument } from "./mine-document";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 37's: a video's subtitles, a leader's reading copy, a PDF
// converted to Word line by line, a study group's record, a wiki page with its comments and an encyclopedia entry.
const SPEECH = COUNTY_SPEECH_HEAD;
const REST = COUNTY_SPEECH_REST;
const BLOCKS = COUNTY_SPEECH_BLOCKS;

/** An SRT file of the given cues, 2.5 seconds each. */
function srt(cues: string[]): string {
  const time = (s: number) =>
    `00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")},500`;
  return cues.map((c, i) => `${i + 1}\r\n${time(i * 3)} --> ${time(i * 3 + 2)}\r\n${c}\r\n`).join("\r\n");
}

describe("a video's subtitle file", () => {
  const cues = [
    "♪",
    "××县融媒体中心出品",
    COUNTY_TITLE,
    "同志们",
    "今天 我们召开全县安全生产工作会议",
    "主要任务是总结去年全县安全",
    "生产工作 部署今年的重点工作",
    "刚才 ××镇和县住建局作了表态发言",
    "讲得都很好 我都同意",
    "第一 认清形势",
    "去年全县安全生产形势总体平稳",
    "但是问题还不少 一是事故总量仍然偏大",
    "二是一些企业主体责任落实不到位",
    "第二 压实责任",
    "各乡镇党政主要负责同志是",
    "本辖区安全生产第一责任人",
    "要严格落实党政同责 一岗双责",
    "同志们 安全生产只有起点",
    "没有终点",
    "谢谢大家",
  ];
  const mined = () => mineText(srt(cues));

  it("drops the cue numbers and timings and reads the cues as one flowing text, a pause as a comma", () => {
    const { speeches, removed } = mined();
    expect(speeches).toHaveLength(1);
    const text = speeches[0]!.blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/-->|\d{2}:\d{2}/);
    expect(text).toContain("今天，我们召开全县安全生产工作会议主要任务是总结去年全县安全生产工作，部署今年的重点工作");
    expect(removed.filter((r) => r.reason === "字幕时间码")).toHaveLength(cues.length * 2);
  });

  it("keeps a cue that reads like a title and the 一是 items in the sentence, the closing cues to the last", () => {
    const blocks = mined().speeches[0]!.blocks;
    expect(blocks.map((b) => b.text)).toContain("第一，认清形势");
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["第一，认清形势", "第二，压实责任"]);
    expect(blocks.some((b) => b.text.includes("作了表态发言讲得都很好"))).toBe(true);
    expect(blocks.some((b) => /问题还不少，一是事故总量仍然偏大二是/.test(b.text))).toBe(true);
    expect(blocks[blocks.length - 1]!.text).toMatch(/没有终点谢谢大家$/);
  });

  it("leaves a speech that quotes a few timings as it is", () => {
    const page = [...SPEECH.slice(0, 5), "00:01:02,340 --> 00:01:05,120 这段录像显示，工人未佩戴安全带。", ...REST];
    expect(
      mineText(page.join("\n"))
        .speeches[0]!.blocks.map((b) => b.text)
        .join(""),
    ).toContain("00:01:02,340");
  });
});

describe("a leader's reading copy", () => {
  it("cuts the delivery marks the secretary wrote into the text", () => {
    const page = [...SPEECH.slice(0, 5), `（加重语气）${COUNTY_SITUATION}`, REST[0]!, `${COUNTY_CHECK}（语速放慢）`];
    page.push(...REST.slice(2));
    expect(textsOf(page)).toEqual(BLOCKS);
  });
});

describe("a PDF converted to Word, a printed line a paragraph", () => {
  /** A paragraph printed 24 characters a line, its first line indented by two (so 22 characters on it). */
  const printed = (text: string) =>
    [text.slice(0, 22), ...(text.slice(22).match(/.{1,24}/g) ?? [])].map((line, i) => ({
      text: line,
      indented: i === 0,
    }));
  // Ends exactly at the margin, with its full stop: only the next line's indent says a paragraph starts there.
  const FULL =
    "去年全县安全生产形势总体平稳，全年共发生生产安全事故十二起，同比下降百分之十五和百分之十八。" +
    "各乡镇要立即组织力量，对辖区内所有企业开展一次全覆盖安全检查，发现隐患立即整改，不留死角和盲区。";

  it("rejoins the lines into the speech's paragraphs where the first-line indent marks them", async () => {
    expect(FULL).toHaveLength(22 + 3 * 24);
    const paragraphs = [FULL, COUNTY_CHECK + COUNTY_DUTY, FULL, COUNTY_SITUATION + COUNTY_CLOSING];
    const docx = makeDocx([{ text: COUNTY_TITLE }, { text: "同志们：" }, ...paragraphs.flatMap(printed)]);
    const mined = await mineDocument("converted.docx", docx);
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(paragraphs);
  });

  it("leaves a typed document's indented paragraphs as they are", async () => {
    const docx = makeDocx([
      { text: COUNTY_TITLE },
      ...[COUNTY_SITUATION, "二、抓好排查", COUNTY_CHECK, "三、压实责任", COUNTY_DUTY].map((text) => ({
        text,
        indented: !/^[一二三]、/.test(text),
      })),
    ]);
    const mined = await mineDocument("typed.docx", docx);
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([
      COUNTY_SITUATION,
      "二、抓好排查",
      COUNTY_CHECK,
      "三、压实责任",
      COUNTY_DUTY,
    ]);
  });
});

describe("a study group's record", () => {
  it("removes the form, its agenda, the members' remarks and the chair's summing up", () => {
    const page = [
      "××局党委理论学习中心组",
      "学　习　记　录",
      "学习时间：2024年3月6日上午",
      "学习地点：局机关会议室",
      "主 持 人：×××",
      "缺席人员及原因：×××（病假）",
      "学习形式：集中学习＋交流研讨",
      "学习内容：",
      "1.传达学习县长在全县安全生产工作会议上的讲话；",
      "2.中心组成员交流发言。",
      "",
      ...SPEECH,
      ...REST,
      "",
      "交流发言摘要：",
      "×××：讲话针对性很强，我们要盯紧建筑施工领域，月底前开展一轮检查。",
      "王明：要把学习成果转化为抓落实的实际行动。",
      "主持人小结：会议要求各科室迅速传达学习，逐项抓好落实。",
      "记录人：×××　　审核人：×××",
    ];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
  });
});

describe("a wiki page and an encyclopedia entry", () => {
  it("removes a thin run of the page's lines and its comments below the speech's closing", () => {
    const tail = ["赞", "李××、赵×× 和另外 14 人赞了这个", "标签", "安全生产月", "讲话材料", "2024-06-05", "王××"];
    tail.push("2024年安全生产月隐患排查清单（模板）.xlsx", "2024-06-04", "王××", "李××", "删除", "赞", "赵××");
    tail.push("删除", "赞", "王××", "收到。@赵×× 清单请按附件模板填写，另请 @孙×× 统计各车间演练时间。");
    expect(textsOf([...SPEECH, ...REST, ...tail])).toEqual(BLOCKS);
  });

  it("keeps the speaker's signature under the closing, and a second speech below it", () => {
    const second = ["在全县安全生产工作会议上的总结讲话", "同志们：", COUNTY_SITUATION, "谢谢大家！"];
    const page = [...SPEECH, ...REST, "县长　×××", "2024年3月6日", ...second];
    expect(mineText(page.join("\n")).speeches).toHaveLength(2);
  });

  it("cuts a cited source's number where the page lists its sources, and keeps [1] where it lists none", () => {
    const cited = COUNTY_SITUATION.replace("总体平稳，", "总体平稳[1]，");
    const page = [...SPEECH.slice(0, 5), cited, ...REST, "参考资料", "1.", "××县召开安全生产工作会议．××日报"];
    expect(textsOf(page)).toEqual(BLOCKS);
    expect(textsOf([...SPEECH.slice(0, 5), cited, ...REST])).toContain(cited);
  });

  it("removes the entry's buttons, its lead above 讲话全文 and its section after the speech", () => {
    const page = ["××县安全生产工作会议（2024年）", "播报", "上传视频", "会议概况", "编辑", "播报"];
    page.push("2024年2月20日上午，××县安全生产工作会议在县行政中心召开。", "讲话全文", "编辑", "播报");
    page.push(...SPEECH, ...REST, "社会影响", "编辑", "播报");
    page.push("会议召开后，全县各乡镇迅速传达会议精神，开展了为期三个月的隐患大排查。");
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
  });
});

// What an outside review of these rules found them damaging, each kept as the speaker wrote it.
describe("a speech's own text that those rules leave alone", () => {
  it("keeps an outline's short points after its opening 同志们，… and a slogan list after its closing", () => {
    const outline = [
      COUNTY_TITLE,
      "同志们，今天召开全县安全生产工作会议，我讲三点意见。",
      "一、认清形势",
      "（一）成绩",
    ];
    outline.push("事故总量下降", "隐患整改有力", "（二）问题", "主体责任不实", "二、抓好排查", "建立台账", "闭环管理");
    expect(textsOf(outline)).toContain("闭环管理");
    const slogans = [...SPEECH, ...REST.slice(0, -1), "同志们，让我们牢记今年安全生产月的宣传口号："];
    slogans.push("人人讲安全", "个个会应急", "畅通生命通道", "安全生产重于泰山", "生命至上", "安全第一", "谢谢大家！");
    expect(textsOf(slogans)).toEqual(expect.arrayContaining(["人人讲安全", "安全第一"]));
  });

  it("keeps the speaker's 会议召开后，…要… after his closing", () => {
    const relay = "会议召开后，各乡镇、各部门要迅速传达学习会议精神，结合实际抓好落实，确保全县安全生产形势持续稳定。";
    const page = [
      ...SPEECH,
      ...REST.slice(0, -1),
      "同志们，安全生产责任重于泰山，容不得半点马虎。",
      relay,
      "谢谢大家！",
    ];
    expect(textsOf(page)).toContain(relay);
  });

  it("keeps a member's remark that runs on over paragraphs, and a chair's summing up that is a speech", () => {
    const form = ["学习时间：2024年3月6日上午", "学习地点：局机关会议室", "主持人：王明", "学习形式：集中学习"];
    const remark = "下面，我结合分管工作，谈三点体会。一是要把学习条例作为重要政治任务，二是要对照条例查找不足。";
    const record = [...form, ...SPEECH, ...REST, "交流发言：", `王明：${COUNTY_SITUATION}`, remark, "记录人：赵敏"];
    expect(textsOf(record)).toContain(remark);
    const summing = `主持人小结：同志们，刚才张华同志领学了全国两会精神，大家作了很好的交流发言。`;
    const chaired = [
      ...form,
      "学习内容：传达学习全国两会精神",
      ...SPEECH,
      ...REST,
      "交流发言：",
      "张华：要把学习成果转化为行动。",
    ];
    chaired.push(summing, "第一，要提高政治站位，把学习贯彻两会精神作为当前的重要政治任务。", "记录人：赵敏");
    expect(textsOf(chaired).join("\n")).toContain(summing.slice(6));
  });

  it("leaves a typed .docx with unpunctuated points between its indented paragraphs as it is", async () => {
    const points = ["坚持底线思维　守牢安全防线", "强化党政领导责任　落实部门监管责任", "加大安全投入　加强队伍建设"];
    points.push("强化宣传教育　营造安全氛围");
    const docx = makeDocx([
      { text: COUNTY_TITLE },
      ...points.flatMap((point, k) => [
        { text: point },
        { text: "各乡镇要对辖区内重点行业领域开展一次全覆盖排查" },
        { text: [COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_OPENING][k]!, indented: true },
      ]),
    ]);
    const texts = (await mineDocument("typed.docx", docx)).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    const ownLines = points.slice(1).map((point) => point.replace("　", ""));
    expect(texts).toEqual(expect.arrayContaining([COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, ...ownLines]));
  });

  it("writes no comma beside a subtitle's numbers", () => {
    const cues = ["同志们", "今年 1 到 5 月", "全县规上工业增加值增长 8.5% 左右", "固定资产投资完成 120 亿元"];
    cues.push("这些成绩来之不易", "但是 我们也要清醒看到", "经济运行中还存在不少困难", "下半年 我们要抓好三件事");
    cues.push("第一 抓项目", "第二 抓安全", "谢谢大家");
    const text = mineText(srt(cues))
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("");
    expect(text).toContain("今年1到5月全县规上工业增加值增长8.5%左右固定资产投资完成120亿元");
    expect(text).toContain("但是，我们也要清醒看到");
  });
});
