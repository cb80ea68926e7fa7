import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 13: a page printed to PDF by a browser, a 文库 page with a
// summary box and a table of contents with dot leaders, a 文秘 site's 猜你喜欢 with teasers, a 学习啦-style site's
// links between paragraphs, a 公众号's card about the speaker.
const TITLE = "在全市安全生产工作会议上的讲话";
const OPENING = "今天召开全市安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。";
const BODY = "各县区要对辖区内企业逐一开展排查，建立隐患台账，落实整改责任、措施、资金、时限和预案，确保整改到位。";
const BODY2 = "市应急管理局要会同有关部门开展联合执法检查，对检查发现的问题建立台账，限期整改，逾期不改的依法处理。";
const CLOSING = "同志们，安全生产责任重于泰山，希望大家守土尽责，确保全市安全形势持续稳定。";

describe("what a page inserts around and inside a speech", () => {
  it("takes a browser's print header and footer for a page break the text flows across", () => {
    const header = "2024/5/6 15:21 市长在全市安全生产工作会议上的讲话-公文派";
    const footer = "https://www.gongwenpai.com/jianghua/83215.html 1/2";
    const page = [header, TITLE, "同志们：", OPENING, "各县区要对辖区内企业逐一开展排查，建立隐患台账，落实整改责任、"];
    page.push(footer, header, "措施、资金、时限和预案，确保整改到位。", BODY2, CLOSING);
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toContain(BODY);
  });

  it("takes a summary box up to 以下为本文档全文 and a table of contents with dot leaders", () => {
    const page = ["【内容摘要】", `${OPENING.slice(0, 30)}……`, "", "【文档目录】", "一、提高政治站位…………1"];
    page.push("二、突出工作重点……………2", "（一）抓实防汛备汛……………2", "", "—— 以下为本文档全文 ——", "");
    page.push(TITLE, "同志们：", OPENING, "一、提高政治站位", BODY, "二、突出工作重点", BODY2, CLOSING);
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    const blocks = speeches[0]!.blocks.map((b) => b.text);
    expect(blocks.filter((t) => t.startsWith("一、"))).toEqual(["一、提高政治站位"]);
    expect(blocks.join("")).not.toMatch(/……|…………/);
  });

  it("takes the teasers under a list's links, and a link set between paragraphs", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "【延伸阅读】企业消防安全培训讲话稿（精选5篇）",
      BODY,
      "精选范文：乡镇党委书记在安全生产大会上的表态发言",
    ];
    page.push(
      BODY2,
      CLOSING,
      "猜你喜欢",
      "镇长在全镇安全生产工作会议上的讲话",
      "同志们：今天召开全镇安全生产工作会议，主要是传达贯彻全县会议精神…",
    );
    page.push(
      "在全县道路交通安全工作会议上的讲话",
      "同志们：近年来，我县机动车保有量快速增长，农村道路交通安全形势日趋复杂…",
    );
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, BODY2, CLOSING]);
  });

  it("takes a card about the speaker, not a sentence about a post", () => {
    const bio = [
      "个人简介：",
      "×××，男，汉族，1972年×月生，××省××县人，在职研究生学历，中共党员。",
      "现任××区委副书记、区长。",
    ];
    const { removed, kept } = removeNoiseFromPage([TITLE, "同志们：", OPENING, BODY, CLOSING, "", ...bio]);
    expect(removalReason(removed, "现任××区委副书记、区长。")).toBe("人物简介");
    expect(kept.at(-1)).toBe(CLOSING);
    const sentence = "现任各级领导干部要带头履职尽责，对分管领域安全生产工作亲自部署、亲自督查。";
    expect(removeNoiseFromPage([TITLE, "同志们：", OPENING, sentence, CLOSING]).kept).toContain(sentence);
  });
});

describe("what set 16's pages put around a speech", () => {
  it("removes an upload's summary under its label, and a site's appeal to its reader", () => {
    const summary = "内容简介：本文档收录乡镇、企业、部门三类单位的表态发言各一篇，可根据本单位情况修改使用。";
    const appeal = "如果这篇材料对您有帮助，欢迎打赏支持作者继续创作！";
    const { kept, removed } = removeNoiseFromPage([summary, TITLE, "同志们：", OPENING, BODY, CLOSING, appeal]);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, CLOSING]);
    expect(removalReason(removed, summary)).toBe("网页摘要");
    expect(removalReason(removed, appeal)).toBe("网站互动提示");
  });

  it("removes a Q&A page's question and the answer's preface, so that the speech in the answer stands alone", () => {
    const ask = "下周镇里开安全生产大会，领导让我写讲话稿，哪位大神有合适的发一篇参考一下，感激不尽！";
    const preface = "帮你写了一篇，是按镇长的口吻写的，有些数据我用×代替了，你按你们镇的实际情况改一改。";
    const { speeches } = mineText(["最佳答案", ask, "", preface, TITLE, "同志们：", OPENING, BODY, CLOSING].join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(TITLE);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, CLOSING]);
  });
});

