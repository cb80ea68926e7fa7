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
import { textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 45's: a city portal with its side menu first, a 范文 site's
// 范文（一）/（二） collection, a speech posted over three floors of a BBS, a 知乎 column with its afterword, a county
// app's page copied from a phone, a 360doc page with the saver's notes, an OCR'd 简报. Guards hold a speech's own
// short lines, notes and dashes.

const speechesOf = (page: string[]) => mineText(page.join("\n")).speeches;

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

  it("cuts a saver's notes in brackets and parts two paragraphs joined by spaces at a note", () => {
    const joined = `${COUNTY_OPENING}（老兵按：数据请按本地实际替换）  ${COUNTY_SITUATION}`;
    const noted = "要特别关注老旧小区燃气管道和“九小场所”【注：九小场所指小商店、小餐饮等九类小场所】，逐一排查。";
    const texts = textsOf([COUNTY_TITLE, "同志们：", joined, noted, "[老兵注：管行业必须管安全]", COUNTY_CLOSING]);
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
