import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// Speeches written for these tests in the shape of the pages the phone-share, band, header and comments rules were
// made for (sets 110–111), with the speech's own lines those rules could take: short closing lines after a page
// break, a two-line title without its dash, a repeated slogan, a heading and a next title one character off a running
// header, a figure after 留言, a transcript under a post's comments, a glued opt-out, lines quoted after a colon.
const WATER = [
  "在全镇汛前安全检查工作会议上的讲话",
  "镇长　许国平",
  "同志们：",
  "今天召开全镇汛前安全检查工作会议，主要是对今年的汛前检查作出安排。刚才，水利站通报了去年汛期的情况，我都同意。",
  "主汛期即将到来，各村要对水库山塘、河道堤防、地质灾害隐患点逐一检查，发现问题立即上报，能整改的当场整改。",
  "各村支部书记是本村防汛第一责任人，要把巡查任务分到每个网格员，确保每一个隐患点都有人盯、有人管。",
];
const ROAD = [
  "在全镇农村道路交通安全工作会议上的讲话",
  "镇派出所所长　郑海波",
  "同志们：",
  "农忙时节农用车上路增多，三轮车违法载人、无证驾驶的问题比较突出，今天召开这个会，就是要把农村道路安全再抓一抓。",
  "各村劝导站要在赶集日和农忙期间上岗劝导，对违法载人的农用车发现一起、劝返一起，绝不放过。",
  "同志们，道路安全关系到每一个家庭。希望大家把劝导做到村口路口，让群众平安出行。",
];
const blocks = (page: string[], speech = 0) =>
  mineText(page.join("\n")).speeches[speech]?.blocks.map((b) => b.text) ?? [];
const allText = (page: string[]) =>
  mineText(page.join("\n"))
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");
const reasons = (page: string[]) => mineText(page.join("\n")).removed.map((r) => r.reason);

describe("lines between two speeches: a page break is not a message's chrome", () => {
  it("keeps a speech's short closing lines after a page number", () => {
    const closing = ["各村要立即行动起来。", "汛期不过，检查不停。", "隐患不除，决不收兵。"];
    const page = [...WATER, "", "— 5 —", "", ...closing, "", ...ROAD];
    expect(blocks(page)).toEqual([...WATER.slice(3), ...closing]);
    expect(reasons(page)).not.toContain("两篇讲话之间的页面杂项");
  });

  it("keeps closing words (同志们，… / 以上… / 我就讲…) even under the page's chrome", () => {
    for (const closing of ["同志们，让我们守住防汛安全底线", "以上意见，请各村抓好落实", "我就讲这么几点"]) {
      const page = [...WATER, "【青石镇人民政府】拒收请回复R", "", closing, "", ...ROAD];
      expect(allText(page)).toContain(closing);
    }
  });

  it("still drops a sender's note and a post's words between a message and a post", () => {
    const between = [
      "【青石镇人民政府】拒收请回复R",
      "",
      "镇里发的，大家看看",
      "",
      "青石镇·小李",
      "转给各村 农忙出行，平安第一",
    ];
    const page = [...WATER, ...between, ...ROAD];
    const text = allText(page);
    expect(text).not.toContain("镇里发的");
    expect(text).not.toContain("转给各村");
  });

  it("keeps a two-line title's first half over 在…上的讲话 without a dash", () => {
    for (const half of ["管好农用车、守好村口路、保好平安年", "盯紧农忙时节，守牢出行安全"]) {
      const second = [half, ROAD[0]!, ...ROAD.slice(1)];
      const page = [...WATER, "【青石镇人民政府】拒收请回复R", "", ...second];
      const r = mineText(page.join("\n"));
      expect(r.removed.map((x) => x.text)).not.toContain(half);
      expect(allText(page) + r.speeches.map((s) => s.title).join("\n")).toContain(half);
    }
  });
});

