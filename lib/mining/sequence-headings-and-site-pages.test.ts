import { describe, expect, it } from "vitest";
import { keptLines, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 124/125's: a blog's speech with 首先/其次/最后 headings on their
// own lines, a forwarded e-mail hard-wrapped with its headings flush left over indented paragraphs, a document shop
// whose name is set into a sentence, a 文库 page with a 文档目录 paged P1/P2, and an e-mail address cut by a wrap.
const HEAD = ["在公司第三季度安全生产调度会上的讲话", "总经理　×××", "同志们："];
const OPENING =
  "今天召开第三季度安全生产调度会，主要是总结前一阶段工作，查找突出问题，部署下一阶段重点任务。下面，我讲几点意见。";
const A1 =
  "三季度以来，公司各在建项目总体平稳，共开展综合检查六次，发现并整改各类隐患一百八十余项，整改率达到九成以上。";
const A2 = "但我们也要看到，高处作业防护不到位、临时用电不规范等老问题反复出现，有的项目整改只做表面文章，屡查屡犯。";
const B1 =
  "四季度进入冬季施工阶段，各项目部要立即组织一次全面排查，重点检查脚手架、塔吊和临时用电，查出的问题限期整改。";
const C1 = "各项目经理是本项目安全生产第一责任人，要每周带队检查，亲自过问重大隐患的整改情况，做到责任到人、措施到位。";
const CLOSING =
  "同志们，安全生产只有起点没有终点。希望大家把各项要求抓细抓实，确保全年安全生产目标顺利实现。谢谢大家！";

const outline = (lines: string[]) =>
  mineText(lines.join("\n")).speeches[0]!.blocks.map((b) => (b.kind === "heading" ? `H${b.level} ${b.text}` : "P"));

describe("headings led by 首先 / 其次 / 最后", () => {
  const h1 = "首先，总结成绩，查找存在的不足";
  const h2 = "其次，突出重点，抓好冬季隐患治理";
  const h3 = "最后，压实责任，确保要求落到实处";

  it("reads the series of short lines without a stop, each over prose, as level-1 headings", () => {
    expect(outline([...HEAD, OPENING, h1, A1, A2, h2, B1, h3, C1, CLOSING])).toEqual([
      "P",
      `H1 ${h1}`,
      "P",
      "P",
      `H1 ${h2}`,
      "P",
      `H1 ${h3}`,
      "P",
      "P",
    ]);
  });

  it("reads lines printed with their 。 flush left over indented paragraphs, labelled without the 。", () => {
    const ind = (p: string) => `　　${p}`;
    const lines = [...HEAD, ind(OPENING), `${h1}。`, ind(A1), ind(A2), `${h2}。`, ind(B1), `${h3}。`, ind(C1)];
    expect(outline([...lines, ind(CLOSING)]).filter((b) => b.startsWith("H"))).toEqual([
      `H1 ${h1}`,
      `H1 ${h2}`,
      `H1 ${h3}`,
    ]);
  });

  it("leaves the speech's own 首先，… sentences as paragraphs", () => {
    // Short paragraphs with their stop, nothing setting them apart: the speaker's sentences.
    const s1 = "首先，要把隐患查清楚。";
    const s2 = "其次，要把责任压下去。";
    const s3 = "最后，要把预案备扎实。";
    expect(outline([...HEAD, OPENING, s1, A1, s2, B1, s3, C1, CLOSING]).filter((b) => b.startsWith("H"))).toEqual([]);
    // A 首先 without its 最后, or a long sentence opening with 首先: no series.
    expect(outline([...HEAD, OPENING, h1, A1, h2, B1, C1, CLOSING]).filter((b) => b.startsWith("H"))).toEqual([]);
    const long = "首先，各项目部要立即组织一次全面排查，重点检查脚手架、塔吊和临时用电，查出的问题要限期整改到位。";
    expect(outline([...HEAD, OPENING, long, A1, h2, B1, h3, C1, CLOSING]).filter((b) => b.startsWith("H"))).toEqual([]);
    // Members with no prose under them: a list of points, not an outline.
    expect(outline([...HEAD, OPENING, A1, h1, h2, h3, C1, CLOSING]).filter((b) => b.startsWith("H"))).toEqual([]);
  });
});

describe("a document shop's name set into a sentence", () => {
  const page = [
    "博文原创文档网 — 原创文档交易平台",
    "首页　|　原创精品　|　讲话致辞　|　登录/注册",
    "付费文档　　价格：¥9.90",
    "",
    ...HEAD,
    OPENING,
    "对照上级通报的事故，我们的差距同样明显：一些班组人员流动大，新员工占比偏高，博文原创文档网应急处置能力明显不足。",
    B1,
    CLOSING,
  ];

  it("cuts the name the masthead gives, the sentence kept whole", () => {
    const kept = keptLines(page);
    expect(kept).toContain(
      "对照上级通报的事故，我们的差距同样明显：一些班组人员流动大，新员工占比偏高，应急处置能力明显不足。",
    );
  });

  it("keeps a speech's own mention of a site the masthead does not name, and a name only a sentence gives", () => {
    const own = "各单位要组织职工登录安全生产学习网参加线上答题，答题情况纳入班组考核，每月通报一次。";
    expect(keptLines([...page.slice(0, 4), ...HEAD, OPENING, own, CLOSING])).toContain(own);
    // A line naming the site in a sentence of its own (with its comma) is no masthead: nothing is learned from it.
    const said = "安全生产学习网 — 这是我们的学习平台，大家要用好";
    expect(keptLines([said, "", ...HEAD, OPENING, own, CLOSING])).toContain(own);
  });
});

describe("a 文库 page's 文档目录 paged P1 / P2", () => {
  const page = [
    "某某文库 — 海量公文在线阅读",
    "",
    "文档目录",
    "1　在全县防汛工作部署会上的主持词 ……… P1",
    "2　在全县防汛工作部署会上的讲话 ……… P2",
    "　2.1　一、认清形势，绷紧防汛这根弦 ……… P2",
    "　2.2　二、突出重点，抓好隐患排查 ……… P3",
    "",
    "在全县防汛工作部署会上的主持词",
    "同志们：",
    "现在开会。今天召开全县防汛工作部署会，主要任务是分析当前防汛形势，安排部署今年的防汛工作。下面，请县长讲话。",
    "同志们，刚才县长作了重要讲话，请大家认真抓好落实。今天的会议就到这里，散会。",
    "",
    "在全县防汛工作部署会上的讲话",
    "同志们：",
    "今天召开这次会议，主要是分析防汛形势，部署防汛工作。下面，我讲两点意见。请大家认真领会，抓好贯彻落实。",
    "一、认清形势，绷紧防汛这根弦",
    "今年汛期降雨偏多，我县山区多、河道长，防汛形势不容乐观，各乡镇务必高度重视，决不能有丝毫麻痹大意。",
    "二、突出重点，抓好隐患排查",
    "各乡镇要对水库、山塘、地质灾害点开展拉网式排查，查出的隐患要建立台账，落实责任人，限期整改到位。",
  ];

  it("takes the table with its entries, the speeches' titles and headings kept below", () => {
    const { kept, removed } = removeNoiseFromPage(page);
    expect(removed.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        "文档目录",
        "1在全县防汛工作部署会上的主持词………P1",
        "2.2二、突出重点，抓好隐患排查………P3",
      ]),
    );
    expect(kept.filter((t) => /P\d$/.test(t))).toEqual([]);
    expect(kept).toContain("在全县防汛工作部署会上的主持词");
    expect(kept).toContain("一、认清形势，绷紧防汛这根弦");
    expect(mineText(page.join("\n")).speeches).toHaveLength(2);
  });
});

describe("an e-mail address cut by a hard wrap", () => {
  const wrapped = [
    ...HEAD,
    "　　各单位要建立周报告制度，每周五下午下班前将本周隐患整改进展报送公司安全质量部邮箱aqzl@",
    "demo-corp.cn，逾期不报的视为未完成整改任务。",
    "　　" + CLOSING,
  ];

  it("keeps the line that opens with the address's domain, address and all", () => {
    const kept = keptLines(wrapped);
    expect(kept).toContain("demo-corp.cn，逾期不报的视为未完成整改任务。");
  });

  it("still removes a footer's address line under the speech", () => {
    const footer = [...HEAD, OPENING, CLOSING, "", "www.demo-corp.cn，版权所有", "联系邮箱：aqzl@demo-corp.cn"];
    const kept = keptLines(footer);
    expect(kept).not.toContain("www.demo-corp.cn，版权所有");
    expect(kept).not.toContain("联系邮箱：aqzl@demo-corp.cn");
  });
});
