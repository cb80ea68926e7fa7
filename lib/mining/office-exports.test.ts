import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 109's office documents turned into text: a slide deck's
// 大纲和备注页 export (slide n/N, 【演讲者备注】, a footer on every slide, ◆ numbered points under ■ titles), a
// spreadsheet saved as tab-separated text with the speech in one quoted cell, and a WPS file saved as text with its
// field codes and footnotes.
const TITLE = "在县人民医院2024年消防安全工作会议上的讲话";
const OPENING =
  "今天召开全院消防安全工作会议，主要是通报上半年消防检查情况，部署下半年重点工作。刚才，保卫科通报了检查情况，我都同意。";
const BODY = [
  "上半年，全院没有发生火灾事故，更换灭火器三百余具，整改各类隐患四十二项，消防控制室实现了二十四小时双人值守。",
  "同时也要看到，住院部走廊堆放杂物、病房私接电源等问题反复出现，有的科室对检查发现的问题拖着不改。",
  "各科室要在本月底前对病房、库房和配电间开展一次全面排查，发现的问题建立台账，整改一项、销号一项。",
  "科室主任是本科室消防安全第一责任人，护士长要每天巡查一次，夜班人员要熟悉疏散通道和灭火器材的位置。",
];
const CLOSING = "同志们，消防安全关系患者和职工的生命安全，希望大家以高度负责的态度抓好各项工作。谢谢大家！";

const blocksOf = (text: string) =>
  mineText(text).speeches.flatMap((s) =>
    s.blocks.map((b) => (b.kind === "heading" ? `${"#".repeat(b.level ?? 1)} ${b.text}` : b.text)),
  );

