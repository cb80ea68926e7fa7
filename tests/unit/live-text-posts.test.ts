import { describe, expect, it } from "vitest";
import { COUNTY_CHECK, COUNTY_CLOSING, COUNTY_DUTY, COUNTY_OPENING } from "../../lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "../../lib/testing/mined-page";
import { mineText } from "../../lib/mining/text-pipeline";

// A live text's one-line timed posts (09:00　主持人：…) and its 【post+name讲话】 heads are the page's only on a page that
// shows itself live (【图文直播】, 直播状态, 文字实录, 刷新｜正序｜倒序). A host's script (主持词, 主持讲话) prints its turns with
// their times and its slots for the speeches in brackets; the minutes of a meeting print the chair's words by the
// clock; a report heads what each leader said: the host's, the chair's and the report's words stay theirs.

const joined = (page: string[]) => textsOf(page).join("\n");
const removedAs = (page: string[], reason: string) =>
  mineText(page.join("\n"))
    .removed.filter((r) => r.reason === reason)
    .map((r) => r.text.replace(/\s/g, ""));

const HOST_SPEECH =
  "同志们，刚才张明书记作了重要讲话，对今年的工作提出了明确要求，我们一定要认真抓好贯彻落实。下面，我讲三点意见：一是要迅速传达学习；二是要狠抓隐患整改；三是要严格责任追究。";
const HOST_TURNS = [
  "09:00　主持人：同志们，现在开会。今天召开全县安全生产工作会议，会议共有三项议程。",
  "",
  "09:05　主持人：进行第一项议程，请县应急管理局局长王强同志通报全县安全生产工作情况。",
  "",
  "09:40　主持人：进行第二项议程，请县委书记张明同志作重要讲话，大家欢迎。",
  "",
  `10:30　主持人：${HOST_SPEECH}`,
  "",
  "10:50　主持人：同志们，安全生产责任重于泰山。希望大家全力以赴抓好各项工作。散会。",
];

