import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 130's phone copies: a town's long text message sent in three
// parts and forwarded (the phone's 转发自 header over each part, the town's signature glued to each part's first
// words, (1/3)…(3/3) at the parts' ends, the opt-out after the last, the forwarder's own message under it); an
// online document's copy with a comment anchor left in a sentence and its comment pane below; a plain-spoken talk
// whose opening announces its three parts, each opened by a 首先/其次/最后 line printed with its 。.
const TAG = "【青石镇人民政府】";
const FORWARD = "转发自 青石镇人民政府(10690123456)";
const TITLE = "在全镇防汛备汛工作会议上的讲话";
const OPENING =
  "今天把大家召集起来，主要是部署今年的防汛备汛工作。刚才，镇水利站通报了汛前检查发现的问题，我都同意。下面，我讲几点意见。";
const RISK_A = "今年入汛以来降雨偏多，河道水位持续偏高，";
const RISK_B = "加上部分山塘水库带病运行，沿河村组的群众转移难度不小，大家一定要把困难想足、把措施做实。";
const FIRST =
  "一是把隐患查清楚。各村要对辖区内的山塘、河堤和地质灾害点逐一过一遍，发现问题当天上报，不能等到雨来了再着急。";
const SECOND =
  "二是把人员转移预案备扎实。每个危险点都要明确转移路线、安置地点和责任人，老人、小孩和行动不便的群众要落实到专人。";
const HOTLINE = "群众发现险情，可以直接拨打镇防汛办值班电话，值班人员要第一时间到场处置。";
const CLOSING = "同志们，防汛工作没有旁观者。希望大家守土尽责，确保全镇安全度汛。";

const chainPage = [
  "短信 · 王立新（镇党政办）",
  "6月3日 星期一 08:40",
  "转发：各村支书、各站所负责人，以下是镇长在防汛会上的讲话，分3条发，请认真学习。",
  "",
  FORWARD,
  `${TAG}${TITLE}`,
  "镇长　何建国",
  "同志们：",
  OPENING,
  `${RISK_A}(1/3)`,
  "",
  FORWARD,
  `${TAG}${RISK_B}`,
  `${FIRST}(2/3)`,
  "",
  FORWARD,
  `${TAG}${SECOND}`,
  HOTLINE,
  `${CLOSING}(3/3) 拒收请回复R`,
  "",
  "王立新：第2条的标点有点乱，内容没少，大家对照着看",
  "6月3日 08:45 已送达",
];

const blocksOf = (lines: string[]) => mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks);
const heads = (lines: string[]) =>
  blocksOf(lines)
    .filter((b) => b.kind === "heading")
    .map((b) => `H${b.level} ${b.text}`);

describe("a long text message sent in parts and forwarded", () => {
  it("cuts the parts' numbers, signatures and headers and joins the sentence cut across two parts", () => {
    const r = mineText(chainPage.join("\n"));
    expect(r.speeches.map((s) => s.title)).toEqual([TITLE]);
    const texts = r.speeches[0]!.blocks.filter((b) => b.kind !== "heading").map((b) => b.text);
    expect(texts).toContain(RISK_A + RISK_B);
    expect(texts).toContain(CLOSING);
    expect(texts).toContain(HOTLINE);
    expect(texts.join("\n")).not.toMatch(/青石镇人民政府|转发自|\/3|拒收|王立新/);
    expect(heads(chainPage)).toEqual(["H1 一是把隐患查清楚。", "H1 二是把人员转移预案备扎实。"]);
    const reasons = r.removed.map((x) => x.reason);
    expect(reasons).toContain("短信转发抬头");
    expect(r.removed.find((x) => x.text.startsWith("王立新："))?.reason).toBe("正文外的附言");
  });

  it("leaves a speech's own bracketed names where no phone sent them", () => {
    // A campaign's name opening two paragraphs, with no message chain: the speech's.
    const campaign = [
      TITLE,
      "同志们：",
      OPENING,
      "【安全生产月】活动要抓出实效，各村要结合实际开展应急演练，把防汛知识送到每家每户，不能只挂横幅、拍照片。",
      "【安全生产月】期间，镇里将组织一次集中检查，检查结果在全镇通报，对工作不落实的村要约谈支部书记。",
      CLOSING,
    ];
    const all = blocksOf(campaign)
      .map((b) => b.text)
      .join("\n");
    expect(all.match(/【安全生产月】/g)?.length).toBe(2);
  });

  it("keeps a second speech the forwarder sends after the last part, from its title on", () => {
    const second = [
      "在全镇地质灾害防治工作会议上的讲话",
      "同志们：",
      "入汛以后，地质灾害进入高发期，各村要把隐患点的监测员落实到位，每天巡查两次，发现裂缝和渗水要立即报告镇里。",
      CLOSING,
    ];
    const r = mineText([...chainPage, "", ...second].join("\n"));
    expect(r.speeches.map((s) => s.title)).toEqual([TITLE, second[0]]);
    expect(r.speeches[1]!.blocks.map((b) => b.text)).toEqual(second.slice(2));
  });

  it("keeps the speech's own sentences on messages, opt-outs and forwarding", () => {
    const own = [
      "收到陌生号码发来的中奖短信，可以直接回复T退订，千万不要点开里面的链接。",
      "镇里的预警短信大家收到后要及时转发，转发给本村的网格员和村民小组长，做到不漏一户。",
    ];
    const page = [...chainPage.slice(0, 17), ...own, ...chainPage.slice(17)];
    const all = blocksOf(page)
      .map((b) => b.text)
      .join("\n");
    for (const line of own) expect(all).toContain(line);
  });
});

