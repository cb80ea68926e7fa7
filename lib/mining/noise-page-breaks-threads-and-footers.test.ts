import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 50's: a 文库 page whose related documents stand in each page
// break, a 范文 collection with 扩展阅读 between its speeches, a reprint's 热门跟帖, a 公文写作 forum where a clerk asks
// for comments on his draft, a portal's 主办/承办 footer.

describe("a 文库 page with related documents in each page break", () => {
  it("drops every related title, the last one above the text's next line too", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "",
      "第 1 页，共 3 页",
      "相关文档",
      "医院消防安全自查报告（精选8篇）",
      "卫生院安全生产责任制及考核办法",
      "2024年医院安全生产月活动总结",
      "",
      "二、抓好排查",
      COUNTY_CHECK,
      "",
      "第 2 页，共 3 页",
      "相关文档",
      "医院后勤安全隐患排查表（可编辑）",
      "",
      "各乡镇要对照清单逐项复查，确保隐患整改不留死角，对整改不到位的一律挂牌督办。",
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(page)).toEqual([
      ...COUNTY_SPEECH_BLOCKS.slice(0, 3),
      "二、抓好排查",
      COUNTY_CHECK,
      "各乡镇要对照清单逐项复查，确保隐患整改不留死角，对整改不到位的一律挂牌督办。",
      ...COUNTY_SPEECH_REST.slice(2),
    ]);
  });
});

describe("a 范文 collection with 扩展阅读 between its speeches", () => {
  it("drops the label and its links", () => {
    const second = "在全镇安全生产工作会议上的讲话";
    const page = [
      "【第1篇】",
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "",
      "扩展阅读：",
      "安全生产月启动仪式主持词（通用5篇）",
      "危化品企业安全生产表态发言范文",
      "",
      "【第2篇】",
      second,
      "同志们：",
      COUNTY_SITUATION,
      COUNTY_DUTY,
      COUNTY_CLOSING,
      "扩展阅读：建筑工地安全生产标语大全",
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE, second]);
    expect(textsOf(page).join("\n")).not.toMatch(/扩展阅读|主持词（|表态发言范文/);
  });
});

describe("a reprint's 热门跟帖", () => {
  it("drops the header and the readers' comments under it", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "责任编辑：云阅号_LQ0217",
      "热门跟帖",
      "[四川某州网友] 04-26 19:40 去年国庆在玻璃栈道排了两个多小时，希望今年真能限流。",
      "顶(36)　回复",
      "[浙江某州网友] 04-26 20:02 说得实在，游客安全是第一位的，支持！",
      "顶(8)　回复",
      "查看全部跟帖(52)",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 公文写作 forum thread where a clerk asks for comments on his draft", () => {
  const floor = (n: number, name: string, time: string, lines: string[]) => [
    `${n}#`,
    name,
    `发表于 2024-6-3 ${time} | 只看该作者`,
    ...lines,
    "回复 引用 举报",
    "",
  ];
  const page = [
    "某某秘书网论坛 - 公文写作 - 讲话稿交流",
    "查看: 2861|回复: 4",
    "[求助] 局长在安全生产会议上的讲话，自己写的初稿，求各位老师指点",
    "1#",
    "楼主",
    "笔耕老周",
    "发表于 2024-6-3 21:47 | 只看该作者",
    "各位老师好！下周一局里开全县安全生产工作会议，局长的讲话让我起草。写完总觉得第二部分层次不清，恳请大家帮忙把把关，拍砖也欢迎。",
    "（草稿如下）",
    ...COUNTY_SPEECH_HEAD,
    ...COUNTY_SPEECH_REST,
    "回复 引用 举报",
    "",
    ...floor(2, "文海拾贝", "22:05", [
      `引用：${COUNTY_DUTY.slice(0, 30)}`,
      "这句后面最好加一个硬杠杠，比如每多少辆车配一名安全员，不然显得空。",
    ]),
    ...floor(3, "老笔杆子", "23:18", ["整体框架没问题。第二部分建议单独拎出来或者改成“抓好联合执法检查”。"]),
    ...floor(4, "笔耕老周", "23:40", ["谢谢各位老师！已按意见修改，等局长审定后再来汇报。"]),
    "返回列表",
  ];

  it("keeps the draft as the one speech, without the post's title, the request or the replies", () => {
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a portal's footer", () => {
  it("drops its 主办：… 承办：… line", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "主办：某某县人民政府办公室  承办：某某县大数据发展中心",
      "地址：某某县城关镇府前路18号  邮编：319900  电话：0580-6021000",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
