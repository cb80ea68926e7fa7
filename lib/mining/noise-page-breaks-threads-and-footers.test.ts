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
      "网站标识码：3399000001  X-ICP备00000001号",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

// Guards from the outside review of the first rules: each of these read worse under them.
describe("what the page-break, thread, note and footer rules leave alone", () => {
  const pageBreak = [
    "",
    "第 1 页，共 4 页",
    "相关文档",
    "2024年安全生产月活动方案（通用10篇）",
    "企业安全生产责任书范本",
    "",
  ];

  it("keeps the text's own short line below a page break's list: a heading without its number", () => {
    const page = [...COUNTY_SPEECH_HEAD, "二、抓好排查", ...pageBreak, "抓好重点领域整治", COUNTY_CHECK];
    expect(textsOf(page)).toContain("抓好重点领域整治");
  });

  it("keeps the next speech's title below a page break's list, though no frame follows it", () => {
    const second = "在全市消防安全工作推进会上的讲话";
    const page = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, ...pageBreak, second, COUNTY_SITUATION, COUNTY_DUTY];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE, second]);
  });

  it("keeps an article's text below a bare 跟帖 button", () => {
    const text = [
      "今天召开全区景区安全生产工作会议，主要是部署“五一”假期安全工作。",
      "去年以来，全区景区安全形势总体平稳，但游客量快速增长，安全压力明显加大。",
      "各景区要严格落实限量、预约、错峰要求，加强玻璃栈道、索道、游乐设施等重点部位的安全检查。",
      "要做好应急预案，配足救援力量，确保一旦发生突发情况能够快速处置。",
      "同志们，安全无小事。希望大家扎实做好各项工作，确保游客度过一个平安祥和的假期。谢谢大家！",
    ];
    const page = ["在景区安全生产工作会议上的讲话", "2024-04-26 10:20:15　来源：某某日报", "跟帖", ...text];
    expect(textsOf(page)).toEqual(text);
  });

  it("keeps the poster's continuation in a later floor, after a reader's 沙发", () => {
    const post = (n: number, name: string, lines: string[]) => [
      `${n}#`,
      name,
      "发表于 2024-6-3 21:50 | 只看该作者",
      ...lines,
      "回复 引用 举报",
      "",
    ];
    const page = [
      "[原创] 在全县安全生产工作会议上的讲话（分两楼发）",
      ...post(1, "笔耕老周", [...COUNTY_SPEECH_HEAD, "二、抓好排查", COUNTY_CHECK]),
      ...post(2, "文海拾贝", ["沙发，坐等下半部分。"]),
      ...post(3, "笔耕老周", ["三、压实责任", COUNTY_DUTY, COUNTY_CLOSING]),
      ...post(4, "老笔杆子", ["结构清晰，收藏了，谢谢楼主分享。"]),
    ];
    expect(textsOf(page).slice(-3)).toEqual(["三、压实责任", COUNTY_DUTY, COUNTY_CLOSING]);
  });

  it("keeps a short talk asking the workers to look out for each other (帮忙看看)", () => {
    const talk =
      "今天是节后复工第一天，大家的心可能还没完全收回来，越是这个时候越容易出事。上岗前每个人都要把劳保用品穿戴整齐，把自己的设备仔细检查一遍。身边的工友有不安全行为，大家要帮忙看看、提个醒，谁也不能当旁观者。高处作业一定要系好安全带，动火作业必须办好作业票。安全第一，平安回家！";
    const page = [
      "班前会安全讲话稿（精选2篇）",
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      "今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作。刚才，县应急管理局通报了有关情况，我完全同意。",
      "今年以来，全县安全生产形势总体平稳，但事故总量仍然偏大，部分企业主体责任落实不到位，安全隐患依然不少，形势不容乐观。",
      "三是要加强宣传教育培训，深入开展安全生产月、安全宣传“五进”等活动，普及安全知识，提升全民安全素质和自救互救能力，营造人人讲安全、个个会应急的浓厚氛围。",
      "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，建立隐患台账，实行闭环管理，确保整改到位。",
      "同志们，安全生产责任重于泰山。希望大家以高度负责的态度，扎实抓好各项工作。谢谢大家！",
      "",
      "班前会安全讲话",
      talk,
    ];
    expect(textsOf(page)).toContain(talk);
  });

  it("keeps a speech's own 主办：… 承办：… line and a 拓展阅读 sentence", () => {
    const own = [
      "主办：市应急管理局　承办：市消防救援支队",
      "拓展阅读：《安全生产法》第二十八条规定，生产经营单位应当对从业人员进行安全生产教育和培训。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]).map((t) => t.replace(/\s/g, ""));
    expect(texts).toEqual(expect.arrayContaining(own.map((t) => t.replace(/\s/g, ""))));
  });

  it("keeps a unit's number wrapped onto a line of its own (2#)", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "今年以来，公司安全生产形势总体平稳，但上个月炼铁厂",
      "2#",
      "高炉发生煤气泄漏险情，虽然没有造成人员伤亡，但教训十分深刻，暴露出设备巡检不到位、应急处置不熟练等问题。",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page).join("")).toContain("炼铁厂2#");
  });
});
