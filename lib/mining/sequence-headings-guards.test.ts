import { describe, expect, it } from "vitest";
import { keptLines } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Guards after review: a 首先/其次/最后 series inside a section of a speech with its own unnumbered headings, a host's
// cue sentences set flush left, and a portal's or news site's masthead whose name's tail the speech uses as a word.
const HEAD = ["在全市危险化学品安全工作会议上的讲话", "副市长　赵某某", "同志们："];
const OPENING =
  "今天召开全市危险化学品安全工作会议，主要是通报上半年情况，分析面临的风险，部署下半年的重点任务。刚才几位同志的发言都很好。";
const P1 =
  "上半年，全市危化品领域没有发生较大以上事故，但一般事故仍有发生，储罐区、装卸环节违规操作的问题比较突出，形势不容乐观。";
const P2 =
  "从明查暗访的情况看，部分企业的双重预防机制流于形式，风险清单与现场两张皮，特殊作业审批签字走过场，这些都必须马上纠正。";
const S1 =
  "要对全市涉及重大危险源的企业逐一过筛，重点看储罐区的液位报警、紧急切断和可燃气体检测是否完好投用，发现问题立即停用。";
const S2 =
  "要对装卸环节开展专项检查，严查无证驾驶、超量充装和不按规程静电接地等行为，对屡查屡犯的企业依法从严顶格处罚到位。";
const S3 =
  "要对化工园区封闭化管理情况进行一次全面评估，车辆和人员出入要全程登记，园区应急队伍要二十四小时在岗值守不能松懈。";
const R1 =
  "各级党委政府要把危化品安全摆上重要位置，主要负责同志要亲自研究部署，分管负责同志要靠前指挥，确保责任层层压实到位。";
const CLOSING = "同志们，危化品安全容不得半点马虎。希望大家把今天的部署抓细抓实，确保全市安全形势持续稳定。谢谢大家！";
const INTRO =
  "下半年是事故易发多发的时段，隐患排查整治要聚焦最容易出事的几个环节，集中力量打歼灭战，具体要盯住三个方面。";
const SERIES = ["首先，盯紧危险源", "其次，盯紧装卸", "最后，盯紧园区"];

const headings = (lines: string[]) =>
  mineText(lines.join("\n"))
    .speeches.flatMap((s) => s.blocks)
    .filter((b) => b.kind === "heading")
    .map((b) => `H${b.level} ${b.text}`);

/** The speech with its sections under `heads`; the second section holds the 首先/其次/最后 points. */
const speech = (heads: string[], before: string[] = []) => [
  ...HEAD,
  OPENING,
  ...before,
  heads[0]!,
  P1,
  P2,
  heads[1]!,
  INTRO,
  SERIES[0]!,
  S1,
  SERIES[1]!,
  S2,
  SERIES[2]!,
  S3,
  heads[2]!,
  R1,
  CLOSING,
];

describe("a 首先/其次/最后 series inside a section of a speech with its own headings", () => {
  it("keeps the speech's two-phrase headings and leaves the points as paragraphs", () => {
    const heads = ["看清风险，绷紧危化品安全这根弦", "盯紧重点，抓实危化品隐患整治", "落实责任，把各项要求落到实处"];
    const found = headings(speech(heads));
    expect(found).toContain(`H1 ${heads[0]}`);
    expect(found).toContain(`H1 ${heads[1]}`);
    expect(found.filter((h) => /首先|其次|最后/.test(h))).toEqual([]);
  });

  it("keeps the headings the opening announces", () => {
    const heads = [
      "统一思想，深刻认识危化品安全的严峻形势",
      "聚焦重点，全面排查整治危化品安全隐患",
      "强化担当，确保各项措施落地见效",
    ];
    const announce =
      "今年以来，全市上下做了大量工作，成绩来之不易，但风险依然很多。下面，我就做好下半年工作讲三点意见：";
    const found = headings(speech(heads, [announce]));
    expect(found.slice(0, 2)).toEqual([`H1 ${heads[0]}`, `H1 ${heads[1]}`]);
    expect(found.filter((h) => /首先|其次|最后/.test(h))).toEqual([]);
  });

  it("keeps a post's ▍ headings, their bar taken off", () => {
    const heads = ["▍风险就在身边", "▍检查要见真章", "▍责任要扛起来"];
    const found = headings(speech(heads));
    expect(found).toContain("H1 风险就在身边");
    expect(found).toContain("H1 检查要见真章");
    expect(found.filter((h) => /首先|其次|最后/.test(h))).toEqual([]);
  });

  it("reads no series beside the speech's plain 关于… lines alone between paragraphs", () => {
    const heads = ["关于风险形势", "关于隐患整治", "关于责任落实"];
    expect(headings(speech(heads))).toEqual([]);
  });

  it("still reads the series where the speech has no other outline", () => {
    const lines = [...HEAD, OPENING, SERIES[0]!, S1, P1, SERIES[1]!, S2, SERIES[2]!, S3, CLOSING];
    expect(headings(lines)).toEqual(SERIES.map((s) => `H1 ${s}`));
  });
});

