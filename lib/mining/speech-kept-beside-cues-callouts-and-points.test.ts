import { describe, expect, it } from "vitest";
import { speechesOf } from "../testing/mined-page";
import { removalReason } from "../testing/page-noise";
import { cleanTitle } from "./outline-patterns";
import { mineText } from "./text-pipeline";

// Speeches written for these tests with the speech's own lines that look like a programme's cue, a wiki's icon
// callout, a site's pointed or arrowed advert, or a series of bracketed heads: each stays the speech's.
const blocksOf = (page: string[]) => speechesOf(page).flatMap((s) => s.blocks.map((b) => b.text));
const headingsOf = (page: string[]) =>
  speechesOf(page)[0]!.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));

describe("a speech's cases under a production word's label", () => {
  const CASES = [
    "【镜头】去年8月，某乡一家木材加工厂违规动火切割，引燃周边锯末，造成2人受伤，直接经济损失60余万元。",
    "【画面】今年3月，某工地一辆渣土车倒车时未安排专人指挥，将一名工人碾压致死。",
  ];
  const speech = [
    "在全县建筑施工安全警示教育会上的讲话",
    "同志们：",
    "刚才大家观看了警示教育片，下面我再给大家讲两个发生在我们身边的案例，大家要引以为戒。",
    ...CASES,
    "这两起事故都是违章作业造成的，都是可以避免的。各单位要举一反三，把隐患消灭在萌芽状态。",
    "同志们，安全生产责任重于泰山。希望大家以案为鉴，坚决守住安全底线。",
  ];

  it("keeps a label followed by a sentence; a note closed on its own line goes, and on a programme's page one run on", () => {
    expect(blocksOf(speech)).toEqual(expect.arrayContaining(CASES));
    const cue = "【导播：切全景】";
    const withCue = mineText([...speech.slice(0, 3), cue, ...speech.slice(3)].join("\n"));
    expect(removalReason(withCue.removed, cue)).toBe("节目导播提示");
    // Two closed notes show a programme: there the label with its sentence is the programme's picture too.
    const programme = [...speech.slice(0, 3), "【片头】（片头音乐起）", cue, ...speech.slice(3)];
    const mined = mineText(programme.join("\n"));
    expect(removalReason(mined.removed, CASES[1]!)).toBe("节目导播提示");
  });
});

describe("a Markdown speech's own quotations opened by an icon", () => {
  const law =
    "> 📖 《消防法》第十六条规定：机关、团体、企业、事业等单位应当落实消防安全责任制，制定本单位的消防安全制度。";
  const facts = "> ⚠️ 该商场疏散通道被货物堵塞，自动喷水灭火系统长期处于关闭状态，火灾发生后人员未能及时疏散。";
  const signed = "> 💡 第二部分的检查数已按消防大队意见改过，请再核一遍。——小林";
  const titled = ["> 💡 **待确认**", "> 商场数量是一季度口径，@王磊 跟商务局对一下。"];
  const page = ["# 在全市人员密集场所消防安全整治会上的讲话", "", "同志们：", ""];
  page.push("今天召开这次会议，主要是通报前一阶段检查情况，部署下一步整治工作。下面，我讲两点意见。", "");
  page.push("## 一、依法落实主体责任", "", "法律对单位的消防安全责任有明确规定：", "", law, "", signed, "");
  page.push(
    "这条规定，每一位负责人都要记在心上。",
    "",
    "## 二、汲取事故教训",
    "",
    "去年外地一起商场火灾的调查结论是：",
  );
  page.push("", facts, "", ...titled, "", "同志们，消防安全容不得半点马虎，希望大家抓好落实。");

  it("keeps the quotations; removes a callout signed, calling a colleague or marked 待确认", () => {
    const mined = mineText(page.join("\n"));
    const blocks = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(blocks).toContain("《消防法》第十六条规定");
    expect(blocks).toContain("该商场疏散通道被货物堵塞");
    expect(removalReason(mined.removed, signed)).toBe("文档批注");
    expect(blocks).not.toContain("待确认");
    expect(blocks).not.toContain("跟商务局对一下");
  });
});

