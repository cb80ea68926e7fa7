import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A county portal's copy of a speech from its attached PDF: every paragraph broken over two to four lines at
// arbitrary points, no indent, blank lines between paragraphs only now and then, a heading broken too. Pages written
// for this test.
const texts = (lines: string[]) => mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const headings = (lines: string[]) =>
  mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks.filter((b) => b.kind === "heading").map((b) => b.text));

/** Paragraphs given as their lines. */
const P = {
  open: [
    "汛期就要到了。今天召开全县防汛工作会议，",
    "主要是分析今年汛期形势，对防汛准备工作",
    "进行再部署、再落实。刚才，县水务局通报了汛前检查情况，我都同意。",
  ],
  past: [
    "去年汛期，全县共发生强降雨过程9次，",
    "转移群众1260人，没有发生人员伤亡。但汛前检查",
    "中仍发现隐患73处，其中病险山塘12座。",
  ],
  weak: ["一些村对防汛工作重视不够，预案写在纸上，", "演练走过场；有的巡查员不在岗，", "巡查记录照抄上月。"],
  reservoir: [
    "各乡镇要在5月20日前对辖区山塘水库逐座开展检查，对病险山塘",
    "一律空库运行；要逐一核查",
    "溢洪道、放水设施和监测设备，确保汛期正常运转。",
  ],
  bus: ["全县现有地质灾害隐患点58处，", "县自然资源局要会同各乡镇开展一次拉网式排查。"],
  alone1: "各地要落实“一点一策”，隐患点群测群防员要全部到岗到位。",
  duty: [
    "防汛工作实行行政首长负责制，乡镇长是本辖区防汛第一",
    "责任人，要亲自部署、亲自检查。各村支书要把责任落实",
    "到具体岗位和具体人员。",
  ],
  check: [
    "县政府将把各乡镇防汛工作纳入对乡镇的年度综合考核，实行“一票",
    "否决”。汛期县领导将带队分片督查，对",
    "工作不力、敷衍塞责的乡镇通报批评，对造成严重",
    "后果的，依规依纪严肃追责。",
  ],
  train: ["要加强防汛知识宣传教育，各村要利用村村响广播和微信群推送", "预警信息，把避险常识送到每一户。"],
  team: [
    "要加强抢险队伍建设，各乡镇要按标准组建一支不少于30人的",
    "应急抢险队，储备编织袋、救生衣等物资，",
    "确保拉得出、冲得上。",
  ],
  alone2: "今年县财政安排的260万元防汛专项资金，要在5月底前全部用到病险山塘除险加固上。",
  close: ["同志们，防汛工作事关千家万户，事关人民群众生命财产安全。让我们", "以高度负责的态度，确保全县安全度汛！"],
};
const joined = (lines: string[]) => lines.join("");
const page = (opts: { blankBeforeAlone?: boolean } = {}) => [
  "在全县2025年防汛工作会议上的讲话",
  "县长　孙建国",
  "",
  "同志们：",
  ...P.open,
  "一、正视问题，认清防汛工作的严峻形势",
  ...P.past,
  ...P.weak,
  "",
  "二、突出重点部位，全面开展",
  "汛前隐患排查整治",
  "（一）山塘水库",
  ...P.reservoir,
  "（二）地质灾害隐患点",
  ...P.bus,
  ...(opts.blankBeforeAlone ? [""] : []),
  P.alone1,
  "三、压实防汛责任，构建齐抓共管的工作格局",
  ...P.duty,
  ...P.check,
  "",
  "— 2 —",
  "",
  ...P.train,
  ...P.team,
  P.alone2,
  ...P.close,
];

describe("a page that breaks every paragraph over several lines", () => {
  it("joins a line stopped inside a word to the next, and a heading's last words to it", () => {
    const kept = texts(page());
    expect(kept).toContain(joined(P.check));
    expect(kept).toContain(joined(P.weak));
    expect(headings(page())).toContain("二、突出重点部位，全面开展汛前隐患排查整治");
  });

  it("joins a sentence alone before a heading or 同志们，… to the paragraph above", () => {
    const kept = texts(page());
    expect(kept).toContain(joined(P.bus) + P.alone1);
    expect(kept).toContain(joined(P.team) + P.alone2);
    expect(kept).toContain(joined(P.close));
  });

  it("keeps a sentence alone after a blank line a paragraph of its own", () => {
    const kept = texts(page({ blankBeforeAlone: true }));
    expect(kept).toContain(P.alone1);
    expect(kept).toContain(joined(P.bus));
  });
});

describe("what stays apart on other pages", () => {
  it("a page of one paragraph a line keeps its one-line paragraphs before a heading", () => {
    const lines = [
      "在全县2025年防汛工作会议上的讲话",
      "同志们：",
      joined(P.open),
      "一、正视问题，认清防汛工作的严峻形势",
      joined(P.past),
      joined(P.weak),
      "二、压实防汛责任，构建齐抓共管的工作格局",
      joined(P.duty),
      joined(P.check),
      joined(P.team),
      P.alone2,
      joined(P.close),
    ];
    const kept = texts(lines);
    expect(kept).toContain(P.alone2);
    expect(kept).toContain(joined(P.weak));
  });

  it("a heading without a second clause, or one followed by prose, does not take the short line under it", () => {
    const lines = (head: string, tail: string, after: string[]) => [
      ...page().slice(0, 9),
      head,
      tail,
      ...after,
      ...page().slice(13),
    ];
    const plain = lines("二、工作要求", "坚持问题导向", ["（一）山塘水库", ...P.reservoir]);
    expect(headings(plain)).not.toContain("二、工作要求坚持问题导向");
    const prose = lines("二、突出重点部位，全面开展", "汛前隐患排查整治", P.reservoir);
    expect(headings(prose)).not.toContain("二、突出重点部位，全面开展汛前隐患排查整治");
  });

  it("a paragraph's first line that lacks its stop stays a line of its own under its heading", () => {
    const lines = [...page().slice(0, 5), "一、正视问题，认清防汛工作的严峻形势", "汛前检查情况", ...page().slice(6)];
    expect(texts(lines).join("\n")).not.toContain("汛前检查情况去年汛期");
  });
});
