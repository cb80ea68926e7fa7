import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// Guards for the office-export rules (office-exports.test.ts), on pages written for them after an outside review: a
// deck's repeated lines that are the speech's (a section title, a refrain, the title and the speaker), numbered
// points that are callouts, a speech's own bracketed points above a short close, a tab-indented speech quoting a
// letter, and a speech that names a path or a field code.
const TITLE = "在市第一人民医院2024年院感防控工作会议上的讲话";
const SPEAKER = "院长　×××";
const OPENING =
  "今天召开全院院感防控工作会议，主要是通报上半年院感监测情况，部署下半年重点工作。刚才，院感科通报了监测情况，我都同意。";
const BODY = [
  "上半年，全院没有发生院感暴发事件，手卫生依从率提高到百分之八十六，多重耐药菌检出率同比下降三个百分点。",
  "同时也要看到，部分科室消毒隔离措施执行不严，保洁外包人员培训不到位，有的问题在督查中反复出现。",
  "各科室要在本月底前对治疗室、换药室和污物间开展一次全面自查，发现的问题建立台账，整改一项、销号一项。",
  "科室主任是本科室院感防控第一责任人，护士长要每天巡查一次，新入职人员未经院感培训一律不得上岗。",
];
const CLOSING = "同志们，院感防控关系患者和职工的生命安全，希望大家以高度负责的态度抓好各项工作。谢谢大家！";

const blocksOf = (text: string) =>
  mineText(text).speeches.flatMap((s) =>
    s.blocks.map((b) => (b.kind === "heading" ? `${"#".repeat(b.level ?? 1)} ${b.text}` : b.text)),
  );

