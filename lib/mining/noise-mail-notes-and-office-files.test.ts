import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
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
      ...COUNTY_SPEECH,
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
      ...COUNTY_SPEECH,
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

  it("keeps an untitled 主持词 or short speech before the titled one, whatever it says of speeches printed", () => {
    for (const said of [
      "今天我们在这里召开全县安全生产工作会议。会议议程已附后，县长讲话稿会后由县政府办统一印发。",
      "前不久，县委办已将市委书记在全市安全生产工作会议上的讲话印发给你们，大家要认真学习领会，对照抓好落实。",
      "刚才，三家企业作了表态发言，讲得很好。现将企业表态发言材料印发各乡镇，供大家学习借鉴。",
    ]) {
      const page = ["各位领导、同志们：", said, "下面，请县长讲话。", "", ...COUNTY_SPEECH];
      expect(speechesOf(page).map((s) => s.title)).toEqual([null, COUNTY_TITLE]);
    }
  });

  it("keeps a 讲话提纲 under the sender's rule in an e-mail, and the speaker's name and date signing a speech", () => {
    const outline = [
      "在全县安全生产工作会议上的讲话提纲",
      "一、认清当前安全生产形势",
      "二、扎实开展隐患排查整治",
      "三、严格落实安全生产责任",
    ];
    const headers = ["发件人：赵某某 <zhao@example.gov.cn>", "收件人：王某某 <wang@example.gov.cn>", "主题：讲话提纲"];
    const mailed = [...headers, "", "王科长：附上县长讲话提纲，请审阅。", "", "————————————", ...outline];
    const speeches = speechesOf(mailed);
    expect(speeches.map((s) => s.title)).toEqual(["在全县安全生产工作会议上的讲话提纲"]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(outline.slice(1));
    const signed = [...headers, "", ...COUNTY_SPEECH, "——————————", "县长　王某某", "2025年3月3日"];
    expect(speechesOf(signed)[0]!.date).toBe("2025年3月3日");
  });

  it("keeps a mailed speech's sentence on e-mails checked for viruses", () => {
    const own = "各单位对外发送的公文邮件经病毒检测后方可发出，严禁使用私人邮箱传输涉密文件。";
    const page = [
      "发件人：赵某某 <zhao@example.gov.cn>",
      "收件人：王某某 <wang@example.gov.cn>",
      "",
      ...COUNTY_SPEECH_HEAD,
      own,
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toContain(own);
  });

  it("keeps a speech's own greeting and a sentence about printing a speech, outside an e-mail", () => {
    const own = "会后，县政府办要把县长讲话印发给各乡镇，请大家认真学习。";
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, own, COUNTY_SITUATION, "——————", "县政府办", COUNTY_CHECK];
    expect(textsOf(page)).toEqual(expect.arrayContaining([own, "县政府办"]));
  });
});

describe("a clerk's Word file and notes", () => {
  it("drops a text box's quotation of the speech's words with its 摘自… source, which would read as a title", () => {
    const said = "我们必须坚守红线意识，决不能用工人的生命换取工程的进度。";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      said,
      "“决不能用工人的生命换取工程的进度”",
      "摘自某某同志讲话",
      ...COUNTY_SPEECH_REST,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual([...COUNTY_SPEECH_BLOCKS.slice(0, 3), said, ...COUNTY_SPEECH_BLOCKS.slice(3)]);
  });

  it("keeps a quotation the speaker reads out, with its source, and list items that open 存档： or 备用：", () => {
    const own = [
      "《安全生产法》明确规定：",
      "“生产经营单位的主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作全面负责。”",
      "引自《中华人民共和国安全生产法》第五条",
      "隐患排查治理要做到五个环节闭环：",
      "整改：限期整改，责任到人；",
      "存档：排查、整改、验收资料全部归档备查。",
      "主用：有线电话和政务专网；",
      "备用：卫星电话和北斗终端，每周测试一次；",
      "近期检查的重点场所包括：【宾馆招待所消防检查】【学校幼儿园安全检查】。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]).join("\n");
    for (const line of own) expect(texts).toContain(line);
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

  it("takes the speech's title from the 通知 the form names when the body gives none, and keeps its speaker", () => {
    const body = [
      table(row("密级", "无", "印数", "40份"), row("签发", "同意印发。程某某　3月16日")),
      table(row("标题", `关于印发王某某同志${COUNTY_TITLE}的通知`), row("讲话人", "县长　王某某")),
      p("同志们："),
      p(COUNTY_OPENING),
      p(COUNTY_CHECK),
    ];
    const speeches = mineLines(docxBodyLines(body, [])).speeches;
    expect(speeches.map((s) => s.title)).toEqual([`王某某同志${COUNTY_TITLE}`]);
    expect(speeches[0]!.speaker).toBe("县长王某某");
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