describe("a running header misread by one character", () => {
  const header = "青石镇汛前安全检查工作会议材料";
  const wrapped = [
    "　　主汛期即将到来，各村要对水库山塘、河道堤防、地质灾害隐患点逐一检",
    "",
    "— 2 —",
    "",
    header,
    "",
    "查，发现问题立即上报，能整改的当场整改。",
  ];

  it("keeps the next speech's title one character off the header, over its speaker", () => {
    const title = "在全镇汛前安全检查工作会议上的讲话";
    const other = "在全县汛前安全检查工作会议上的讲话";
    const page = [title, ...WATER.slice(1, 4), ...wrapped.map((l) => (l === header ? title : l))];
    const more = ["", "— 3 —", "", title, "", "　　各村要把巡查任务分到每个网格员，", "确保有人盯、有人管。"];
    const next = [
      "",
      "— 4 —",
      "",
      other,
      "县水利局局长　冯立",
      "同志们：",
      "　　今年全县共排查山塘二十六座，已全部落实巡查责任人。",
    ];
    const r = mineText([...page, ...more, ...next].join("\n"));
    expect(r.speeches.map((s) => s.title)).toEqual([title, other]);
  });

  it("keeps a heading one character off the header where no sentence runs across it", () => {
    const heading = "青石镇汛前安全检查工作会议材科";
    const page = [
      ...WATER.slice(0, 4),
      "",
      "— 1 —",
      "",
      header,
      "",
      "　　主汛期即将到来，各村要对水库山塘、河道堤防逐一检查。",
      "",
      "— 2 —",
      "",
      header,
      "",
      "　　各村支部书记是本村防汛第一责任人，要把巡查任务分到每个网格员。",
      "",
      "— 3 —",
      "",
      heading,
      "",
      "　　镇里今年安排防汛物资经费十二万元，各村要在五月底前备齐。",
    ];
    expect(mineText(page.join("\n")).removed.map((x) => x.text)).not.toContain(heading);
  });
});

describe("a figure after 留言 is no comments header", () => {
  it("keeps the speech's data lines and the rest of the speech", () => {
    const data = [
      "读者留言 836",
      "已办结 809",
      "这些留言大多反映农用车载人的问题，各村要逐条核实，能立即整改的马上整改。",
    ];
    const page = [...ROAD.slice(0, 4), "镇政务公开栏目上半年的数据是：", ...data, ROAD[5]!];
    const text = allText(page);
    for (const line of [...data.map((d) => d.replace(/\s+/g, "")), ROAD[5]!]) expect(text).toContain(line);
  });

  it("still reads a bare count over named comments as their header", () => {
    const page = [...ROAD, "", "精选评论 8", "农机站老许：讲得在理，农忙更要当心！", "三组小王：已转村群"];
    expect(allText(page)).not.toContain("老许");
  });
});

describe("a repeated line with a viewer's words", () => {
  it("keeps a speech's slogan said twice between its paragraphs", () => {
    const slogan = "内部图纸严禁外传　禁止截图";
    const page = [...WATER.slice(0, 4), slogan, WATER[4]!, slogan, WATER[5]!];
    expect(blocks(page).filter((b) => b.replace(/\s+/g, "") === slogan.replace(/\s+/g, ""))).toHaveLength(2);
  });

  it("still drops the viewer's own mark, its name before the words", () => {
    const mark = "青云网盘 · 仅供预览";
    const page = [...WATER.slice(0, 4), mark, WATER[4]!, mark, WATER[5]!];
    expect(allText(page)).not.toContain("仅供预览");
  });
});

describe("a bulk message's opt-out", () => {
  it("cuts only the opt-out glued to the speech's last sentence", () => {
    const last = "乡亲们，汛期安全靠大家，平平安安度过汛期。";
    const page = [...WATER.slice(0, 5), `${last}【青石镇人民政府】拒收请回复R`, "", "短信/彩信"];
    const text = allText(page);
    expect(text).toContain(last);
    expect(text).not.toContain("拒收");
  });

  it("keeps a speech's tips on refusing messages", () => {
    const tips = ["推销保险的短信，回复T退订就行", "垃圾短信太多的，回复TD拒收"];
    const page = [...ROAD.slice(0, 4), "防骗提示我看就写这么几条：", ...tips, ROAD[5]!];
    const text = allText(page);
    for (const tip of tips) expect(text).toContain(tip);
  });
});

describe("a post's comments and what follows them", () => {
  it("stop at a speaker's name before the opening of his speech", () => {
    const post = ["10:20", "删除", "♡ 老许，小王，三组长", "老许：收到", "小王：已转"];
    const opening = "许镇长：同志们，主汛期马上就到，今天这个会我只讲三点。";
    const page = ["镇应急办小李", "转给各村看看", WATER[0]!, "", ...post, opening, ...WATER.slice(3)];
    expect(allText(page)).toContain(opening);
  });
});

describe("lines the speaker announces after a colon", () => {
  it("keeps a row of roles and names and an app's prompt the speaker quotes", () => {
    const credits = "采写｜各村信息员　审核｜镇党政办　签发｜分管领导";
    const prompt = "✓ 本篇已学完　积分 +3";
    const page = [
      ...ROAD.slice(0, 4),
      "宣传稿件的分工是这样的：",
      credits,
      "群众在学习平台上每看完一篇，手机上就会提示：",
      prompt,
      ROAD[5]!,
    ];
    const text = allText(page);
    expect(text).toContain("采写｜各村信息员");
    expect(text).toContain("本篇已学完");
  });
});
