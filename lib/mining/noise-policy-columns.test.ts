import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { lineNoiseReason } from "./noise-line-rules";
import { mineText } from "./text-pipeline";

// Pages written for these tests: a speech that heads its own sections 政策解读 / 专家解读 / 权威解读 / 图文解读 (宣讲会,
// 发布会, 培训班), beside a portal's 解读 column floated into a speech (a tab strip, a 更多>> link, links without
// bullets); and a host who hands out or arranges texts in his own words beside a news page's lead.
const TITLE = "在全市危险化学品安全培训班开班式上的讲话";
const OPENING = "今天举办危险化学品安全培训班，主要是帮助大家弄懂新标准、掌握新要求。下面，我讲三个方面。";
const FACTS =
  "今年以来，全市危化品企业共排查隐患1260处，已整改1187处，但仍有部分企业储罐区防雷检测超期，值班人员脱岗时有发生。";
const NEXT = "各企业要在下月底前完成一次全员培训考核，考核不合格的一律不得上岗，培训记录纳入年度执法检查内容。";
const CLOSING = "同志们，危化品安全没有旁观者。希望大家学有所得，回去后把所学用到实处，确保全市危化品安全形势稳定。";
const mine = (page: string[]) => mineText(page.join("\n"));
const blocksOf = (page: string[]) => mine(page).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a speech's own section headed 政策解读 / 专家解读 / 权威解读 / 图文解读", () => {
  it("keeps the heading and its numbered points that end in 。", () => {
    const points = [
      "1.储罐区每年至少检测一次防雷装置。",
      "2.重大危险源企业实行24小时值班。",
      "3.动火作业票证保存一年以上。",
    ];
    const page = [TITLE, "同志们：", OPENING, "现状分析", FACTS, "政策解读", ...points, "工作要求", NEXT, CLOSING];
    const mined = mine(page);
    for (const line of ["政策解读", ...points]) expect(removalReason(mined.removed, line)).toBeUndefined();
  });

  it("keeps bulleted points without a full stop over the speech's next numbered heading", () => {
    const points = ["·液氨储罐一律安装紧急切断阀", "·装卸作业一律双人操作", "·重点部位一律视频全覆盖"];
    const page = [TITLE, "同志们：", OPENING, "一、认清形势", FACTS, "权威解读", ...points, "二、抓好落实", NEXT];
    const mined = mine(page.concat(CLOSING));
    for (const line of ["权威解读", ...points]) expect(removalReason(mined.removed, line)).toBeUndefined();
  });

  it("keeps an expert's sentences under 专家解读 and a graphic's under 图文解读, up to the speech's end", () => {
    const expert = ["培训将首次安排化工专家现场授课。", "专家团队会为企业逐一诊断工艺风险。"];
    const graphic = ["每家企业都将收到一套操作规程挂图。", "每个园区都将建成一处安全体验馆。"];
    for (const [label, lines] of [
      ["专家解读", expert],
      ["图文解读", graphic],
    ] as const) {
      const page = [TITLE, "同志们：", OPENING, FACTS, label, ...lines, "下面，请各位专家就大家关心的问题作答。"];
      const mined = mine(page);
      for (const line of [label, ...lines]) expect(removalReason(mined.removed, line)).toBeUndefined();
    }
  });
});

describe("a portal's 解读 column floated between two paragraphs of a speech", () => {
  const links = ["·《危险化学品企业安全风险隐患排查治理导则》解读", "·液氨使用安全十问十答", "·图说化工园区封闭管理"];
  const pageWith = (column: string[]) => [TITLE, "同志们：", OPENING, "一、认清形势", FACTS, ...column, NEXT, CLOSING];

  it("removes a tab strip, a label with its 更多 link, or another 解读 label, with its links", () => {
    for (const label of ["政策解读　|　专家解读　|　图文解读", "专家解读　　更多>>", "热点解读"]) {
      const mined = mine(pageWith([label, ...links]));
      for (const line of [label, ...links]) expect(removalReason(mined.removed, line)).toBeDefined();
      expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(expect.arrayContaining([FACTS, NEXT]));
    }
  });

  it("removes the last of the column's links without bullets too", () => {
    const bare = ["一图读懂化工园区封闭管理", "液氨使用安全十问十答", "图说危化品运输车辆管理"];
    const mined = mine(pageWith(["【图文解读】", ...bare]));
    for (const line of bare) expect(removalReason(mined.removed, line)).toBeDefined();
  });
});

describe("a host's own words that hand out or arrange texts, beside a news page's lead", () => {
  it("keeps a host's sentence that arranges the speakers' words for the listeners", () => {
    const own = "为便于大家会后交流借鉴，现将四位企业负责人在交流会上的经验发言整理如下：";
    const page = [TITLE, "同志们：", OPENING, own, "一是某化肥厂坚持每班巡检两次，巡检记录当班签字。", CLOSING];
    expect(blocksOf(page)).toContain(own);
  });

  it("keeps a paragraph whose second sentence has the speech printed for the units", () => {
    const own =
      "会后，市应急局要把培训课件发到各企业。现将李副市长在全省危化品安全会议上的讲话原文印发如下，请各企业认真组织学习。";
    expect(blocksOf([TITLE, "同志们：", OPENING, FACTS, own, NEXT, CLOSING])).toContain(own);
  });

  it("reads the whole line that publishes named texts as a news page's lead, in other words too", () => {
    const leads = [
      "特将开班式主持词和周××副市长讲话全文刊发如下，供学习参考：",
      "现将开班式主持词和周××副市长讲话稿全文刊发如下：",
      "现将开班式主持词和周××副市长重要讲话摘要刊发如下：",
    ];
    for (const lead of leads) expect(lineNoiseReason(lead, false, false)).toBe("新闻导语");
  });
});