describe("part numbers and bracketed names that prove no forwarded chain", () => {
  const texts = (lines: string[]) => blocksOf(lines).map((b) => b.text);
  const GOES_ON =
    "可是有的村干部收到以后没有往下传，结果河水漫进了村子，这个教训必须记取，今年绝不能再出现这样的事情。";

  it("keeps a speech's text after a two-part warning message it quotes", () => {
    const page = [
      TITLE,
      "同志们：",
      "【镇气象站】预计今天夜间有大暴雨，(1/2)",
      "【镇气象站】请沿河群众提前转移避险。(2/2)",
      GOES_ON,
      CLOSING,
    ];
    const all = texts(page).join("\n");
    expect(all).toContain(GOES_ON);
    expect(all).toContain(CLOSING);
  });

  it("keeps a speech's text after captions and slide counters numbered 1/n … n/n", () => {
    const page = [
      TITLE,
      "镇长检查山塘水库安全情况。(1/2)",
      "会议现场。(2/2)",
      "同志们：",
      OPENING,
      FIRST,
      CLOSING,
      "相关新闻",
      "【应急管理】全镇开展防汛应急演练",
      "【应急管理】镇里召开地质灾害防治会",
    ];
    const all = texts(page).join("\n");
    for (const line of [FIRST, CLOSING]) expect(all).toContain(line);
  });

  it("keeps a lecture's own label over its numbered points, and the opt-out a sentence teaches", () => {
    const LABELLED = "【防汛知识】转移的时候要带好身份证和常用药品，听从村干部指挥，不要返回危险区。";
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "【防汛知识】河道涨水的时候不要在桥上、河边看水，更不要下河捞东西。(1/3)",
      "【防汛知识】住在山脚下的群众，夜里下大雨要有人值守，发现山体开裂要马上撤离。(2/3)",
      `${LABELLED}(3/3)`,
      "营销短信不想再收，可以直接回复T退订，来路不明的短信千万不要点开。",
      HOTLINE,
      CLOSING,
    ];
    const all = texts(page).join("\n");
    expect(all.match(/【防汛知识】/g)?.length).toBe(3);
    for (const line of [HOTLINE, CLOSING]) expect(all).toContain(line);
  });

  it("cuts the signature that opens the parts, not the speech's own campaign name that opens more lines", () => {
    const CAMPAIGN = "【安全生产月】期间，镇里将组织一次集中检查，对工作不落实的村要约谈支部书记。";
    const page = [
      `${TAG}${TITLE}`,
      "同志们：",
      `${OPENING}(1/2)`,
      `${TAG}${FIRST}`,
      CAMPAIGN,
      "【安全生产月】活动要抓出实效，各村要结合实际开展应急演练，不能只挂横幅、拍照片。",
      "【安全生产月】结束后，各村要认真总结，把好的做法固定下来，形成长效机制。(2/2) 退订回T",
    ];
    const all = texts(page).join("\n");
    expect(all.match(/【安全生产月】/g)?.length).toBe(3);
    expect(all).not.toContain("青石镇人民政府");
  });

  it("keeps a part that comes after the last one and the messages of a collection after a two-part one", () => {
    const outOfOrder = [
      FORWARD,
      `${TAG}${TITLE}`,
      "同志们：",
      `${RISK_A}(1/3)`,
      FORWARD,
      `${TAG}${SECOND}${CLOSING}(3/3) 拒收请回复R`,
      FORWARD,
      `${TAG}${RISK_B}${FIRST}(2/3)`,
    ];
    expect(texts(outOfOrder).join("\n")).toContain(FIRST);
    const NEXT = "【青石镇应急办】雷雨天气请不要在大树下、电线杆旁避雨，注意防范雷击。";
    const collection = [
      "【青石镇应急办】各村要对山塘、河堤逐一排查，(1/2)",
      "【青石镇应急办】发现问题当天上报，不能等到雨来了再着急。(2/2)退订回T",
      NEXT,
      "【青石镇应急办】汛期请家长看管好孩子，严禁未成年人私自下河游泳。",
    ];
    expect(mineText(collection.join("\n")).removed.map((x) => x.text)).not.toContain(NEXT);
  });
});

