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
import { docxBodyLines, wParagraph as p, wRow as row, wTable as table } from "../testing/docx-body";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineLines } from "./text-pipeline";

// Files written for these tests in the shapes of set 56's, a clerk's own files: a work group's announcement and a
// forwarded e-mail carrying a speech, a Word text box quoting it, an OA export's 发文稿纸, the clerk's notes file, a
// 会议材料汇编 whose 工作部署 has a main title.

const SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];

describe("a message that forwards the speech", () => {
  it("drops a group announcement's greeting and note above the speech, and its read counts and replies below", () => {
    const page = [
      "某某县应急管理局工作群 > 群公告",
      "@所有人",
      "发布人：赵某某（局办公室）　2027年3月28日 18:40",
      "",
      "各位同事：",
      "现将黄局长在一季度安全生产例会上的讲话全文发群里，请各科室认真学习，抓好传达落实，阅后请点“确认收到”。",
      "",
      ...SPEECH,
      "",
      "已读 36 / 未读 4",
      "确认收到",
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a forwarded e-mail's notes, the sender's signature under its rule and the mail client's notices", () => {
    const page = [
      "发件人：赵某某 <zhao@example.gov.cn>",
      "发送时间：2025年3月4日 星期二 17:26",
      "收件人：王某某 <wang@example.gov.cn>",
      "主题：转发：表态发言定稿（请印发）",
      "",
      "王科长：这是县长点名安排的企业表态发言定稿，请按此印发，和县长讲话一起装袋。",
      "",
      "县政府办　赵某某",
      "",
      "------------------ 原始邮件 ------------------",
      "发件人: 刘某 <liu@example.com>",
      "发送时间: 2025年3月3日 上午10:15",
      "主题: 表态发言（定稿）",
      "",
      "赵主任您好，附上我们董事长大会表态发言的定稿，已按县里意见修改，请审阅。",
      "",
      ...SPEECH,
      "",
      "————————————————",
      "刘某",
      "某某新材料股份有限公司　总经理办公室",
      "电话：0736-5812268　手机：13807362415",
      "",
      "此邮件已通过安全扫描，请放心使用。",
      "本邮件及附件含有保密信息，仅限收件人使用。如您误收本邮件，请立即删除并通知发件人。",
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own greeting and a sentence about printing a speech, outside an e-mail", () => {
    const own = "会后，县政府办要把县长讲话印发给各乡镇，请大家认真学习。";
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, own, COUNTY_SITUATION, "——————", "县政府办", COUNTY_CHECK];
    expect(textsOf(page)).toEqual(expect.arrayContaining([own, "县政府办"]));
  });
});

describe("a clerk's Word file and notes", () => {
  it("drops a text box's quotation with its 摘自… source, which would read as a title", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "“决不能用工人的生命换取工程的进度”",
      "摘自某某同志讲话",
      ...COUNTY_SPEECH_REST,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops an OA form's 文件标题 naming the 通知 and its 文号, and reads the speech's own title below", () => {
    const body = [
      table(row("密级", "无", "印数", "40份"), row("签发", "同意印发。程某某　3月16日")),
      table(
        row("文件标题", `关于印发马某某同志${COUNTY_TITLE.slice(1)}的通知`),
        row("文号", "某政办〔2027〕11号", "缓急", "平件"),
      ),
      p(COUNTY_TITLE),
      p("副县长　马某某"),
      p("同志们："),
      p(COUNTY_OPENING),
      p(COUNTY_CHECK),
    ];
    const speeches = mineLines(docxBodyLines(body, [])).speeches;
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([COUNTY_OPENING, COUNTY_CHECK]);
  });

  it("cuts a 【数字待核】 mark from its sentence and drops the clerk's ★备用： note between two speeches", () => {
    const marked = "今年以来，全县共发生各类生产安全事故11起、死亡9人【数字待核】，同比分别下降21.4%和18.2%。";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      marked,
      COUNTY_CLOSING,
      "----------------------------------------------",
      "★备用：局里转来的推进会讲话，数据要换成今年的（第三部分可以直接用）",
      "在全县危险化学品安全风险集中治理推进会上的讲话",
      "同志们：",
      COUNTY_SITUATION,
      COUNTY_CHECK,
    ];
    const texts = textsOf(page);
    expect(texts).toContain(marked.replace("【数字待核】", ""));
    expect(texts.join("\n")).not.toMatch(/备用|待核/);
  });

  it("joins a 工作部署's main title to its ——subtitle", () => {
    const page = [
      "全面落实年度目标任务　推动全县安全生产形势持续稳定向好",
      "——在县安委会2027年第一次全体会议上的工作部署",
      "副县长　陈某某",
      "同志们：",
      COUNTY_OPENING,
      COUNTY_SITUATION,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([
      "全面落实年度目标任务推动全县安全生产形势持续稳定向好——在县安委会2027年第一次全体会议上的工作部署",
    ]);
  });
});
