import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 45's: a city portal with its side menu first, a 范文 site's
// 范文（一）/（二） collection, a speech posted over three floors of a BBS, a 知乎 column with its afterword, a county
// app's page copied from a phone, a 360doc page with the saver's notes, an OCR'd 简报. Guards hold a speech's own
// short lines, notes and dashes, and what an outside review found the first draft of these rules took (the last
// describe).

describe("a portal's side menu and window title", () => {
  const menu = ["首页", "领导之窗", "市长：郑启航", "副市长：马骏驰", "领导活动", "领导讲话", "领导分工", "政务公开"];
  const page = [
    `${COUNTY_TITLE}_领导讲话_岚江市人民政府`,
    "岚江市人民政府",
    ...menu,
    "政策文件",
    "政策解读",
    "当前位置：首页 > 领导之窗 > 领导讲话",
    ...COUNTY_SPEECH_HEAD,
    ...COUNTY_SPEECH_REST,
  ];

  it("reads the menu, 领导讲话 among it, and the window title as the page's", () => {
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own run of short lines below its first sentence", () => {
    const towns = ["城东街道", "城西街道", "南山镇", "北岭镇", "青石乡", "白沙乡", "桐溪镇", "石塘镇"];
    const speech = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "这次排查发现问题较多的乡镇是：",
      ...towns,
      COUNTY_CLOSING,
    ];
    expect(textsOf(speech).join("")).toContain(towns.join(""));
  });
});

describe("collections marked 范文（一） and 篇二", () => {
  it("splits 范文（一）/（二） into speeches whose titles name a meeting's 安全讲话", () => {
    const page = [
      "范文（一）",
      "班组长班前会安全讲话",
      "各位工友：",
      "开工之前，占用大家五分钟时间，讲一讲今天的安全注意事项。",
      COUNTY_CHECK,
      "范文（二）",
      "车间主任在班前会上的安全讲话同志们：",
      "今天借班前会的时间，我跟大家讲几句。最近天气转热，车间又在赶一批订单。",
      COUNTY_DUTY,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual(["班组长班前会安全讲话", "车间主任在班前会上的安全讲话"]);
  });

  it("leaves 篇二 out of the title it was joined to", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "篇二",
      "全县安全生产工作会议主持词同志们：",
      "现在开会。",
    ];
    const titles = speechesOf([...page, "下面，请县长作讲话。", COUNTY_CLOSING]).map((s) => s.title);
    expect(titles).toEqual([COUNTY_TITLE, "全县安全生产工作会议主持词"]);
  });
});

describe("a speech posted over a BBS thread's floors", () => {
  const cut = "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，";
  const rest = "建立隐患台账，实行闭环管理，确保整改到位。";
  const page = [
    "[分享] 公司总经理在年度安全生产工作会议上的讲话（字数多，分两楼发）",
    "矿山老兵",
    "楼主 | 发表于 2025-1-8 09:21:47 | 只看该作者",
    "上周公司开了年度安全工作会，总经理的讲话稿我手里有一份，发上来给坛友们参考。分两楼发完。",
    ...COUNTY_SPEECH_HEAD,
    "二、抓好排查",
    cut,
    "（未完，接2楼）",
    "回复 | 支持(6) | 反对(0) | 举报",
    "矿山老兵",
    "楼主 | 发表于 2025-1-8 09:23:02 | 只看该作者",
    "2楼",
    "（接上楼）",
    rest,
    "三、压实责任",
    COUNTY_DUTY,
    COUNTY_CLOSING,
  ];

  it("reads one speech, its paragraph flowing across the floors, without the thread's title and the poster's note", () => {
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([
      ...COUNTY_SPEECH_BLOCKS.slice(0, 4),
      cut + rest,
      ...COUNTY_SPEECH_BLOCKS.slice(5),
    ]);
  });
});

