import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Guards of the 简报 contents rule (noise-bulletin-sections.ts): a 本期要目 whose items are the articles takes
// the articles printed after the speech, never the speech. A 范文 site's 文章目录 that lists the speech's title and its
// own headings (bulleted, nested, or with ★ before unnumbered headings) is the speech's outline: the whole speech
// stays. In a real 简报, a line of the speech that reads as another article's head does not cut the speech short.
// Pages written for these tests.
const mined = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mined(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const all = (lines: string[]) => texts(lines).join("\n");

const TITLE = "在全区2025年安全生产工作会议上的讲话";
const HEADS = [
  "一、认清形势，增强做好安全生产工作的紧迫感",
  "二、聚焦重点，扎实开展安全隐患排查整治",
  "三、压实责任，确保各项措施落到实处",
];
const SPEECH = [
  TITLE,
  "区长　周建平",
  "同志们：",
  "今天召开全区安全生产工作会议，主要是总结去年工作，部署今年任务。刚才，区应急局通报了有关情况，我完全同意。",
  "下面，我讲三点意见。",
  HEADS[0]!,
  "去年，全区没有发生较大以上生产安全事故，事故起数和死亡人数同比实现“双下降”，成绩来之不易。",
  "但也要看到，全区小微企业多、出租房多，一些单位安全投入不足，隐患整改不彻底的问题依然存在。",
  HEADS[1]!,
  "要聚焦燃气、消防、建筑施工和道路交通等重点领域，开展拉网式排查，建立隐患、责任、整改三张清单。",
  "对排查出的重大隐患，区里实行挂牌督办，整改不到位的一律不得销号。",
  HEADS[2]!,
  "各街道党工委书记是辖区安全生产第一责任人，要亲自部署、亲自检查，每季度至少带队检查一次。",
  "同志们，安全生产责任重于泰山。希望大家以对人民群众高度负责的态度，把各项工作抓细抓实。",
  "谢谢大家！",
];
const BODY = SPEECH.slice(3);

describe("a 范文 page's 文章目录 of the speech's title and its own headings", () => {
  const page = (head: string, bullet: (k: number) => string, heads = HEADS) => [
    "安全生产讲话稿_某某范文网",
    "首页 > 讲话稿 > 安全生产",
    head,
    `${bullet(0)}${TITLE}`,
    ...heads.map((h, k) => `${bullet(k + 1)}${h}`),
    "",
    ...SPEECH.slice(0, 5),
    heads[0]!,
    ...SPEECH.slice(6, 8),
    heads[1]!,
    ...SPEECH.slice(9, 11),
    heads[2]!,
    ...SPEECH.slice(12),
  ];

  it("is the speech's outline: the speech keeps its headings and every paragraph", () => {
    const cases = [
      page("文章目录", () => "• "),
      page("目录", () => "· "),
      page("本文目录", () => "▪ "),
      page("文章目录", (k) => (k === 0 ? "• " : "◦ ")),
    ];
    for (const lines of cases) {
      const kept = texts(lines);
      for (const t of BODY) expect(kept).toContain(t);
      expect(kept.join("\n")).not.toContain("文章目录");
      expect(kept.join("\n")).not.toContain("首页 >");
    }
  });

  it("so is one whose ★ items list headings without numbers", () => {
    const plain = HEADS.map((h) => h.slice(2).replace(/，/, ""));
    const kept = texts(page("文章目录", () => "★", plain));
    for (const h of plain) expect(kept).toContain(h);
    for (const t of BODY.filter((t) => !HEADS.includes(t))) expect(kept).toContain(t);
  });
});

describe("a 简报 whose 本期要目 lists the speech and the issue's next articles", () => {
  const ARTICLE = "节前安全检查工作安排";
  const REPORT = [
    "11月份隐患排查整改情况",
    "　　11月份，公司共排查隐患64条，已整改60条，整改率93.8%，其余4条已落实整改责任人和期限。",
  ];
  const speech = [
    "在12月份安全生产例会上的讲话",
    "总经理　何志强",
    "（2024年12月16日）",
    "　　今天的例会，主要是安排节前安全工作。刚才，安全环保部通报了11月份的情况，我都同意。下面我再强调几点。",
    "　　一、抓好节前安全检查",
    "　　元旦、春节临近，生产任务重，人员思想容易松懈。节前检查我提几条要求。",
    ARTICLE,
    "　　第一，各车间要对电气线路和消防设施逐一检查。第二，危化品仓库要落实双人双锁。第三，节日期间严格执行领导带班。",
    "　　这几条请安全环保部整理成文，下发到每个班组。",
    "　　二、严格落实值班制度",
    "　　节日期间各单位要安排专人值班，值班电话要保持畅通，发现问题第一时间报告。",
    "　　同志们，岁末年初各项任务都很重，越是这个时候越要绷紧安全这根弦。",
    "（安全环保部根据会议录音整理）",
  ];
  const page = (opts: { bullet?: string; head?: string; bracketed?: boolean } = {}) => {
    const b = opts.bullet ?? "★";
    const head = (t: string) => (opts.bracketed ? `【${t}】` : t);
    return [
      "内部资料　注意保存",
      "安全简报",
      "第12期（总第97期）",
      "某某建材有限公司安全环保部编印　　　　2024年12月18日",
      "",
      opts.head ?? "本期要目",
      `${b}总经理何志强在12月份安全生产例会上的讲话`,
      `${b}${ARTICLE}`,
      `${b}${REPORT[0]}`,
      "",
      ...speech,
      "",
      head(ARTICLE),
      "　　一、各车间要在12月25日前完成节前安全自查。",
      "　　二、安全环保部组织节前安全大检查。",
      "",
      head(REPORT[0]!),
      REPORT[1]!,
      "",
      "报：集团公司安全环保部",
      "本期编辑：刘芳　　共印30份",
    ];
  };

  it("keeps the speech whole though a line of it reads as a listed article's head", () => {
    const kept = texts(page());
    for (const t of speech.slice(5, 12).filter((t) => t !== ARTICLE)) expect(kept).toContain(t.trim());
    expect(kept).toContain("二、严格落实值班制度");
  });

  it("still takes the articles printed after the speech's closing", () => {
    const text = all(page());
    expect(text).not.toContain("安全环保部组织节前安全大检查");
    expect(text).not.toContain("整改率93.8%");
    expect(text).not.toContain("本期编辑");
  });

  it("reads a 本期导读, items set off by ◎ or ▲, and heads printed in brackets", () => {
    for (const lines of [
      page({ bullet: "◎" }),
      page({ bullet: "▲" }),
      page({ head: "本期导读" }),
      page({ bracketed: true }),
    ]) {
      const kept = texts(lines);
      expect(kept).toContain("二、严格落实值班制度");
      expect(kept.join("\n")).not.toContain("安全环保部组织节前安全大检查");
      expect(kept.join("\n")).not.toContain("整改率93.8%");
    }
  });
});
