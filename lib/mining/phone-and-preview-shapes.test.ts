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

describe("what an outside review found the first version of these rules did wrong", () => {
  it("keeps apart a host's one-sentence lines when no blank line parts any paragraph of several sentences", () => {
    const agenda = [
      "为深入贯彻落实全市安全生产工作会议精神，县委、县政府决定召开这次会议。",
      "出席今天会议的县领导有：王建国、李华、张明。",
      "参加会议的还有各乡镇、县直各部门主要负责同志和重点企业负责人。",
      "今天的会议共有四项议程，下面进行第一项议程。",
      "请县应急管理局局长张明同志通报全县安全生产工作情况。",
      "下面进行第二项议程，请城关镇和县交通运输局作表态发言。",
      "下面进行第三项议程，请县委副书记、县长李华同志讲话，大家欢迎。",
      "下面进行第四项议程，请县委书记王建国同志作重要讲话，大家欢迎。",
      "刚才，王书记从讲政治、保稳定、促发展的高度作了重要讲话。",
      "会后，各乡镇、各部门要及时召开会议，传达学习本次会议精神。",
      "要立即组织开展一次安全生产大检查，坚决消除各类事故隐患。",
      "要严格落实领导带班和值班制度，确保信息畅通、处置及时。",
    ];
    const page = ["全县安全生产工作会议主持词", "同志们：", ...agenda, "今天的会议到此结束，散会！"];
    expect(blocksOf(page)).toHaveLength(agenda.length + 1);
  });

  it("does not run a heading without a number into the sentences above it", () => {
    const sentences = [
      "今年以来，全县安全生产形势总体平稳，但事故隐患依然不少。",
      "一些企业主体责任落实不到位，安全投入不足。",
      "部分乡镇监管力量薄弱，专业人员缺乏。",
    ];
    const page = [TITLE, "同志们：", ...sentences, "", ...sentences.slice(0, 2), "压实安全生产责任", ...sentences];
    page.push("深化隐患排查整治", ...sentences, "", ...sentences);
    expect(blocksOf(page).some((t) => t.endsWith("压实安全生产责任") && t.length > 10)).toBe(false);
  });

  it("leaves a numbered point worded 工作要… whole", () => {
    const point = "（二）宣传教育工作要持续深入开展，通过多种形式普及安全知识，提升群众安全意识。";
    const body =
      "全县各级各部门要认真贯彻落实上级决策部署，扎实开展各项工作，确保取得实效，切实维护人民群众生命财产安全。";
    expect(blocksOf([TITLE, "同志们：", body, point, body]).join("|")).not.toContain("（二）宣传教育工作|");
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