describe("what set 17's pages put around a speech", () => {
  it("cuts a chat message's time and sender in front of its text, and removes a site's disclaimer however long", () => {
    const disclaimer = `免责声明: 本站所有范文均来源于网友投稿,${"仅供学习参考,".repeat(12)}如有雷同纯属巧合。`;
    const page = [TITLE, "同志们：", OPENING, `[09:14:30] 刘××(镇应急办)：${BODY}`, CLOSING, disclaimer];
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, CLOSING]);
    expect(removalReason(removed, disclaimer)).toBe("来源作者信息");
  });

  it("removes a related item's teaser over a 更多… link, and an office's own report printed after the speech", () => {
    const related = [
      "相关范文",
      "2023年度公司年终总结表彰大会主持词",
      "尊敬的各位领导、同事们：大家下午好！辞旧迎新之际...",
    ];
    const report = [
      "××市应急管理局2023年工作总结",
      "2023年，市应急管理局坚持统筹发展和安全，全年各项指标均控制在目标以内。现将全年工作总结如下：",
      "一、主要工作完成情况",
      BODY2,
    ];
    const mined = mineText(
      [TITLE, "同志们：", OPENING, BODY, CLOSING, ...report, ...related, "更多主持词 >>"].join("\n"),
    );
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, CLOSING]);
    expect(removalReason(mined.removed, report[0]!)).toBe("其他文件");
  });

  it("reads numbered points whose lead sentences run long as the text's points, not headings", () => {
    const points = [
      "1、上个月，邻镇有个村一户人家自己清理化粪池，男主人下去没几分钟就倒在里面，父子俩都没救过来。",
      "2、这件事说明，化粪池、沼气池、地窖这些地方憋着毒气，人一下去就可能中毒，不懂方法下去救人只会多搭进去一条命。",
      "3、咱们村今年也不是没出过事。6月份三组有一户液化气软管老化漏气，幸好发现得早。",
    ];
    const mined = mineText([TITLE, "同志们：", OPENING, "一、先说说身边的事", ...points, CLOSING].join("\n"));
    const headings = mined.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual(["一、先说说身边的事"]);
  });
});

describe("what an outside review found the first version of these rules did wrong", () => {
  const blocks = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

  it("keeps units, formulas and products inside sentences, and a rating between single stars", () => {
    const line =
      "要加快建设110kV变电站，严控超过10MPa的压力容器，对KMnO4、NaNO2等易制爆化学品和Pt100传感器、iPhone15门禁逐一登记，新增★AAAA★级景区2家。";
    expect(blocks([TITLE, "同志们：", OPENING, line, CLOSING])).toContain(line);
  });

  it("keeps a sentence that starts with a date and a time", () => {
    const line = "2023-08-12 14:30，某建筑工地发生高处坠落事故，造成1人死亡。";
    expect(blocks([TITLE, "同志们：", OPENING, line, CLOSING])).toContain(line);
  });

  it("keeps a paragraph that trails off after a list of links, and a title below one", () => {
    const trailing = "有的同志认为，安全生产是企业自己的事，与政府关系不大；有的同志认为，出了事故是运气不好……";
    const links = ["相关推荐", "·县长在安全生产工作会议上的讲话", "·安全生产月启动仪式讲话稿"];
    expect(blocks([TITLE, "同志们：", OPENING, ...links, trailing, BODY, CLOSING])).toContain(trailing);
    const { speeches } = mineText([...links, TITLE, trailing, "一、突出重点领域", BODY, CLOSING].join("\n"));
    expect(speeches[0]!.title).toBe(TITLE);
  });

  it("keeps a speaker's own introduction under 个人简介", () => {
    const self = "我叫李明，男，汉族，1985年6月生，大学本科学历，中共党员，2008年参加工作。";
    const page = ["在县应急管理局中层干部竞聘会上的演讲", "尊敬的各位领导、各位评委：", "个人简介", self];
    page.push("这次竞聘，我有三点优势：一是熟悉业务，二是敢于担当，三是作风扎实，请各位领导和评委给予支持。");
    expect(removeNoiseFromPage(page).kept).toContain(self);
  });

  it("ends a table of contents with dot leaders at the text's own first heading", () => {
    const page = ["县安全生产工作方案", "本文目录", "一、总体要求…………1", "二、工作任务…………2", "一、总体要求"];
    page.push("坚持人民至上、生命至上，统筹发展和安全，全面提升全县安全生产水平。", "二、工作任务", BODY);
    const { speeches } = mineText(page.join("\n"));
    const headings = speeches.flatMap((s) => s.blocks.filter((b) => b.kind === "heading").map((b) => b.text));
    expect(headings).toEqual(["一、总体要求", "二、工作任务"]);
  });
});
