import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: a 范文 site's collection with its contents (篇一：… / 篇二：…) over the speeches, comment
// lists dated by the day only or headed by a site's own word for its readers (书友评论), a 公文 site's 【写作指导】 box
// after the text, a 材料 site's links set into a sentence, and a document reader whose page breaks (页码：2/4 and the
// document's running header) fell inside sentences, one of them with its line ends lost.
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));

const TITLE_A = "在全市防汛工作会议上的讲话";
const TITLE_B = "在全区消防安全隐患排查整治推进会上的讲话";
const OPENING_A =
  "今天召开全市防汛工作会议，主要是分析今年汛情形势，部署防汛各项工作。刚才，市水利局通报了汛前检查情况，我都同意。";
const BODY_A = "各县区要在5月底前完成水库、堤防和山洪沟的汛前检查，发现问题立即整改，整改不了的要落实临时度汛措施。";
const CLOSING_A = "同志们，防汛工作责任重大，希望大家守土尽责，确保安全度汛。";
const OPENING_B =
  "这次推进会的主要任务是通报前一阶段消防隐患排查整治情况，安排下一步工作。刚才，区消防救援大队作了通报，我都同意。";
const BODY_B =
  "各街道要对辖区内的沿街门店、群租房和养老机构开展一次全覆盖检查，重点查消防通道和电气线路，做到隐患清零。";
const CLOSING_B = "同志们，消防安全一刻也不能放松，希望大家抓紧抓实各项工作。";

describe("a collection's contents over its speeches", () => {
  it("gives each speech its own title, not the longest one the contents name", () => {
    const page = [
      "防汛消防会议讲话稿（精选2篇）",
      "篇一：" + TITLE_A,
      "篇二：" + TITLE_B,
      "",
      "【篇一】",
      TITLE_A,
      "副市长　郑远航",
      "同志们：",
      OPENING_A,
      BODY_A,
      CLOSING_A,
      "",
      "【篇二】",
      TITLE_B,
      "区人民政府副区长　韦思源",
      "同志们：",
      OPENING_B,
      BODY_B,
      CLOSING_B,
    ];
    const r = mine(page);
    expect(r.speeches.map((s) => s.title)).toEqual([TITLE_A, TITLE_B]);
    expect(r.removed.some((x) => x.text === "篇二：" + TITLE_B)).toBe(true);
  });

  it("still reads a single marker with its title as the head of the speech under it", () => {
    const r = mine(["第三篇：" + TITLE_B, TITLE_B, "同志们：", OPENING_B, BODY_B, CLOSING_B]);
    expect(r.speeches.map((s) => s.title)).toEqual([TITLE_B]);
    expect(texts(["第三篇：" + TITLE_B, TITLE_B, "同志们：", OPENING_B, BODY_B, CLOSING_B])).toEqual([
      OPENING_B,
      BODY_B,
      CLOSING_B,
    ]);
  });
  it("keeps the first speech's marked title under a list that names it, though a link below repeats it", () => {
    const page = [
      "防汛消防会议讲话稿通用2篇",
      "目录",
      "篇一：" + TITLE_A,
      "篇二：" + TITLE_B,
      "",
      "【篇一】" + TITLE_A,
      "同志们：",
      OPENING_A,
      BODY_A,
      CLOSING_A,
      "",
      "【篇二】" + TITLE_B,
      "同志们：",
      OPENING_B,
      BODY_B,
      CLOSING_B,
      "",
      "猜你喜欢",
      TITLE_A + "（2022年）",
    ];
    const r = mine(page);
    expect(r.speeches.map((s) => s.title)).toEqual([TITLE_A, TITLE_B]);
    expect(r.removed.some((x) => x.text === "篇一：" + TITLE_A)).toBe(true);
  });

  it("still takes a list of like titles numbered apart, each entry of it", () => {
    const page = [
      "防汛工作会议讲话稿通用2篇",
      "目录",
      "篇一：" + TITLE_A,
      "篇二：" + TITLE_A,
      "",
      "【篇一】" + TITLE_A,
      "同志们：",
      OPENING_A,
      BODY_A,
      "",
      "【篇二】" + TITLE_A,
      "同志们：",
      OPENING_B,
      CLOSING_A,
    ];
    const r = mine(page);
    expect(r.removed.some((x) => x.text === "篇二：" + TITLE_A)).toBe(true);
    expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).not.toContain("篇二：" + TITLE_A);
  });
});

