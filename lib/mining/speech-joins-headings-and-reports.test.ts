import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of sets 91–94's: a site's credit claim inside a sentence, a preview cut
// mid-sentence on a wrapped line, a plain talk's headings without numbers or verbs, a closing that only thanks the
// audience, chrome lines inside a sentence or between a page's parts, a portal's report over ■ 讲话全文.

describe("a paragraph around a site's chrome", () => {
  it("cuts a bracketed credit claim out of a sentence and keeps the paragraph", () => {
    const claimed =
      "今年要把风险辨识真正做细。各车间要在4月底前重新梳理岗位风险，【青禾范文网原创首发，转载请注明出处】更新风险清单，明确到人、明确到措施。";
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, claimed, COUNTY_CLOSING];
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      "今年要把风险辨识真正做细。各车间要在4月底前重新梳理岗位风险，更新风险清单，明确到人、明确到措施。",
      COUNTY_CLOSING,
    ]);
  });

  it("runs a sentence on across any line of chrome after its comma", () => {
    const page = [
      ...COUNTY_SPEECH.slice(0, 5),
      "今年以来，全县安全生产形势总体平稳，但从近期几起事故看，",
      "▲ 检查组在城关镇一家烟花爆竹批发店检查（资料图）",
      "部分企业主体责任落实不到位，安全隐患依然不少。",
      ...COUNTY_SPEECH.slice(6),
    ];
    expect(textsOf(page)[2]).toBe(
      "今年以来，全县安全生产形势总体平稳，但从近期几起事故看，部分企业主体责任落实不到位，安全隐患依然不少。",
    );
  });

  it("keeps a preview's last wrapped line that its cut leaves mid-sentence", () => {
    const wrapped = [
      "　　同志们，安全生产责任重于泰山。各乡镇、各部门要以时时放心不下的责",
      "任感，一家一家抓推进，一项一项抓落实。当前汛期临近，各类企业的防汛和",
      "防雷工作，要抓紧",
    ];
    const page = [
      COUNTY_TITLE,
      "同志们：",
      "　　今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重",
      "点工作。刚才，县应急管理局通报了有关情况，我完全同意。",
      ...wrapped,
      "……",
      "",
      "试读已结束，本文档共4页，剩余1页请下载后阅读",
      "下载完整文档（2下载券）",
    ];
    const last = textsOf(page).at(-1)!;
    expect(last.endsWith("各类企业的防汛和防雷工作，要抓紧")).toBe(true);
  });
});

