import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shape of set 110's phone shares: a village's bulk text message forwarded on
// a phone (the 信息 view's opt-out line, the forwarder's own message, its input box), then a 朋友圈 post sharing a
// second speech (the poster's name and words over it, its buttons, likes and comments under it, another friend's
// folded post below).
const VILLAGE = [
  "在柳湾村春耕安全生产村民大会上的讲话",
  "村党支部书记　陈有福",
  "乡亲们：",
  "今天把大家叫来，就说春耕安全这一件事。农机下田、田间用电、山林烧荒，年年开春都有人在这上头吃亏，今年咱们村不能再出事。",
  "村里请农机站的师傅给每台拖拉机、旋耕机都做了检查，没检查过的一律不准下田。看完短信的，给村里回个“收到”，检查的时间村里再通知。",
  "乡亲们，平平安安把地种上，秋后才有好收成。没到会的，村里会把讲话发到各家手机上，我就说这些，散会。",
];
const TRAFFIC = [
  "在全县清明节前道路交通安全工作会议上的讲话",
  "县交通运输局局长　罗建平",
  "同志们：",
  "清明假期即将到来，祭扫出行集中，农村道路和景区周边车流明显增加，今天召开这次会议，就是要把节前道路交通安全工作部署到位。",
  "要紧盯客运车辆和农村面包车，节前对客运站、旅游包车企业开展一次全覆盖检查。群众遇到交通事故，可拨打122报警，也可以下载“清溪交管”APP快处快赔。",
  "同志们，平安出行是群众最大的期盼。希望大家守好每一条路、管好每一辆车，确保全县人民度过一个平安的清明假期。",
];
const BETWEEN = [
  "【柳湾村委会】拒收请回复R",
  "",
  "2024年3月2日 周六 20:05",
  "村里发的，你们整材料的时候用得上",
  "",
  "短信/彩信",
  "══════════════════",
  "朋友圈",
  "",
  "清溪交运·罗小燕",
  "转给跑车的朋友们 清明出行，平安第一",
];
const UNDER = [
  "收起",
  "2024年4月1日 21:06",
  "删除",
  "♡ 老周，阿芳，客运站小王，刘师傅（货运）",
  "老周：已转车队群",
  "清溪交运·罗小燕 回复 老周：辛苦周队！",
  "阿芳：第二点说得对",
  "",
  "大刘",
  "县里开了清明节前交通安全会，罗局长讲得明白：超员、超速、酒驾，一律从严……",
  "全文",
  "4月2日 08:15",
];
const page = [...VILLAGE, ...BETWEEN, ...TRAFFIC, ...UNDER];
const mined = () => mineText(page.join("\n"));
const texts = () =>
  mined()
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");

describe("a forwarded text message and a 朋友圈 post, each with a speech", () => {
  it("keeps the two speeches and nothing of the phone's chrome between and under them", () => {
    const r = mined();
    expect(r.speeches.map((s) => s.title)).toEqual([VILLAGE[0], TRAFFIC[0]]);
    expect(r.speeches[0]!.blocks.map((b) => b.text)).toEqual(VILLAGE.slice(3));
    expect(r.speeches[1]!.blocks.map((b) => b.text)).toEqual(TRAFFIC.slice(3));
  });

  it("says why each piece went", () => {
    const reason = (text: string) => mined().removed.find((x) => x.text.replace(/\s+/g, "") === text)?.reason;
    expect(reason("【柳湾村委会】拒收请回复R")).toBe("短信界面文字");
    expect(reason("短信/彩信")).toBe("短信界面文字");
    expect(reason("村里发的，你们整材料的时候用得上")).toBe("两篇讲话之间的页面杂项");
    expect(reason("♡老周，阿芳，客运站小王，刘师傅（货运）")).toBe("朋友圈互动（点赞、评论）");
    expect(reason("阿芳：第二点说得对")).toBe("朋友圈互动（点赞、评论）");
    expect(reason("全文")).toBe("折叠的他人动态");
  });

  it("keeps the speeches' own lines on messages, apps, hotlines and replies", () => {
    const all = texts();
    for (const own of ["看完短信的，给村里回个“收到”", "可拨打122报警", "下载“清溪交管”APP"])
      expect(all).toContain(own);
  });
});

describe("what the rules leave to the speech", () => {
  it("keeps a two-line title's first half over its subtitle after the page's chrome", () => {
    const second = ["守牢节日安全底线", "——在全县清明节前道路交通安全工作会议上的讲话", ...TRAFFIC.slice(1)];
    const r = mineText([...VILLAGE, "", "— 2 —", "", ...second].join("\n"));
    expect(r.speeches[1]!.title).toContain("守牢节日安全底线");
  });

  it("keeps a speech's short last words and a lead that announces the next text", () => {
    const thanks = mineText([...VILLAGE, "— 2 —", "谢谢大家！", ...TRAFFIC].join("\n"));
    expect(thanks.speeches[0]!.blocks.map((b) => b.text)).toContain("谢谢大家！");
    const lead = mineText([...VILLAGE, "— 2 —", "下面是罗局长的讲话，请认真学习：", ...TRAFFIC].join("\n"));
    expect(lead.removed.map((x) => x.reason)).not.toContain("两篇讲话之间的页面杂项");
  });

  it("keeps a speech's own sentence on refusing calls and its colon-led quotes under no like row", () => {
    const own = [
      "对推销电话，大家可以直接挂断；收到陌生短信，回复T退订也要当心，不要点里面的链接。",
      "老周：我们车队去年就装了北斗终端，今年还要再升级。",
    ];
    const all = mineText([...TRAFFIC.slice(0, 4), ...own, ...TRAFFIC.slice(4)].join("\n"))
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    for (const line of own) expect(all).toContain(line);
  });

  it("keeps a speech's slogan lines that open with a heart", () => {
    const slogans = ["♡ 安全出行，平安回家", "♡ 文明驾驶，礼让行人"];
    const all = mineText([...TRAFFIC.slice(0, 5), ...slogans, TRAFFIC[5]].join("\n"))
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    for (const line of ["安全出行，平安回家", "文明驾驶，礼让行人"]) expect(all).toContain(line);
  });
});