describe("a slide deck's outline and notes exported with n/N slide numbers and bracketed note labels", () => {
  const FOOTER = "县人民医院 · 平安医院建设";
  const rule = "──────────────────────";
  const slide = (n: number, face: string[], notes: string[]) => [
    rule,
    `幻灯片 ${n}/6`,
    ...face,
    FOOTER,
    "【演讲者备注】",
    ...notes,
  ];
  const deck = [
    "消防安全工作会议讲话.pptx — 大纲和备注页导出",
    ...slide(1, [TITLE, "县人民医院院长　×××"], ["同志们：", OPENING]),
    ...slide(2, ["■ 一、正视消防安全形势", "◆ 1.上半年工作总体平稳"], [BODY[0]!]),
    ...slide(3, ["■ 一、正视消防安全形势（续）", "◆ 2.隐患问题不容忽视"], [BODY[1]!]),
    ...slide(4, ["■ 二、压实消防安全责任", "◆ 1.全面排查病房库房"], [BODY[2]!]),
    ...slide(5, ["■ 二、压实消防安全责任（续）", "◆ 2.科室主任负总责"], [BODY[3]!, CLOSING]),
    ...slide(6, ["谢谢聆听"], ["（无）"]),
  ];

  it("keeps the notes as the text, the titles and numbered points as its outline; footer, labels and (续) go", () => {
    const mined = mineText(deck.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(blocksOf(deck.join("\n"))).toEqual([
      OPENING,
      "# 一、正视消防安全形势",
      "## 1.上半年工作总体平稳",
      BODY[0],
      "## 2.隐患问题不容忽视",
      BODY[1],
      "# 二、压实消防安全责任",
      "## 1.全面排查病房库房",
      BODY[2],
      "## 2.科室主任负总责",
      BODY[3],
      CLOSING,
    ]);
    expect(removalReason(mined.removed, FOOTER)).toBe("幻灯片页脚");
    expect(removalReason(mined.removed, "【演讲者备注】")).toBe("幻灯片备注标签");
    expect(removalReason(mined.removed, "■ 一、正视消防安全形势（续）")).toBe("幻灯片标题（续页）");
  });

  it("drops a slide's numbered bullets when the slide has several, or when the notes number their own points", () => {
    const bullets = ["◆ 1.电源私拉乱接", "◆ 2.杂物堵塞通道"];
    const own = "1.各科室要在本月底前对病房、库房和配电间开展一次全面排查，发现的问题建立台账，整改一项、销号一项。";
    const page = [
      ...slide(1, [TITLE], ["同志们：", OPENING]),
      ...slide(2, ["■ 一、正视消防安全形势", ...bullets], [BODY[0]!, BODY[1]!]),
      ...slide(3, ["■ 二、压实消防安全责任", "◆ 1.全面排查病房库房"], [own, BODY[3]!, CLOSING]),
    ];
    const blocks = blocksOf(page.join("\n"));
    expect(blocks.join("\n")).not.toContain("电源私拉乱接");
    expect(blocks.join("\n")).not.toContain("全面排查病房库房");
    expect(blocks).toContain(BODY[1]);
  });

  it("keeps a line the notes say on several slides: only the slides' faces carry a footer", () => {
    const refrain = "安全无小事，责任重于山。";
    const page = [
      ...slide(1, [TITLE], ["同志们：", OPENING, refrain]),
      ...slide(2, ["■ 一、正视消防安全形势"], [BODY[0]!, refrain]),
      ...slide(3, ["■ 二、压实消防安全责任"], [BODY[2]!, refrain]),
      ...slide(4, ["■ 三、加强培训演练"], [BODY[3]!, refrain, CLOSING]),
    ];
    expect(blocksOf(page.join("\n")).filter((b) => b === refrain)).toHaveLength(4);
  });
});

describe("a spreadsheet saved as tab-separated text with the speech in one quoted cell", () => {
  const row = (...cells: string[]) => cells.join("\t");
  const speech = [TITLE, "县人民医院院长　×××", "（2024年7月3日）", "同志们：", OPENING, ...BODY, CLOSING];
  const sheet = [
    row("县人民医院消防安全工作会议材料报送表", "", "", "", "", ""),
    row("序号", "材料名称", "报送科室", "报送时间", "状态", "内容"),
    row("1", "会议议程", "院办", "7月1日", "已印制", ""),
    row("2", "上半年消防检查情况通报", "保卫科", "7月1日", "已审核", "上半年整改隐患42项……（全文见附件）"),
    row("3", "院长讲话（定稿）", "院办", "7月2日", "已审定", `"${speech[0]}`),
    ...speech.slice(1, -1),
    `${speech[speech.length - 1]}"`,
    row("4", "会议通讯稿", "宣传科", "7月3日", "会后报审", "院长出席会议并讲话，要求压实科室消防安全责任。"),
    row("", "合计", "", "", "", ""),
  ];

  it("reads the cell as the speech and the sheet's rows as its chrome", () => {
    const mined = mineText(sheet.join("\r\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, "4 会议通讯稿 宣传科 7月3日 会后报审")).toBeUndefined();
    expect(mined.removed.some((r) => r.reason === "表格的其他单元格" && r.text.includes("会议通讯稿"))).toBe(true);
  });

  it("leaves a speech alone that holds a table of figures and a quoted name: its lines have no tabs", () => {
    const table = [row("科室", "隐患数", "已整改"), row("住院部", "18", "16"), row("门诊部", "9", "9")];
    const quoted = '各科室要登录"平安医院"平台填报整改情况，保卫科每周汇总一次，月底前全部销号。';
    const page = [TITLE, "同志们：", OPENING, BODY[0]!, ...table, quoted, BODY[2]!, CLOSING];
    const text = blocksOf(page.join("\n")).join("\n");
    expect(text).toContain("平安医院");
    expect(text).toContain("住院部");
  });
});

describe("a WPS document saved as text with its field codes and footnotes", () => {
  const page = [
    "县人民医院文件",
    "",
    "目　录",
    'TOC \\o "1-1" \\h \\z \\u ',
    'HYPERLINK \\l "_Toc170001" 一、正视消防安全形势\tPAGEREF _Toc170001 \\h 2',
    'HYPERLINK \\l "_Toc170002" 二、压实消防安全责任\tPAGEREF _Toc170002 \\h 3',
    "",
    "— PAGE \\* MERGEFORMAT 1 —",
    "",
    TITLE,
    "同志们：",
    OPENING,
    "一、正视消防安全形势",
    `${BODY[0]!.slice(0, -1)}[1]。`,
    BODY[1]!,
    "",
    "— PAGE \\* MERGEFORMAT 2 —",
    "",
    "二、压实消防安全责任",
    `${BODY[2]!.slice(0, -1)}[2]。`,
    BODY[3]!,
    CLOSING,
    "",
    "————————",
    "[1] 指2024年1月至6月院内消防检查的结果，不含外包单位。",
    "[2] 见《县人民医院消防安全管理制度（2023年修订）》第十二条。",
    "━━━━━━━━━━━━━━━━━━━━",
    "抄送：县卫生健康局，县消防救援大队。",
    "━━━━━━━━━━━━━━━━━━━━",
    "县人民医院党政综合办公室　　　　　2024年7月5日印发",
    "━━━━━━━━━━━━━━━━━━━━",
    "",
    "— PAGE \\* MERGEFORMAT 3 —",
  ];

  it("cuts the field codes, the page fields and the notes under the text; the notes' marks stay", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const text = mined.speeches[0]!.blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/MERGEFORMAT|PAGE|HYPERLINK|PAGEREF/);
    expect(text).not.toContain("不含外包单位");
    expect(text).not.toContain("第十二条");
    expect(text).toContain("整改各类隐患四十二项，消防控制室实现了二十四小时双人值守[1]。");
    expect(removalReason(mined.removed, "[1] 指2024年1月至6月院内消防检查的结果，不含外包单位。")).toBe("脚注");
  });

  it("takes the notes for notes when the 版记's printing line (office and date on one line) is below them", () => {
    const plain = page.filter((l) => !/PAGE|TOC|HYPERLINK|目　录/.test(l));
    const mined = mineText(plain.join("\n"));
    const text = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(text).not.toContain("第十二条");
    expect(removalReason(mined.removed, "[2] 见《县人民医院消防安全管理制度（2023年修订）》第十二条。")).toBe("脚注");
  });

  it("keeps a speech's own points numbered in brackets above its closing, a printing line below", () => {
    const points = [
      "〔1〕各科室要在本月底前对病房、库房和配电间开展一次全面排查，建立台账，整改一项、销号一项。",
      "〔2〕科室主任是本科室消防安全第一责任人，护士长要每天巡查一次，发现问题立即整改。",
    ];
    const cite = "下面我讲两点要求，请大家对照〔1〕〔2〕逐条抓好落实，保卫科负责督查。";
    const doc = [TITLE, "同志们：", OPENING, cite, ...points, CLOSING, "县人民医院党政综合办公室　　2024年7月5日印发"];
    const text = blocksOf(doc.join("\n")).join("\n");
    for (const p of points) expect(text).toContain(p);
  });

  it("keeps a sentence that names a page or a table of contents in words and capitals", () => {
    const own = "各科室要在院内网PAGE栏目和TOC清单中逐项登记整改情况，保卫科每周通报一次。";
    const text = blocksOf([TITLE, "同志们：", OPENING, BODY[0]!, own, CLOSING].join("\n")).join("\n");
    expect(text).toContain(own);
  });
});
