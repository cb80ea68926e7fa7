import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 11: a news app's page copied on a phone (a line break after
// every sentence), a 文库's text preview on one line with its headings glued to the text, a portal printing three
// 表态发言 one after another.
const TITLE = "在全县国庆假期道路交通安全工作部署会上的讲话";
const blocksOf = (page: string[]) =>
  mineText(page.join("\n")).speeches.flatMap((s) =>
    s.blocks.map((b) => (b.kind === "heading" ? `H ${b.text}` : b.text)),
  );

describe("a page with a line break after every sentence", () => {
  const opening = [
    "国庆假期即将到来，群众出行集中，道路交通安全压力明显加大。",
    "今天召开这次会议，就是要对假期道路交通安全工作再部署。",
    "刚才，县公安局交警大队通报了近期全县道路交通安全情况。",
  ];
  const sections = [
    [
      "一、严管重点车辆",
      "要对“两客一危”车辆进行全面排查，逐车建立台账。",
      "运输企业要落实出车前安全检查，严禁带病上路。",
      "对排查发现的问题要限期整改，逾期不改的依法处理。",
    ],
    [
      "二、严查交通违法",
      "公安交警部门要最大限度把警力摆上路面，加强巡逻管控。",
      "对酒驾醉驾、超员超速等违法行为要从严查处。",
      "交通运输部门要加强客运站源头管理，严防超员车辆出站。",
    ],
    [
      "三、压实工作责任",
      "各乡镇要落实属地管理责任，发挥劝导站和网格员作用。",
      "各有关部门要各司其职、密切配合，形成齐抓共管合力。",
      "对工作不力导致发生较大事故的，要严肃追究有关人员责任。",
    ],
  ];
  const closing = "同志们，假期道路交通安全责任重大，希望大家扎实做好各项工作。";

  it("joins the sentences of a paragraph, up to a heading, a blank line or 同志们，", () => {
    const page = [TITLE, "同志们：", ...opening, "", ...sections.flat(), closing];
    expect(blocksOf(page)).toEqual([
      opening.join(""),
      ...sections.flatMap(([heading, ...sentences]) => [`H ${heading}`, sentences.join("")]),
      closing,
    ]);
  });

  it("leaves a page of one paragraph a line as it is", () => {
    const sentences = [...opening, ...sections.flatMap((s) => s.slice(1))];
    // Twelve paragraphs of two sentences each, one a line.
    const paragraphs = sentences.flatMap((a, i) => sentences.slice(i + 1, i + 2).map((b) => a + b));
    const page = [TITLE, "同志们：", ...paragraphs, closing];
    expect(paragraphs.length).toBeGreaterThanOrEqual(11);
    expect(blocksOf(page)).toEqual([...paragraphs, closing]);
  });

  it("takes a platform's disclaimer for chrome", () => {
    const note = "本文为云帆号作者上传发布，仅代表作者观点。云帆新闻仅提供信息发布平台。";
    const { removed } = removeNoiseFromPage([TITLE, "同志们：", opening.join(""), closing, note]);
    expect(removalReason(removed, note)).toBeDefined();
  });
});

describe("a 文库 preview on one line", () => {
  it("cuts headings glued to the text on both sides, and cleans the file name's title", () => {
    const body1 = "近年来，全国燃气爆炸事故时有发生，特别是餐饮场所、老旧小区的燃气事故，造成重大人员伤亡。";
    const body2 = "要聚焦燃气经营企业、燃气管道设施和居民用户，开展全链条、拉网式排查，排查出的隐患一律建立台账。";
    const line =
      "在全市城镇燃气安全专项整治工作会议上的讲话同志们：今天，我们召开全市城镇燃气安全专项整治工作会议，主要任务是部署下一步重点任务。下面，我讲几点意见。" +
      `一、坚持问题导向，深刻认识燃气安全的严峻形势${body1}二、突出重点领域，全面排查整治燃气安全隐患${body2}`;
    const { speeches } = mineText(["市长在全市城镇燃气安全专项整治工作会议上的讲话（范文）.docx", line].join("\n"));
    // The fuller title, which names the speaker, wins over the bare one (structure.ts bestTitle); （范文） goes.
    expect(speeches[0]!.title).toBe("市长在全市城镇燃气安全专项整治工作会议上的讲话");
    expect(speeches[0]!.speaker).toBe("市长");
    const texts = speeches[0]!.blocks.map((b) => (b.kind === "heading" ? `H ${b.text}` : b.text));
    expect(texts).toContain("H 一、坚持问题导向，深刻认识燃气安全的严峻形势");
    expect(texts).toContain(body1);
    expect(texts).toContain("H 二、突出重点领域，全面排查整治燃气安全隐患");
    expect(texts).toContain(body2);
  });

  it("does not cut a heading at a 要 inside a word (重要位置)", () => {
    const line = "一、提高思想认识，把安全生产摆在重要位置各级各部门要把安全生产摆在更加突出的位置，切实加强领导。";
    const texts = blocksOf([TITLE, "同志们：", "今天召开会议，主要任务是部署工作，我讲几点意见。", line]);
    expect(texts.some((t) => t.endsWith("摆在重"))).toBe(false);
  });
});

describe("表态发言 one after another", () => {
  it("titles one by its main title and ——subtitle, and reads a principal's line as the speaker", () => {
    const body = "刚才，听了县领导的重要讲话，我深受教育，也倍感责任重大。我们将认真抓好落实，确保不发生安全事故。";
    const page = ["在全县安全生产工作会议上的表态发言", "××镇镇长　×××", "各位领导、同志们：", body, ""];
    page.push("坚决扛牢企业主体责任 全力守牢建筑施工安全底线", "——在全县安全生产工作会议上的表态发言");
    page.push("××建设工程有限公司董事长　×××", "各位领导、同志们：", body, "");
    page.push("在全县安全生产工作会议上的表态发言", "××县实验小学校长×××", "各位领导、同志们：", body);
    const { speeches } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title?.replace(/\s/g, ""))).toEqual([
      "在全县安全生产工作会议上的表态发言",
      "坚决扛牢企业主体责任全力守牢建筑施工安全底线——在全县安全生产工作会议上的表态发言",
      "在全县安全生产工作会议上的表态发言",
    ]);
    expect(speeches[2]!.speaker).toBe("××县实验小学校长×××");
    expect(speeches.every((s) => s.blocks.length === 1)).toBe(true);
  });
});