describe("an online document's comment anchor left in a sentence", () => {
  const line = "上个月抽查的时候，有的班组交接班记录[批注1]写得很全，实际上设备根本没人去看，这种情况必须杜绝。";
  const doc = [TITLE, "同志们：", OPENING, line, CLOSING];

  it("cuts the anchor where the page shows the document's comment pane", () => {
    const pane = ["", "评论（2）", "刘芳 6月3日 09:12", "这一段建议配上照片", "已阅 12人"];
    const all = blocksOf([...doc, ...pane])
      .map((b) => b.text)
      .join("\n");
    expect(all).toContain(line.replace("[批注1]", ""));
  });

  it("leaves it where no pane is shown", () => {
    const all = blocksOf(doc)
      .map((b) => b.text)
      .join("\n");
    expect(all).toContain("[批注1]");
  });
});

describe("首先/其次/最后 lines printed with their 。 under an opening that announces as many parts", () => {
  const announcing =
    "今天开这个会，不念稿子，就讲三件事：前一阵干得怎么样，下一步隐患怎么查，责任怎么落实。刚才安全科的同志把检查情况说了，我不重复。";
  const A =
    "前一阵全厂总体平稳，没有出过伤人的事，但是有两次差一点出事：一次是叉车倒车没看后面，一次是配电房门开着没人管，想起来后怕。";
  const B =
    "从明天开始，各车间对照清单把叉车、行车、配电柜一台一台过一遍，查出来的问题当天登记，能当班改的当班改，改不了的报上来。";
  const C =
    "车间主任是本车间第一责任人，班组长管好自己的班组，谁的地方出了问题先找谁，年底考核安全指标一票否决，这个不讲情面。";
  const series = ["首先，说说前一阵的情况。", "其次，讲讲隐患怎么查。", "最后，把责任落到人头上。"];
  const talk = (opening: string) => [
    TITLE,
    "厂长　陈某",
    opening,
    series[0]!,
    A,
    series[1]!,
    B,
    series[2]!,
    C,
    CLOSING,
  ];

  it("reads them as the level-1 headings, labelled without the 。", () => {
    expect(heads(talk(announcing))).toEqual(series.map((s) => `H1 ${s.replace(/。$/, "")}`));
  });

  it("leaves them as sentences under a count that is no outline of the speaker's talk", () => {
    expect(heads(talk(announcing.replace("就讲三件事", "县里提出三条要求")))).toEqual([]);
    expect(heads(talk(announcing.replace("就讲三件事", "我先强调三点会场纪律")))).toEqual([]);
  });

  it("leaves a host's cues and the speaker's first-person sentences under an announced count", () => {
    const cues = ["首先，观看安全警示教育片。", "其次，县应急局通报事故情况。", "最后，县长作重要讲话。"];
    const host = talk(announcing);
    cues.forEach((c, k) => (host[3 + 2 * k] = c));
    expect(heads(host)).toEqual([]);
    const own = ["首先，我代表厂里表示感谢。", "其次，给大家提个醒。", "最后，我再啰嗦一句话。"];
    const mine = talk(announcing);
    own.forEach((c, k) => (mine[3 + 2 * k] = c));
    expect(heads(mine)).toEqual([]);
  });

  it("leaves them as sentences where the opening counts otherwise or not at all", () => {
    expect(heads(talk(announcing.replace("三件事", "两件事")))).toEqual([]);
    expect(heads(talk(announcing.replace("就讲三件事", "就讲几件事")))).toEqual([]);
  });
});