describe("what a column, an app and a saver add to a speech", () => {
  it("drops a column's afterword under 写在最后 on a line of its own", () => {
    const after = [
      "写在最后",
      "几点体会跟大家交流。开头别绕，三句话交代清楚为什么开会。",
      "稿子只是个参考，千万别整篇照搬。",
    ];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, ...after])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("reads an app page's back button, name, video caption and calls to open the app as the page's", () => {
    const page = [
      "返回",
      "澄渠融媒",
      "分享",
      COUNTY_TITLE,
      "视频：全县安全生产工作会议现场　时长 02:36",
      "同志们：",
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      "打开澄渠融媒APP，阅读体验更佳",
      "下载APP　立即打开",
      ...COUNTY_SPEECH_REST,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("cuts the notes a personal library's saver wrote in, and parts two paragraphs joined by spaces at one", () => {
    const joined = `${COUNTY_OPENING}（老兵按：数据请按本地实际替换）  ${COUNTY_SITUATION}`;
    const noted = "要特别关注老旧小区燃气管道和“九小场所”【注：九小场所指小商店、小餐饮等九类小场所】，逐一排查。";
    const saved = ["保存者：安监老兵　2024-06-05 21:17", COUNTY_TITLE, "同志们：", joined, noted];
    const texts = textsOf([...saved, "[老兵注：管行业必须管安全]", COUNTY_CLOSING]);
    expect(texts).toEqual([
      COUNTY_OPENING,
      COUNTY_SITUATION,
      "要特别关注老旧小区燃气管道和“九小场所”，逐一排查。",
      COUNTY_CLOSING,
    ]);
  });

  it("keeps a speech's own （注：…） and a sentence about an app", () => {
    const own = "今年全县共排查企业1263家（注：数据截至6月底），发现隐患3402处。";
    const app = "各企业要下载安装安全生产APP，每天上报隐患排查情况。";
    expect(textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, own, app, COUNTY_CLOSING])).toEqual([
      COUNTY_OPENING,
      own,
      app,
      COUNTY_CLOSING,
    ]);
  });
});

describe("a scan's OCR", () => {
  it("reads —、 opening a line as the outline's 一、, and 一 2 一 as a page number", () => {
    const page = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "—、认清形势",
      "今年以来，全县安全生产形势总体平稳，但事故总量仍然偏大，部分企业",
      "一 2 一",
      "主体责任落实不到位，安全隐患依然不少，形势不容乐观。",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("leaves a dash that opens no outline", () => {
    const line = "—要把责任落实到每一个岗位，确保不出问题。";
    expect(textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, line, COUNTY_CLOSING])).toContain(line);
  });
});

describe("what an outside review found the first draft of these rules took (guards)", () => {
  const S = [COUNTY_TITLE, "县长　×××", "同志们："];

  it("keeps a speech's own short lines under its salutation and a short talk's lines with no sentence mark", () => {
    const units = [
      "城关镇",
      "河西镇",
      "东坪乡",
      "县应急管理局",
      "县交通运输局",
      "县住建局",
      "县消防救援大队",
      "县供电公司",
    ];
    const page = [...S, "今天受表彰的先进单位有：", ...units, "我代表县委、县政府，向受到表彰的单位表示热烈祝贺！"];
    expect(textsOf([...page, COUNTY_CLOSING]).join("")).toContain(units.join(""));
    const slogans = ["安全生产重于泰山", "各级各部门要高度重视", "压实企业主体责任", "抓好隐患排查整治"];
    expect(
      textsOf([...S, ...slogans, "强化应急值守", "严格督查考核", "确保全县安全稳定", "谢谢大家"]).join(""),
    ).toContain(slogans.join(""));
  });

  it("reads a wrapped sentence naming someone's 安全讲话 as a sentence, and keeps a collection's one-sentence talks", () => {
    const wrapped = [
      "各单位要认真学习贯彻省委常委、副省长在全省安全生产大会上的安全讲话",
      "精神，迅速传达到每个企业。",
    ];
    expect(speechesOf([...S, COUNTY_OPENING, ...wrapped, COUNTY_CLOSING])).toHaveLength(1);
    const talks = [
      "篇一：班长张强在班前会上的讲话",
      "今天高温，大家注意防暑，多喝水，戴好安全帽，系好安全带，不舒服马上报告。",
      "篇二：车间主任李明在班前会上的讲话",
      "今天检修二号线，大家要严格执行停电、验电、挂牌制度，确保万无一失。",
      "篇三：总经理王建国在年度安全工作会议上的讲话",
      "同志们：",
      ...COUNTY_SPEECH_BLOCKS,
    ];
    expect(speechesOf(talks)).toHaveLength(3);
  });

  it("keeps a speech's own part under 写在最后 and its notes, app steps and slogans before a forum's next floor", () => {
    const last = ["同志们，安全生产工作千头万绪，我再强调一点。", "写在最后", COUNTY_CHECK, COUNTY_CLOSING];
    expect(textsOf([...S, COUNTY_OPENING, ...last])).toEqual([COUNTY_OPENING, ...last]);
    const notes = [
      "年底对各乡镇进行考核（考核结果按：优秀、良好、一般、较差四个等次）。",
      "今年全县共排查企业3126家，发现隐患8450处[注：数据截至11月底]，整改率达到96%。",
      "隐患随手拍的操作步骤是：",
      "打开“安全随手拍”APP",
      "进入隐患举报专区",
    ];
    expect(textsOf([...S, COUNTY_OPENING, ...notes, COUNTY_CLOSING]).join("")).toContain(
      notes.join("").replace(/\s/g, ""),
    );
    const floor = [
      "安全老兵",
      "楼主 | 发表于 2025-1-8 09:21:47",
      ...S,
      COUNTY_OPENING,
      "最后，送给大家几句话",
      "安全第一 预防为主",
      "生命至上 安全发展",
      "楼主 | 发表于 2025-1-8 09:23:02",
      COUNTY_CLOSING,
    ];
    expect(textsOf(floor).join("")).toContain("生命至上安全发展");
  });
});