describe("a 主持词's cue sentences, flush left over the host's indented paragraphs", () => {
  const ind = (p: string) => `　　${p}`;
  const page = [
    "在全市危险化学品安全工作会议上的主持词",
    "市政府副秘书长　钱某某",
    "同志们：",
    ind(
      "今天召开全市危险化学品安全工作会议，参加会议的有各区县分管负责同志、市直有关部门主要负责同志和重点企业负责人。",
    ),
    "首先，请市应急管理局局长周某同志通报情况。",
    ind("刚才，周某同志通报了上半年全市危化品安全情况，点出了储罐区和装卸环节的突出问题，请各区县对照抓好整改落实。"),
    "其次，请市交通运输局局长吴某同志作安排。",
    ind("吴某同志对危化品道路运输的专项整治作了具体安排，任务明确，要求具体，各有关单位要不折不扣抓好落实不打折扣。"),
    "最后，请赵某某副市长作重要讲话。",
    ind(
      "刚才，赵副市长从守底线、保平安的高度，对全市危化品安全工作提出了明确要求，讲得很深刻，我们一定要认真贯彻落实。",
    ),
    ind(
      "同志们，下半年任务艰巨，各级各部门务必绷紧安全这根弦，坚决守住不发生重大事故的底线。今天的会议就到这里，散会。",
    ),
  ];

  it("leaves the cues as the host's sentences, 。 and all", () => {
    expect(headings(page)).toEqual([]);
    const blocks = mineText(page.join("\n")).speeches.flatMap((s) => s.blocks);
    expect(blocks.map((b) => b.text)).toContain("首先，请市应急管理局局长周某同志通报情况。");
  });
});

describe("a portal's or news site's masthead over a speech that names sites of its own", () => {
  const page = (masthead: string, line: string) => [masthead, "首页　要闻　专题", "", ...HEAD, OPENING, line, CLOSING];
  const cases: [string, string][] = [
    [
      "青林县人民政府网 | 政务公开",
      "要通过县政府网、县融媒体中心开设安全生产曝光专栏，对典型问题点名道姓公开曝光，形成强大震慑。",
    ],
    [
      "青林新闻网 — 青林县融媒体中心主办",
      "要通过县新闻网、县电视台开设曝光专栏，对典型问题点名道姓公开曝光，形成强大的舆论震慑。",
    ],
    [
      "青林教育网 — 青林县教育局",
      "各校的整改结果要在县教育网和学校公示栏同步公布，接受师生和家长的监督，做到件件有着落。",
    ],
    [
      "青林化工集团新闻网 · 企业文化",
      "各单位的检查结果要在集团新闻网和内部简报上通报，对排名靠后的单位由集团领导约谈其负责人。",
    ],
    [
      "危化知识库 | 安全生产学习平台",
      "要依托市危化专家库、知识库和隐患数据库，对重大危险源企业开展远程巡查，做到风险早发现。",
    ],
  ];

  it.each(cases)("keeps the speech's sentence whole under %s", (masthead, line) => {
    expect(keptLines(page(masthead, line))).toContain(line);
  });

  it("still cuts a document shop's own name, set into a sentence", () => {
    const injected = "一些班组人员流动大，新员工占比偏高，博雅原创文档网应急处置能力明显不足，这个问题必须引起重视。";
    expect(keptLines(page("博雅原创文档网 — 原创文档交易平台", injected))).toContain(
      "一些班组人员流动大，新员工占比偏高，应急处置能力明显不足，这个问题必须引起重视。",
    );
  });
});