describe("a slide deck's lines the speech repeats are no footer", () => {
  const rule = "──────────────────────";
  const slide = (n: number, of: number, face: string[], notes: string[], label = "【演讲者备注】") => [
    rule,
    `幻灯片 ${n}/${of}`,
    ...face,
    ...(label ? [label] : []),
    ...notes,
  ];

  it("keeps a section title its slides repeat (without （续）) as one heading", () => {
    const page = [
      ...slide(1, 5, [TITLE, SPEAKER], ["同志们：", OPENING]),
      ...slide(2, 5, ["■ 一、正视院感防控形势", "◆ 监测总体平稳"], [BODY[0]!]),
      ...slide(3, 5, ["■ 一、正视院感防控形势", "◆ 问题不容忽视"], [BODY[1]!]),
      ...slide(4, 5, ["■ 一、正视院感防控形势", "◆ 外包保洁是短板"], [BODY[2]!]),
      ...slide(5, 5, ["■ 二、压实院感防控责任"], [BODY[3]!, CLOSING]),
    ];
    const blocks = blocksOf(page.join("\n"));
    expect(blocks.filter((b) => b === "# 一、正视院感防控形势")).toHaveLength(1);
    expect(blocks).toContain("# 二、压实院感防控责任");
  });

  it("keeps a refrain on every slide of a deck without notes, or under a label it does not know", () => {
    const refrain = "患者安全无小事，院感防控无死角。";
    for (const label of ["", "〔讲者提示〕"]) {
      const page = [
        ...slide(1, 4, [TITLE, SPEAKER], ["同志们：", OPENING, refrain], label),
        ...slide(2, 4, ["一、正视院感防控形势"], [BODY[0]!, refrain], label),
        ...slide(3, 4, ["二、压实院感防控责任"], [BODY[2]!, refrain], label),
        ...slide(4, 4, ["三、加强全员培训"], [BODY[3]!, refrain, CLOSING], label),
      ];
      expect(blocksOf(page.join("\n")).filter((b) => b === refrain)).toHaveLength(4);
    }
  });

  it("keeps the title and the speaker when every slide prints them", () => {
    const titled = [
      ...slide(1, 4, [TITLE, SPEAKER, "2024年7月3日"], ["同志们：", OPENING]),
      ...slide(2, 4, [TITLE, "■ 一、正视院感防控形势"], [BODY[0]!]),
      ...slide(3, 4, [TITLE, "■ 二、压实院感防控责任"], [BODY[2]!]),
      ...slide(4, 4, [TITLE, "谢谢聆听"], [CLOSING]),
    ];
    const mined = mineText(titled.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(blocksOf(titled.join("\n"))).toContain("# 二、压实院感防控责任");
    const signed = [
      ...slide(1, 4, [TITLE, SPEAKER], ["同志们：", OPENING]),
      ...slide(2, 4, ["■ 一、正视院感防控形势", SPEAKER], [BODY[0]!]),
      ...slide(3, 4, ["■ 二、压实院感防控责任", SPEAKER], [BODY[2]!]),
      ...slide(4, 4, ["谢谢聆听", SPEAKER], [CLOSING]),
    ];
    const speech = mineText(signed.join("\n")).speeches[0]!;
    expect(speech.speaker).toBe("院长×××");
    expect(speech.blocks.map((b) => b.text)).not.toContain("院长×××");
  });

  it("reads 〔演讲者备注〕 and [Notes] as notes labels: the slides' bullets go", () => {
    for (const label of ["〔演讲者备注〕", "[Notes]", "演讲者备注"]) {
      const page = [
        ...slide(1, 3, [TITLE, SPEAKER], ["同志们：", OPENING], label),
        ...slide(2, 3, ["■ 一、正视院感防控形势", "◆ 监测指标", "◆ 督查问题"], BODY.slice(0, 2), label),
        ...slide(3, 3, ["■ 二、压实院感防控责任"], [...BODY.slice(2), CLOSING], label),
      ];
      const text = blocksOf(page.join("\n")).join("\n");
      expect(text).not.toContain("监测指标");
      expect(text).not.toContain(label.slice(1, -1));
      expect(text).toContain(BODY[1]);
    }
  });

  it("reads a slide's number with the deck's total in other words (Slide 2/3, 第 2 张 / 共 3 张, Slide 2 of 3)", () => {
    for (const mark of [
      (n: number) => `Slide ${n}/3`,
      (n: number) => `第 ${n} 张 / 共 3 张`,
      (n: number) => `Slide ${n} of 3`,
    ]) {
      const page = [
        ...slide(1, 3, [TITLE, SPEAKER], ["同志们：", OPENING]),
        ...slide(2, 3, ["■ 一、正视院感防控形势", "◆ 监测指标"], BODY.slice(0, 2)),
        ...slide(3, 3, ["■ 二、压实院感防控责任"], [...BODY.slice(2), CLOSING]),
      ].map((l) => l.replace(/^幻灯片 (\d)\/3$/, (_m, n: string) => mark(Number(n))));
      const text = blocksOf(page.join("\n")).join("\n");
      expect(text).not.toContain("监测指标");
      expect(text).not.toMatch(/Slide|共 3 张|演讲者备注/);
    }
  });

  it("keeps a lone numbered point, a callout or a run broken by a slide of two points as the deck's bullets", () => {
    const page = [
      ...slide(1, 6, [TITLE, SPEAKER], ["同志们：", OPENING]),
      ...slide(2, 6, ["■ 一、正视院感防控形势", "◆ 1.监测总体平稳"], [BODY[0]!]),
      ...slide(3, 6, ["■ 一、正视院感防控形势（续）", "◆ 2.问题不容忽视", "◆ 3.外包保洁是短板"], [BODY[1]!]),
      ...slide(4, 6, ["■ 二、压实院感防控责任", "◆ 1.截止时间：7月31日"], [BODY[2]!]),
      ...slide(5, 6, ["■ 三、加强全员培训", "◆ 1.岗前培训全覆盖"], [BODY[3]!]),
      ...slide(6, 6, ["谢谢聆听"], [CLOSING]),
    ];
    const blocks = blocksOf(page.join("\n"));
    for (const point of ["监测总体平稳", "截止时间", "岗前培训全覆盖"])
      expect(blocks.some((b) => b.includes(point))).toBe(false);
    expect(blocks).toEqual(expect.arrayContaining(["# 一、正视院感防控形势", "# 二、压实院感防控责任", BODY[2]]));
  });
});

describe("a speech's own lines that look like a file's chrome", () => {
  it("keeps a speech's bracketed points when its short close stands below them, above a printing line", () => {
    const points = [
      "〔1〕各科室要在本月底前对治疗室、换药室和污物间开展一次全面自查，建立台账。",
      "〔2〕科室主任是本科室院感防控第一责任人，护士长要每天巡查一次。",
    ];
    const cite = "下面我提两点要求，请各科室对照〔1〕〔2〕逐条抓好落实，院感科负责督查。";
    for (const close of ["以上两点，请抓好落实。谢谢！", "谢谢大家！"]) {
      const doc = [
        TITLE,
        "同志们：",
        OPENING,
        cite,
        ...points,
        close,
        "",
        "市第一人民医院院长办公室　　2024年7月5日印发",
      ];
      const text = blocksOf(doc.join("\n")).join("\n");
      for (const p of points) expect(text).toContain(p);
    }
  });

  it("reads a tab-indented speech that quotes a letter in ASCII quotes as the speech, not a spreadsheet", () => {
    const tab = (t: string) => `\t${t}`;
    const letter = [
      '"尊敬的医院领导：我们是住院部的保洁班组。',
      "这次督查中，院感科老师手把手教我们配消毒液，让我们知道了规矩不是摆设。",
      '我们保证今后严格按流程操作，绝不偷工减料。"',
    ];
    const table = ["科室\t问题数\t已整改", "内科\t12\t11", "外科\t9\t9", "儿科\t7\t6"];
    const page = [
      TITLE,
      SPEAKER,
      "同志们：",
      OPENING,
      BODY[0]!,
      ...table,
      BODY[1]!,
      "前几天，保洁班组写来一封信，我念一段：",
    ]
      .concat(letter, [BODY[2]!, CLOSING])
      .map(tab);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const text = mined.speeches[0]!.blocks.map((b) => b.text).join("\n");
    expect(text).toContain(OPENING);
    expect(text).toContain(CLOSING);
    expect(text).toContain("绝不偷工减料");
  });

  it("keeps a sentence naming a server path or quoting a field code; cuts the codes of a page line", () => {
    const path = "目前医院共享服务器\\\\10.1.3.6\\toc\\a下存放了大量病历扫描件，任何人都能访问，必须在本周内收回权限。";
    const quoted = '不少同志在文档里插入目录时直接粘贴域代码，比如TOC \\o "1-3" \\h，外发前一定要先转换成普通文本。';
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      path,
      quoted,
      BODY[3]!,
      CLOSING,
      "",
      "第 PAGE \\* Arabic \\* MERGEFORMAT 1 页",
    ];
    const mined = mineText(page.join("\n"));
    const text = mined.speeches[0]!.blocks.map((b) => b.text).join("\n");
    expect(text).toContain(path);
    expect(text).toContain(quoted);
    expect(text).not.toContain("MERGEFORMAT");
    expect(mined.removed.some((r) => r.reason === "Word 域代码" && r.text.startsWith("PAGE"))).toBe(true);
  });
});