describe("readers' comments under the speech", () => {
  it("takes comments stamped with the day only, and a header in the site's own word for its readers", () => {
    const comments = [
      "老周_1984：第二部分“守土尽责”那几段写得很实在，我们乡开会正好用上。 2025-03-02",
      "游客：有没有配套的汛前检查工作方案？ 2025-03-05",
    ];
    const got = texts([TITLE_A, "同志们：", OPENING_A, BODY_A, CLOSING_A, "", "网友评论（2）", ...comments]);
    expect(got).toEqual([OPENING_A, BODY_A, CLOSING_A]);

    const shelf = [
      "书友评论（3）",
      "山间听雨　2025-04-11 09:12",
      "分三块讲，每块都有时间节点，我们科里准备参照着写。",
      "晚风　2025-04-12 20:30",
      "“守土尽责”这句提得好，下周我们局开会也想用。",
      "山间听雨（馆主）回复晚风：可以转藏，数字要换成本地的。",
    ];
    expect(texts([TITLE_A, "同志们：", OPENING_A, BODY_A, CLOSING_A, "", ...shelf])).toEqual([
      OPENING_A,
      BODY_A,
      CLOSING_A,
    ]);
  });

  it("keeps a log line the speech reads out with its date, and a sentence that opens with such words", () => {
    const log = "　　值班室：上游水位已于凌晨回落到警戒线以下，转移群众已全部安置到位，各点位情况正常。 2024-07-21";
    const said = "用户评论里反映最多的是维修不及时，这个问题我们要专门研究。";
    const lines = [
      TITLE_A,
      "同志们：",
      OPENING_A,
      "　　我给大家念一段值班记录：",
      log,
      "　　" + said,
      BODY_A,
      CLOSING_A,
    ];
    const got = texts(lines).join("\n");
    expect(got).toContain("上游水位已于凌晨回落到警戒线以下");
    expect(got).toContain(said);
  });
});

describe("a 公文 site's writing guidance after the speech", () => {
  it("takes a 【写作指导】 box, and keeps the speech's own bracketed label", () => {
    const tip = "【写作指导】本文是防汛工作会议讲话，先讲形势再讲任务，层次清楚，适合水利、应急等部门参考。";
    const own = "【工作提示】各县区要在6月1日前把防汛责任人名单报市防指办公室备案。";
    const got = texts([TITLE_A, "同志们：", OPENING_A, own, BODY_A, CLOSING_A, "", tip]);
    expect(got).toEqual([OPENING_A, own, BODY_A, CLOSING_A]);
  });
});

describe("links set into a sentence", () => {
  it("takes the links under their header and joins the sentence they broke", () => {
    const lines = [
      TITLE_A,
      "同志们：",
      OPENING_A,
      "　　各县区要在5月底前对水库、堤防和山洪沟开展一次全面检查，摸清底数，建立台账，",
      "相关推荐：",
      "▶ 县级防汛工作表态发言（精选3篇）",
      "▶ 汛前安全检查工作方案",
      "对发现的问题要落实责任人和整改时限，能立即整改的立即整改。",
      CLOSING_A,
    ];
    const got = texts(lines);
    expect(got).toContain(
      "各县区要在5月底前对水库、堤防和山洪沟开展一次全面检查，摸清底数，建立台账，对发现的问题要落实责任人和整改时限，能立即整改的立即整改。",
    );
    expect(got.join("\n")).not.toContain("汛前安全检查工作方案");
  });

  it("ends a list after a finished paragraph at the text below it, which stays a paragraph of its own", () => {
    const lines = [TITLE_A, "同志们：", OPENING_A, "相关推荐：", "汛前安全检查工作方案", BODY_A, CLOSING_A];
    const got = texts(lines);
    expect(got).toContain(OPENING_A);
    expect(got).toContain(BODY_A);
  });
});

describe("a document reader's page breaks inside sentences", () => {
  const HEADER = "江岸港务集团安全监督部　内部学习材料";
  it("takes 页码：N/M and the running header, alone or glued to the sentence that carries on", () => {
    const lines = [
      "页码：1/3",
      HEADER,
      TITLE_B,
      "同志们：",
      OPENING_B,
      "　　各街道要对辖区内的沿街门店、群租房和养老机构开展一次全覆盖检查，",
      "页码：2/3",
      HEADER,
      "重点查消防通道和电气线路，做到隐患清零。",
      "　　区消防救援大队要会同街道开展联合执法，对拒不整改的依法查封，页码：3/3",
      HEADER + "并通过媒体曝光典型案例。",
      CLOSING_B,
    ];
    const got = texts(lines);
    expect(got).toEqual([
      OPENING_B,
      BODY_B,
      "区消防救援大队要会同街道开展联合执法，对拒不整改的依法查封，并通过媒体曝光典型案例。",
      CLOSING_B,
    ]);
  });

  it("keeps a sentence that names a unit or a page number when no header repeats at the breaks", () => {
    const own = "江岸港务集团安全监督部要牵头建立隐患台账，台账每一页都要标明页码，做到有据可查。";
    expect(texts([TITLE_B, "同志们：", OPENING_B, own, BODY_B, CLOSING_B])).toEqual([
      OPENING_B,
      own,
      BODY_B,
      CLOSING_B,
    ]);
  });
});