describe("a host's script with its turns' times", () => {
  it("keeps every turn of a script named 主持讲话 in its title", () => {
    const text = joined(["在全县安全生产工作会议上的主持讲话", "县委副书记、县长　林海", "", ...HOST_TURNS]);
    expect(text).toContain("会议共有三项议程");
    expect(text).toContain("请县委书记张明同志作重要讲话");
    expect(text).toContain(HOST_SPEECH);
  });

  it("keeps the turns and the title of a 主持词 printed below a site's chrome", () => {
    const page = [
      "首页 > 范文大全 > 会议发言 > 正文",
      "",
      "范文网 www.fanwen-demo.cn",
      "",
      "发布时间：2024-03-02　阅读：1268",
      "",
      "分享到：微信　QQ　微博",
      "",
      "全县2024年安全生产工作会议主持词",
      "",
      ...HOST_TURNS,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual(["全县2024年安全生产工作会议主持词"]);
    expect(speeches[0]!.blocks).toHaveLength(5);
  });

  it("keeps the host's words around the bracketed slots where the speeches go, as one speech", () => {
    const page = [
      "全县安全生产暨消防工作会议主持词",
      "同志们：",
      "现在开会。今天，县委、县政府召开全县安全生产暨消防工作会议，请县消防救援大队大队长陈刚同志通报全县火灾形势。",
      "【县消防救援大队大队长陈刚讲话】",
      "谢谢陈刚同志。下面，进行第二项议程，请县委副书记、县长林海同志讲话，大家欢迎。",
      "【县委副书记、县长林海讲话】",
      "同志们，刚才林海县长的讲话，全面总结了去年全县安全生产工作，对今年工作作了具体部署，我们一定要认真抓好落实。",
      "散会！",
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual(["全县安全生产暨消防工作会议主持词"]);
    expect(joined(page)).toContain("谢谢陈刚同志。下面，进行第二项议程");
    expect(joined(page)).not.toContain("【");
  });
});

describe("timed lines on pages that are no live text", () => {
  it("keeps the chair's words in a meeting's minutes", () => {
    const page = [
      "县安委会2024年第二季度全体（扩大）会议纪要",
      "主持：县委副书记、县长林海",
      "会议议程及发言摘要：",
      "09:00 主持人：会议开始。今天会议的主要任务是通报二季度全县安全生产情况，研究部署下半年工作。",
      `09:05 县应急管理局局长王强：${COUNTY_OPENING}`,
      `10:10 主持人：同志们，刚才大家的发言都很实在。我讲三点要求：一是${COUNTY_CHECK}`,
      "10:40 主持人：会议结束。",
    ];
    expect(removedAs(page, "图文直播的播报")).toEqual([]);
    expect(joined(page)).toContain("我讲三点要求");
  });

  it("keeps a report's leaders as its own heads, not as two speeches", () => {
    const page = [
      "全县安全生产工作会议召开",
      "2月27日上午，全县安全生产工作会议召开。县委书记张明、县长林海出席会议并讲话。",
      "【县委书记张明讲话】",
      "张明强调，安全生产是发展的底线、民生的红线，全县各级各部门要坚决扛起防范化解重大安全风险的政治责任。",
      "【县委副书记、县长林海讲话】",
      "林海要求，各乡镇、各部门要在3月底前完成新一轮隐患排查，建立隐患台账，实行闭环管理，把责任落实到每一个岗位。",
    ];
    expect(speechesOf(page).map((s) => s.title)).not.toContain("县委书记张明讲话");
    expect(speechesOf(page).map((s) => s.title)).not.toContain("县委副书记、县长林海讲话");
  });
});

describe("a 图文直播's posts", () => {
  const speech = ["同志们：", COUNTY_OPENING, "一、抓好排查", COUNTY_CHECK, COUNTY_CLOSING];

  it("keeps the host's own speech posted on one line, and a question whose answer is kept", () => {
    const closing = `09:50　主持人 张明：同志们，刚才林海同志作了全面部署，我完全同意。下面，我再强调三点：第一，思想上要绷紧弦；第二，工作上要抓到底；第三，责任上要落到人。${COUNTY_DUTY}`;
    const question = "10:25 记者：请问王局长，今年的“隐患随手拍”活动和往年相比有什么不同？";
    const page = [
      "【图文直播】全县安全生产暨防汛工作会议",
      "直播时间：2024年5月28日 09:00",
      "09:00　主持人：全县安全生产暨防汛工作会议现在开始。县委书记张明主持会议。",
      "09:02　主持人：下面，请县委副书记、县长林海同志讲话。",
      "【县委副书记、县长林海讲话】",
      ...speech,
      closing,
      question,
      "10:26 王强：今年我们把奖励标准提高了一倍，重大隐患线索最高奖励5000元。",
      "10:30　主持人：会议在热烈的掌声中结束。本场图文直播到此结束，感谢关注。",
    ];
    const text = joined(page);
    expect(text).toContain("下面，我再强调三点");
    expect(text).toContain("请问王局长");
    expect(text).not.toContain("现在开始");
    expect(text).not.toContain("本场图文直播到此结束");
  });

  it("drops the posts in their other forms and the buttons with their icons", () => {
    const page = [
      "【文字直播】全市安全生产工作会议",
      "⟳ 刷新 ｜ ↑ 正序 ｜ ↓ 倒序",
      "【09:00】主持人：全市安全生产工作会议现在开始。",
      "09:02 | 主持人：下面，请副市长周宏远同志讲话。",
      "09:02:40 主持人：请大家将手机调至静音状态。",
      "在全市安全生产工作会议上的讲话",
      ...speech,
      "上午10:05 主持人：会议在热烈的掌声中结束。",
    ];
    const text = joined(page);
    for (const chrome of ["主持人", "正序", "现在开始"]) expect(text).not.toContain(chrome);
    expect(speechesOf(page).map((s) => s.title)).toEqual(["在全市安全生产工作会议上的讲话"]);
  });

  it("opens a speech at a head naming its speaker by a short post or with 作总结讲话, its name label gone", () => {
    const page = [
      "【图文直播】全县2024年安全生产工作会议",
      "刷新　｜　正序　｜　倒序",
      "09:00　主持人：同志们，现在开会。今天会议有两项议程。",
      "【县长林海同志讲话】",
      `林海：同志们，${COUNTY_OPENING}`,
      "一、抓好排查",
      COUNTY_CHECK,
      "同志们，做好今年的安全生产工作，任务艰巨。希望大家真抓实干，确保全县安全形势稳定。",
      "09:45　主持人：下面，请县委书记张明同志作总结讲话，大家欢迎！",
      "【县委书记张明作总结讲话】",
      "张明：同志们，刚才林海同志对全县安全生产工作作了全面部署，我完全赞同。下面，我再强调两点。",
      "一、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual(["县长林海同志讲话", "县委书记张明作总结讲话"]);
    expect(speeches[0]!.blocks[0]!.text).toBe(`同志们，${COUNTY_OPENING}`);
    expect(speeches[1]!.blocks[0]!.text).toMatch(/^同志们，刚才林海同志/);
  });
});
