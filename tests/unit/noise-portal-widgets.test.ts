import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";
import { markPortalWidgets } from "../../lib/mining/noise-portal-widgets";

// Pages written for these tests: a county portal's and a news app's copies of a leader's speech, with the font
// switch under the headline, a QR code's line and an answering robot's box at the foot, a byline and a credited
// photo caption over the text, a column's label over each speech of a
// 专题 page and an outlet's tag inside a sentence; and speeches whose own lines look like them.
const mine = (lines: string[]) => mineText(lines.join("\n"));
const blocks = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const joined = (lines: string[]) => blocks(lines).join("\n");

const TITLE = "在全县森林防灭火工作会议上的讲话";
const OPENING = [
  "副县长　柯文涛",
  "（2025年3月4日）",
  "同志们：",
  "今天召开全县森林防灭火工作会议，主要是分析今春防火形势，安排部署清明前后的防火工作。刚才，县林业局通报了去年火情，我都同意。",
];
const POINT_ONE = [
  "一、认清形势，绷紧防火这根弦",
  "今年入春以来降水偏少，林区可燃物积累多，野外用火管控难度大，各乡镇务必高度警惕，决不能有丝毫麻痹大意。",
];
const POINT_TWO = [
  "二、突出重点，管住野外火源",
  "各乡镇要在进山路口设置检查卡点，清明期间实行干部包片值守，严禁携带火种进山，发现违规用火一律从严查处。",
];
const CLOSING = ["同志们，森林防火责任重大，希望大家守土尽责，确保全县不发生重大森林火灾。"];
const SPEECH = [TITLE, ...OPENING, ...POINT_ONE, ...POINT_TWO, ...CLOSING];

describe("a portal's widgets around the speech", () => {
  it("marks the font switch, whatever the sizes it offers and the buttons after them", () => {
    const lines = [
      "字号：【特大】【大】【中】【小】　｜　打印本页　｜　关闭窗口",
      "【字体：放大 默认 缩小】",
      "字体：大中小",
    ];
    expect(markPortalWidgets(lines, [null, null, null])).toEqual(Array(3).fill("网站页眉页脚"));
  });

  it("keeps a speech's own sentence about fonts and sizes", () => {
    const line = "字体：材料正文一律用仿宋三号，标题用小标宋二号，请各单位按统一格式报送。";
    expect(joined([...SPEECH.slice(0, 6), line, ...SPEECH.slice(6)])).toContain("仿宋三号");
  });

  it("takes the QR code's line and the robot's box at the page's foot", () => {
    const foot = [
      "用手机扫码阅读本文",
      "智能客服",
      "您好，我是县政务服务智能助手“小林”，可以为您解答防火审批、火情举报等问题。",
      "猜你想问：野外用火审批到哪里办理？",
      "主办单位：柳塘县人民政府办公室　网站标识码：4310240003",
    ];
    const text = joined([...SPEECH, ...foot]);
    for (const l of ["扫码", "智能客服", "小林", "猜你想问"]) expect(text).not.toContain(l);
    expect(text).toContain("确保全县不发生重大森林火灾");
  });

  it("keeps a speech's lines on scanning codes and on a caller posing as a service desk", () => {
    const own = [
      "请大家散会前扫码登记参会信息。",
      "常见问题：群众反映最多的是野外用火审批跑几趟？",
      "您好，我是某某银行客服，您的账户存在风险，请把验证码告诉我——这就是骗子的惯用话术，大家要提醒身边的老人。",
    ];
    const text = joined([...SPEECH.slice(0, 6), ...own, ...SPEECH.slice(6)]);
    for (const l of own) expect(text).toContain(l.slice(0, 12));
  });
});

describe("a news app's byline, caption and column labels", () => {
  const head = ["打开客户端", TITLE];
  it("takes a byline and a caption that ends in the photographer's credit", () => {
    const top = [
      "融媒记者 田小禾　通讯员 龙建章",
      "3月4日，全县森林防灭火工作会议在县林业局会议室召开，副县长柯文涛对春季防火作出部署。（融媒记者 田小禾 摄）",
    ];
    const got = mine([...head, ...top, ...SPEECH.slice(1)]);
    const text = got.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(text).not.toContain("田小禾");
    expect(got.speeches[0]!.speaker).toContain("柯文涛");
  });

  it("keeps the speaker's words to reporters and to the press corps", () => {
    const own = ["记者朋友们，", "记者站和通讯员队伍"];
    const text = joined([...SPEECH.slice(0, 6), ...own, ...SPEECH.slice(6)]);
    expect(text).toContain("记者站和通讯员队伍");
  });

  it("takes a caption with the news item's lead under it", () => {
    const caption =
      "图为会议现场。3月4日上午，柳塘县召开全县森林防灭火工作会议，各乡镇和县直有关单位负责人共80余人参加。";
    expect(joined([TITLE, ...OPENING.slice(0, 2), caption, ...SPEECH.slice(3)])).not.toContain("图为会议现场");
  });

  it("keeps the speaker's own account of a meeting", () => {
    const own = "3月1日上午，我们召开了县防火指挥部全体会议，各成员单位负责人都参加了，会上逐项明确了责任。";
    expect(joined([...SPEECH.slice(0, 6), own, ...SPEECH.slice(6)])).toContain("逐项明确了责任");
  });

  it("cuts an outlet's tag out of a sentence and keeps the sentence whole", () => {
    const line = POINT_ONE[1]!.replace("积累多，野外", "积累多，【柳塘融媒】野外");
    const text = joined([...SPEECH.slice(0, 5), POINT_ONE[0]!, line, ...POINT_TWO, ...CLOSING]);
    expect(text).not.toContain("柳塘融媒");
    expect(text).toContain(POINT_ONE[1]!);
  });

  it("keeps an outlet named after a colon in the speech's own task list", () => {
    const line = "宣传报道分工：【县融媒】负责全程报道，各乡镇要及时报送防火工作信息。";
    expect(joined([...SPEECH.slice(0, 6), line, ...SPEECH.slice(6)])).toContain("【县融媒】负责");
  });
});

describe("a column label over each speech", () => {
  it("keeps an unnumbered part heading over the outline's first point, or one that starts it again", () => {
    const part = "筑牢防火屏障守护绿水青山";
    const lines = [...SPEECH.slice(0, 5), part, ...POINT_ONE, part, ...POINT_ONE, ...POINT_TWO, ...CLOSING];
    expect(markPortalWidgets(lines, Array(lines.length).fill(null))).toEqual(Array(lines.length).fill(null));
  });

  it("takes a column's label printed again over the page's second speech", () => {
    const second = SPEECH.map((l) => l.replace("柯文涛", "沈佳禾").replace("副县长", "县长"));
    const nav = "专题首页　|　会议动态　|　领导讲话　|　媒体聚焦";
    const text = joined([
      nav,
      "【领导讲话】",
      ...SPEECH,
      "来源：柳塘新闻网　发布时间：2025-03-05",
      "【领导讲话】",
      ...second,
    ]);
    expect(text).not.toContain("【领导讲话】");
  });

  it("keeps a lone label of the speech's own that the page never removed", () => {
    const lines = [
      "【典型案例】",
      "去年清明，某村村民上坟烧纸引发山火，过火面积12亩。",
      "【典型案例】",
      "【领导讲话】",
    ];
    expect(markPortalWidgets(lines, [null, null, null, null])).toEqual([null, null, null, null]);
    expect(markPortalWidgets(lines, [null, null, null, "简报其他栏目"])).toEqual([null, null, null, "简报其他栏目"]);
  });
});