describe("a collection's speech whose last ▲ point is a sentence", () => {
  const first = ["在全乡森林防火工作会议上的讲话", "同志们："];
  first.push("今年入春以来，我乡降水偏少，林区可燃物大量积累，森林火险等级持续偏高，防火形势十分严峻。");
  const second = ["在全乡森林防火宣传月启动仪式上的讲话", "同志们："];
  second.push("今天我们启动森林防火宣传月活动，就是要让防火知识进村入户，让每一位群众都成为护林员。");

  it("keeps the point closed by its 。; a pointed call without it between the speeches goes", () => {
    const point = "▲发现野外违规用火的，经查实给予奖励，群众可扫码或拨打电话举报。";
    expect(blocksOf([...first, point, "篇二", ...second])).toContain(point);
    const call = "▲材料写不出来？扫码领取300套防火讲话模板";
    expect(blocksOf([...first, "", call, "", "篇二", ...second])).not.toContain(call);
  });
});

describe("an arrowed call inside a speech's sentence", () => {
  it("keeps a sentence with its clauses that ends in 立即报名>>; the advert's line without a comma goes", () => {
    const call = "县团委牵头组建的青年应急志愿服务队招募工作已经全面启动，请各乡镇、各村和各社区立即报名>>";
    const page = ["在全县应急志愿服务工作推进会上的讲话", "同志们："];
    page.push("近年来，全县应急志愿服务队伍不断壮大，在防汛抗旱、森林防火等工作中发挥了重要作用。", call);
    page.push("同志们，希望大家积极参与，共同把应急志愿服务工作做得更好。");
    expect(blocksOf(page).join("\n")).toContain(call);
    const ad = "讲话稿速成课｜七天写出领导满意的稿子>>立即报名";
    expect(blocksOf([...page.slice(0, 3), ad, ...page.slice(3)]).join("\n")).not.toContain("讲话稿速成课");
  });
});

describe("bracketed points under a speech's own outline", () => {
  const POINTS = [
    "【一是管住重点车辆】对全县校车、危化品运输车逐车建档，对逾期未检验、违法未处理的车辆一律督促清零。",
    "【二是管住重点路段】对国道穿越村镇的路段，年内全部完成减速带、警示灯和标线设置，消除视线盲区。",
    "【三是管住重点人群】各乡镇要组织劝导站常态上岗，重点劝导电动车不戴头盔、农用车违法载人等行为。",
  ];
  const OPEN = ["在全县道路交通安全工作会议上的讲话", "同志们："];
  OPEN.push("今天召开全县道路交通安全工作会议，主要任务是分析形势、部署工作。刚才，县交警大队通报了情况，我都同意。");
  const FACTS = "去年全县共发生道路交通亡人事故16起，死亡18人，农村地区事故占七成，电动自行车和农用车事故尤为突出。";
  const DUTY = "各乡镇要落实属地管理责任，各部门要落实行业监管责任，运输企业要落实主体责任，形成齐抓共管的格局。";
  const CLOSE = "同志们，道路交通安全事关群众生命财产安全，希望大家抓好各项工作落实。";
  const bracketHeads = ["【一是管住重点车辆】", "【二是管住重点路段】", "【三是管住重点人群】"];

  it("keeps them in their paragraphs under unnumbered headings, bars and a spoken 首先…最后", () => {
    const unnumbered = [...OPEN, "认清严峻形势，绷紧交通安全之弦", FACTS, "突出整治重点，消除交通安全隐患"];
    unnumbered.push(...POINTS, "压实各方责任，织密交通安全之网", DUTY, CLOSE);
    expect(headingsOf(unnumbered)).toEqual([
      "认清严峻形势，绷紧交通安全之弦",
      "突出整治重点，消除交通安全隐患",
      "压实各方责任，织密交通安全之网",
    ]);
    const barred = [...OPEN, "▍认清形势", FACTS, "▍整治隐患", ...POINTS, "▍压实责任", DUTY, CLOSE];
    expect(headingsOf(barred)).not.toEqual(expect.arrayContaining(bracketHeads));
    expect(blocksOf(barred)).toContain(POINTS[0]);
    const spoken = [...OPEN, `首先，要认清形势。${FACTS}`, "其次，要突出整治重点。", ...POINTS, `最后，${DUTY}`, CLOSE];
    expect(headingsOf(spoken)).toEqual([]);
    expect(blocksOf(spoken)).toContain(POINTS[1]);
  });
});

describe("an e-book's chapter marker glued to a title", () => {
  it("comes off before any title's ending (上的专题辅导, 主持词) and stays on a line that is no title", () => {
    expect(cleanTitle("◆第二篇在全市应急管理干部培训班上的专题辅导")).toBe("在全市应急管理干部培训班上的专题辅导");
    expect(cleanTitle("篇三全县安全生产工作会议主持词")).toBe("全县安全生产工作会议主持词");
    expect(cleanTitle("第一篇在路上的日子")).toBe("第一篇在路上的日子");
  });
});
