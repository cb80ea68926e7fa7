import { describe, expect, it } from "vitest";
import {
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { removeNoiseFromPage } from "../testing/page-noise";

// Pages written for these tests in the shapes of set 62's: a Discuz X thread whose posts name their authors on a
// line of their own above 发表于…, a Q&A answer's sign-off, a 范文 page's Word download box, a 公众号's ornaments.

describe("a thread whose posts do not name their authors on the header's line", () => {
  it("drops the readers' replies below the post with the speech", () => {
    const floor = (name: string, time: string, seat: string, reply: string[]) => [
      "",
      name,
      `发表于 ${time} | 只看该作者`,
      seat,
      ...reply,
    ];
    const page = [
      "[分享] 县长在全县安全生产工作会议上的讲话",
      "",
      "笔耕老农",
      "发表于 2023-2-8 20:41 | 只看该作者 |倒序浏览 |阅读模式",
      "楼主",
      "",
      ...COUNTY_SPEECH,
      "",
      "回复 支持 反对",
      ...floor("乡镇小安", "2023-2-9 07:58", "沙发", [
        "收藏了，我们镇下周也要开这个会，正好参考。谢谢楼主分享！",
        "基层办公室，天天写材料",
      ]),
      ...floor("梧桐树下", "2023-2-9 09:12", "板凳", ["讲得很实在，没有空话套话。"]),
      ...floor("云岭秘书", "2023-2-10 16:35", "地板", ["建议楼主把word版传一份到附件区。"]),
      "",
      "您需要登录后才可以回帖 登录 | 立即注册",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the poster's own next part of the speech in a later post", () => {
    const rest =
      "三、压实责任：各乡镇党政主要负责同志是本辖区安全生产第一责任人，要严格落实党政同责、一岗双责，对责任不落实导致事故的，一律严肃追究责任，决不姑息迁就，并在全县范围内通报批评，年度考核实行一票否决。";
    const page = [
      "笔耕老农",
      "发表于 2023-2-8 20:41 | 只看该作者",
      "楼主",
      ...COUNTY_SPEECH.slice(0, -3),
      "",
      "笔耕老农",
      "发表于 2023-2-8 20:45 | 只看该作者",
      "沙发",
      rest,
    ];
    expect(textsOf(page)).toContain(rest);
  });
});

describe("a post's signature between the speech and the post's buttons", () => {
  const thread = (between: string[]) => [
    "[分享] 县长在全县安全生产工作会议上的讲话",
    "笔耕老农",
    "发表于 2023-2-8 20:41 | 只看该作者",
    "楼主",
    "",
    ...COUNTY_SPEECH,
    "",
    ...between,
    "",
    "回复 支持 反对",
    "",
    "您需要登录后才可以回帖 登录 | 立即注册",
  ];

  it("drops the poster's motto under the speech's thanks, or one he signs", () => {
    expect(textsOf(thread(["守土有责，守土尽责。——一名基层安监员"]))).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(textsOf(thread(["写材料的人", "不忘初心"]))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a quotation the speech announced, with its author, above the buttons", () => {
    const quote = "“苟利国家生死以，岂因祸福避趋之。”——林则徐";
    const page = thread([]);
    page.splice(
      page.indexOf(COUNTY_SPEECH.at(-1)!),
      1,
      "同志们，安全生产责任重于泰山。最后，我用一句诗与大家共勉：",
      quote,
    );
    expect(textsOf(page)).toContain(quote);
  });

  it("keeps the speaker's name and the date under the speech's thanks", () => {
    const { kept } = removeNoiseFromPage(thread(["县长　×××", "2023年2月8日"]));
    expect(kept).toContain("2023年2月8日");
  });
});

describe("a thread whose posts' authors the page names in part or not at all", () => {
  const head = [...COUNTY_SPEECH.slice(0, -3)];
  const tail = COUNTY_SPEECH.slice(-3);
  const thread = (first: string[], later: string[]) => [
    ...first,
    "发表于 2023-2-8 20:41 | 只看该作者",
    ...head,
    "",
    "乡镇小安",
    "发表于 2023-2-9 07:58 | 只看该作者",
    "收藏了，谢谢楼主分享！",
    "",
    ...later,
    "发表于 2023-2-9 08:20 | 只看该作者",
    ...tail,
  ];

  it("keeps the poster's later part of the speech where his name is not on the first post, or wears a badge", () => {
    for (const page of [
      thread([], []),
      thread(["[复制链接]"], ["笔耕老农"]),
      thread(["电梯直达"], ["笔耕老农"]),
      thread(["笔耕老农"], ["笔耕老农 楼主"]),
    ])
      for (const line of tail.slice(1)) expect(textsOf(page)).toContain(line);
  });

  it("keeps a reader's short talk answering a request for one", () => {
    const talk = [
      "今天我们要进行高处作业，所有人员必须系好安全带，戴好安全帽，作业前检查脚手架是否牢固。",
      "电焊作业要清理周围易燃物，配备灭火器，专人监护。",
    ];
    const page = [
      "求一篇班前会安全讲话稿",
      "",
      "小白安全员",
      "发表于 2023-5-8 20:41 | 只看该作者",
      "明天要开班前会，领导让我讲几句安全方面的，求一篇班前会讲话，谢谢！",
      "",
      "老安全",
      "发表于 2023-5-8 21:02 | 只看该作者",
      ...talk,
    ];
    for (const line of talk) expect(textsOf(page)).toContain(line);
  });
});

describe("a page's notes around the answer or the speech", () => {
  it("drops a Q&A answer's sign-off and a 范文 page's Word download box", () => {
    const page = [
      ...COUNTY_SPEECH,
      "纯手打，有用的话望采纳，谢谢！",
      "",
      "将本文的Word文档下载到电脑，方便收藏和打印　推荐度：★★★★☆　点击下载文档",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentences on taking up suggestions, hand-typed ledgers and documents on a phone", () => {
    const own = [
      "对职工提出的合理化建议，有用的话请采纳，没用的也要说明理由。",
      "纯手打的隐患排查记录不能代替信息化台账，各单位要尽快录入系统。",
      "各企业要把应急预案文档下载到手机，做到随身携带、随时查阅。",
      "请各单位将本次会议材料文档下载到电脑，认真组织传达学习，并于3月10日前报送学习贯彻情况。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]);
    for (const line of own) expect(texts).toContain(line);
  });
});

describe("a 公众号 article's ornaments over its heads", () => {
  it("reads 01 / 02 / 03 over short lines as the heads' ornaments, the lines under them as headings", () => {
    const [opening, situation, check, duty, closing] = [
      COUNTY_SPEECH_HEAD[3]!,
      COUNTY_SPEECH_HEAD[5]!,
      COUNTY_SPEECH_REST[1]!,
      COUNTY_SPEECH_REST[3]!,
      COUNTY_SPEECH_REST[4]!,
    ];
    const heads = ["把风险想在前面", "把隐患查在前面", "把责任扛在肩上"];
    const page = [...COUNTY_SPEECH_HEAD.slice(0, 3), opening, ""];
    [situation, check, duty].forEach((p, k) => page.push(`0${k + 1}`, heads[k]!, "", p, ""));
    const blocks = speechesOf([...page, closing])[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(heads);
    expect(blocks.map((b) => b.text)).not.toContain("01");
  });

  it("takes no page number 01 over a heading, no list's 01 over its items and no emoji's line for an ornament", () => {
    const [opening, situation, check, duty, closing] = [
      COUNTY_SPEECH_HEAD[3]!,
      COUNTY_SPEECH_HEAD[5]!,
      COUNTY_SPEECH_REST[1]!,
      COUNTY_SPEECH_REST[3]!,
      COUNTY_SPEECH_REST[4]!,
    ];
    const head = COUNTY_SPEECH_HEAD.slice(0, 3);
    const pages = [
      [
        ...head,
        opening,
        "一、认清形势",
        situation,
        "01",
        "（二）主体责任不实",
        check,
        "二、抓好排查",
        check,
        "02",
        "（一）开展全覆盖排查",
        duty,
        closing,
      ],
      [
        ...head,
        opening,
        "二、抓好排查",
        "重点看以下几项：",
        "01",
        "消防通道是否畅通",
        "02",
        "应急照明是否完好",
        "03",
        "灭火器材是否有效",
        "请各单位对照检查。",
        closing,
      ],
      [...head, opening, "", "01", "🔥🔥🔥", situation, "", "02", "🔥🔥🔥", check, "", closing],
    ];
    for (const page of pages) {
      const headings = speechesOf(page).flatMap((s) => s.blocks.filter((b) => b.kind === "heading"));
      // Only the speech's own 一、… heads stand at the top level; no item, sub-head or paragraph is raised there.
      for (const h of headings.filter((b) => b.level === 1)) expect(h.text).toMatch(/^[一二]、/);
      for (const h of headings) expect([situation, check, "消防通道是否畅通"]).not.toContain(h.text);
    }
  });

  it("keeps a collection's speeches under its numbers 01 / 02 as speeches with their titles", () => {
    const second = ["在全镇安全生产工作会议上的讲话", "同志们：", ...COUNTY_SPEECH_REST];
    const titles = speechesOf(["01", ...COUNTY_SPEECH, "", "02", ...second]).map((s) => s.title);
    expect(titles).toEqual([COUNTY_SPEECH[0], second[0]]);
  });
});