describe("a 材料 site's marks on the title and a clip's caption", () => {
  it("cuts a badge after the speech's title and keeps the title", () => {
    const page = [`${COUNTY_TITLE}　[VIP精品]`, ...COUNTY_SPEECH.slice(1)];
    const speeches = speechesOf(page);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a caption that ends in its photographer's credit, set in a Markdown clip's italics", () => {
    const page = [
      ...COUNTY_SPEECH.slice(0, 4),
      "",
      "*3月2日，全县安全生产工作会议召开。融媒记者 林小禾 摄*",
      "",
      ...COUNTY_SPEECH.slice(4),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("page breaks", () => {
  it("reads a 文库's name on its page rule as the page break, and the sentence runs on across it", () => {
    const indented = (t: string) => "　　" + t;
    const page = [
      COUNTY_TITLE,
      "同志们：",
      indented(COUNTY_OPENING),
      indented("今年以来，全县安全生产形势总体平稳，事故起数和死亡人数实现双下降，"),
      "青简文库 qingjian.com ———————— 第 2/4 页 ————————",
      "但从近期检查情况看，建筑施工、燃气使用等领域隐患依然较多，这些都需要我们高度警惕。",
      indented(COUNTY_CLOSING),
    ];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([
      COUNTY_OPENING,
      "今年以来，全县安全生产形势总体平稳，事故起数和死亡人数实现双下降，但从近期检查情况看，建筑施工、燃气使用等领域隐患依然较多，这些都需要我们高度警惕。",
      COUNTY_CLOSING,
    ]);
    expect(mined.removed.find((r) => /第\s*2\/4\s*页/.test(r.text))?.reason).toBe("页码");
  });
});

describe("a plain talk's outline", () => {
  const section = (heading: string, body: string) => ["", heading, "", body];
  const page = [
    "在全镇安全生产会议上的讲话",
    "",
    "各位村干部、同志们：",
    "今天把大家叫来，就说一件事，安全生产。马上要农忙了，进城务工的也陆续回来了，有些话要提前讲清楚。",
    ...section(
      "情况不能看轻",
      "今年以来，全镇没出大事，但小事不少。三月份一个砖厂的铲车倒车，差点把人压了；四月份一户人家烧柴取暖，差点一氧化碳中毒。",
    ),
    ...section(
      "隐患要一处一处查",
      "从下个礼拜开始，各村把辖区里的小作坊、自建房、山塘挨个走一遍，查出来的问题登记造册，能当场改的当场改，改不了的定人定时间。",
    ),
    ...section(
      "担子要挑到肩上",
      "镇干部包村，村干部包组，企业老板包自己的厂子。哪个片出了事，先问包片的人，年底考核安全生产单独打分。",
    ),
    "",
    "各位，安全这件事，做好了没人表扬，做不好就是大事。回去以后马上行动起来，我就讲这些，谢谢大家。",
  ];

  it("reads three short lines alone between paragraphs as its headings, though none opens with a section's verb", () => {
    const blocks = speechesOf(page)[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "情况不能看轻",
      "隐患要一处一处查",
      "担子要挑到肩上",
    ]);
  });

  it("places the last paragraph that thanks the audience as the closing, however it starts", () => {
    const blocks = speechesOf(page)[0]!.blocks;
    expect(blocks.at(-1)!.role).toBe("closing");
    expect(blocks.at(-1)!.headingPath).toEqual([]);
  });

  it("keeps two such lines, or lines beside numbered items, as paragraphs", () => {
    const two = page.slice(0, 4 + 8).concat(page.slice(-2));
    expect(speechesOf(two)[0]!.blocks.some((b) => b.kind === "heading")).toBe(false);
    const items = page.map((l) => (l.startsWith("从下个礼拜") ? "一是" + l : l));
    expect(speechesOf(items)[0]!.blocks.some((b) => b.kind === "heading")).toBe(false);
  });
});

describe("headings without numbers beside two-phrase ones", () => {
  it("takes a plain phrase alone between paragraphs with them, and a second phrase with 、 in it", () => {
    const page = [
      "在全镇安全生产会议上的讲话",
      "同志们：",
      "今天召开全镇安全生产会议，主要是把近期几项重点工作再部署一下。刚才，镇应急办通报了一季度情况，我完全同意。",
      "",
      "去年那两回事，大家都还记得",
      "",
      "去年五月，一个砖厂的铲车倒车压伤了人；十月，一户人家烧柴取暖，差一点一氧化碳中毒。两件事都不大，但都是差一点。",
      "",
      "织密排查网络，做到横向到边、纵向到底",
      "",
      "从下周开始，各村把辖区里的小作坊、自建房、山塘挨个走一遍，查出来的问题登记造册，能当场改的当场改，改不了的定人定时间。",
      "",
      "担子落到人头上",
      "",
      "镇干部包村，村干部包组，企业老板包自己的厂子。哪个片出了事，先问包片的人，年底考核安全生产单独打分，一票否决。",
      "",
      COUNTY_CLOSING,
    ];
    expect(
      speechesOf(page)[0]!
        .blocks.filter((b) => b.kind === "heading")
        .map((b) => b.text),
    ).toEqual(["去年那两回事，大家都还记得", "织密排查网络，做到横向到边、纵向到底", "担子落到人头上"]);
  });
});

describe("a shared document's sidebar", () => {
  it("drops its 目录 of speeches and their outlines cut short, and keeps the one speech", () => {
    const page = [
      "目录",
      "县长在全县安全生产工作会议上的讲话",
      "　认清形势，绷紧安全生产这…",
      "　抓好排查，把隐患消除在萌…",
      "",
      ...COUNTY_SPEECH,
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a portal's report over the speech", () => {
  it("drops the report, its caption and review line above ■ 讲话全文, and keeps one speech", () => {
    const page = [
      "我县召开全县安全生产工作会议",
      "来源：县融媒体中心　　记者：林小禾　　发布时间：2025-03-06 18:27",
      "字号：大 中 小　　【打印本页】　【关闭窗口】",
      "",
      "　　3月6日上午，全县安全生产工作会议暨县安委会全体（扩大）会议召开。县委书记周明出席会议并讲话，县长龚伟作具体部署。",
      "　　会议通报了2024年全县安全生产工作情况，县住建局、县交通运输局作交流发言。",
      "　　周明指出，全县各级各部门要把安全生产摆在更加突出的位置，坚持人民至上、生命至上，守牢安全底线。",
      "　　龚伟就抓好今年安全生产工作作具体部署。他强调，要聚焦重点领域扎实开展隐患排查整治，层层压实安全生产责任。",
      "　　会议以视频形式开到各乡镇，各乡镇设分会场。",
      "图｜会议现场（融媒记者　林小禾　摄）",
      "",
      "■ 讲话全文",
      "",
      COUNTY_TITLE,
      "县长　龚伟",
      "（2025年3月6日）",
      ...COUNTY_SPEECH.slice(2),
      "",
      "（编辑：林小禾　初审：周远　复审：钱东　终审：黎平）",
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
