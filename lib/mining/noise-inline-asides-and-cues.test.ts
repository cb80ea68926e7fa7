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

// Pages written for these tests in the shapes of sets 91–94's: asides others set into a speech's sentences (a saver's
// 〔…注：…〕, a reposter's declared 【注：…】, a minute's interjection from the hall, a teleprompter's cues and screens, an
// e-book reader's highlight counts, a note keeper's marks, a co-editor's cursor and a comment thread's buttons, a
// forum's anti-copy codes). Guards hold a speech's own brackets, notes, figures and codes.

const speech = (...lines: string[]) => [COUNTY_TITLE, "县长　×××", "同志们：", ...lines];

describe("a saver's and a reposter's notes inside a sentence", () => {
  it("cuts a personal library's 〔…注：…〕 and keeps a document number's 〔2024〕", () => {
    const ruled = "按照县政办发〔2024〕15号文件要求，各乡镇要在月底前完成自查。";
    const noted = "有的企业消防通道堆满杂物，〔馆主注：我们单位的仓库也是这样。〕说明日常管理还没有跟上。";
    const page = [
      "来自：山间听松 > 《材料收藏》",
      "转藏　分享　献花(7)",
      ...speech(COUNTY_OPENING, ruled, noted, COUNTY_CLOSING),
    ];
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      ruled,
      "有的企业消防通道堆满杂物，说明日常管理还没有跟上。",
      COUNTY_CLOSING,
    ]);
  });

  it("cuts the 【注：…】 a reposter says he added, and keeps them where no one says so", () => {
    const noted = "对动火等危险作业【注：危险作业包括动火、临时用电、吊装等】要严格审批，落实专人监护。";
    const lead = "转给写材料的朋友们参考。文中几处【注】为笔者所加，原文没有。";
    const texts = textsOf([lead, "", ...speech(COUNTY_OPENING, noted, COUNTY_CLOSING)]);
    expect(texts).toContain("对动火等危险作业要严格审批，落实专人监护。");
    expect(texts.join("")).not.toContain("临时用电");
    expect(textsOf(speech(COUNTY_OPENING, noted, COUNTY_CLOSING))).toEqual([COUNTY_OPENING, noted, COUNTY_CLOSING]);
  });
});

describe("what a record and a reading copy note of the delivery", () => {
  it("cuts an interjection the minutes give to the hall (会场插话, 台下插话)", () => {
    const said =
      "上个月，镇上一家砂石场的传送带把工人的手卷了进去。（会场插话：人已经转到县医院了。）转院了也不能松口气，这件事要一查到底。";
    const again = "有的村说人手不够，（台下插话：确实只有两个人。）两个人也要把台账建起来。";
    expect(textsOf(speech(COUNTY_OPENING, said, again, COUNTY_CLOSING))).toEqual([
      COUNTY_OPENING,
      "上个月，镇上一家砂石场的传送带把工人的手卷了进去。转院了也不能松口气，这件事要一查到底。",
      "有的村说人手不够，两个人也要把台账建起来。",
      COUNTY_CLOSING,
    ]);
  });

  it("keeps a rule about interjections and a speech's own bracketed words", () => {
    const rule = "会议期间请大家遵守纪律（会场纪律：不随意插话。），发言控制在五分钟以内。";
    const own = "要认真落实《安全生产责任制考核办法（试行）》，对照（2024年）清单逐项销号。";
    expect(textsOf(speech(COUNTY_OPENING, rule, own, COUNTY_CLOSING))).toEqual([
      COUNTY_OPENING,
      rule,
      own,
      COUNTY_CLOSING,
    ]);
  });

  it("reads a teleprompter's copy: cues cut, screens crossed, its short lines joined", () => {
    // An export wraps the text at sixteen characters, cues counted, and marks where each screen starts.
    const page = [
      "提词稿导出　字号：52　镜像：关闭",
      "[第1屏]",
      COUNTY_TITLE,
      "",
      "同志们：",
      "",
      "今天请大家来，不是开表扬会，是要",
      "把话说透。【停顿】这半年来，全县",
      "有九家企业被查出重大隐患，有的到",
      "现在还没有整改到位。【看台下】我",
      "讲两条意见，讲完请各家表态。",
      "",
      "[第2屏]",
      "第一条，隐患要清零",
      "",
      "查出来的问题要列出清单，写明整改",
      "责任人、整改措施和完成时限，本月",
      "[第3屏]",
      "底前报县安委办。对逾期不改的，执",
      "法部门【加重语气】一律依法处罚。",
      "",
      "【放慢】同志们，安全没有小事，希",
      "望大家回去以后马上抓落实，让工人",
      "兄弟平平安安回家。",
    ];
    expect(textsOf(page)).toEqual([
      "今天请大家来，不是开表扬会，是要把话说透。这半年来，全县有九家企业被查出重大隐患，有的到现在还没有整改到位。我讲两条意见，讲完请各家表态。",
      "第一条，隐患要清零",
      "查出来的问题要列出清单，写明整改责任人、整改措施和完成时限，本月底前报县安委办。对逾期不改的，执法部门一律依法处罚。",
      "同志们，安全没有小事，希望大家回去以后马上抓落实，让工人兄弟平平安安回家。",
    ]);
  });

  it("keeps a speech's own 【…】 heads and a screen spoken of in a sentence", () => {
    const head = "【典型案例】去年一家化工企业检修前没有做气体检测，造成两人中毒。";
    const screen = "请大家看大屏幕，第4屏是今年的事故统计，事故起数同比下降了两成。";
    expect(textsOf(speech(COUNTY_OPENING, head, COUNTY_SITUATION, screen, COUNTY_CLOSING))).toEqual([
      COUNTY_OPENING,
      head,
      COUNTY_SITUATION,
      screen,
      COUNTY_CLOSING,
    ]);
  });
});

describe("what a reader, a note keeper and a co-editor leave in the text", () => {
  it("cuts an e-book reader's highlight counts and keeps a speech's head counts", () => {
    const counted = "全县安全生产形势总体平稳。［312人划线］但部分企业主体责任落实不到位，形势不容乐观。［87人划线］";
    const heads = "今年共组织培训42期（3200人参加），考核合格率达到96%。";
    expect(textsOf(speech(COUNTY_OPENING, counted, heads, COUNTY_CLOSING))).toEqual([
      COUNTY_OPENING,
      "全县安全生产形势总体平稳。但部分企业主体责任落实不到位，形势不容乐观。",
      heads,
      COUNTY_CLOSING,
    ]);
  });

  it("cuts a keeper's mark in a sentence and his 【我的批注】 between paragraphs", () => {
    const marked = "管行业必须管安全、管业务必须管安全。【✎这句可以直接用】职责交叉的领域，要尽快明确监管主体。";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "【我的批注】先讲成绩再讲问题，这个顺序可以学。",
      ...COUNTY_SPEECH_REST.slice(0, 2),
      marked,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(page)).toEqual([
      ...COUNTY_SPEECH_BLOCKS.slice(0, 5),
      "管行业必须管安全、管业务必须管安全。职责交叉的领域，要尽快明确监管主体。",
      ...COUNTY_SPEECH_BLOCKS.slice(5),
    ]);
  });

  it("cuts a co-editor's cursor and a comment thread's buttons glued before a paragraph", () => {
    const cursor = "宣传要走进车间、走进村居，周雅琴（编辑中）用群众听得懂的话讲清楚身边的风险。";
    const page = [
      ...speech(COUNTY_OPENING, COUNTY_SITUATION),
      "💬 周雅琴：这里的数字请再和统计局核一下。 6月3日 09:12",
      "　解决　回复",
      COUNTY_CHECK,
      cursor,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    const texts = textsOf(page);
    expect(texts).toContain(COUNTY_CHECK);
    expect(texts).toContain("宣传要走进车间、走进村居，用群众听得懂的话讲清楚身边的风险。");
    expect(texts.join("")).not.toMatch(/解决|编辑中/);
  });

  it("keeps （编辑中） after a book's name that the page names nowhere else", () => {
    const own = "《全县安全生产志》（编辑中）收录了近十年的事故案例，大家要认真读一读。";
    expect(textsOf(speech(COUNTY_OPENING, own, COUNTY_CLOSING))).toEqual([COUNTY_OPENING, own, COUNTY_CLOSING]);
  });
});

describe("a forum's anti-copy strings", () => {
  const footer = "© 2012-2025 匠安论坛 版权所有 | 联系我们";
  it("cuts codes set around the site's name and an address inside sentences", () => {
    const page = [
      ...speech(
        COUNTY_OPENING,
        "去年一名工人在三楼临边没系安全带，r7T匠安论坛#w3一脚踩空摔了下去。",
        "重点查塔吊、施工电梯，forum.jiangan.cn 4hQ限位和螺栓一样都不能漏。",
        "绩效三成跟安全挂钩。匠安论坛-p5Ks每周检查排名靠后的班组要说明原因。",
        COUNTY_CLOSING,
      ),
      "",
      footer,
    ];
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      "去年一名工人在三楼临边没系安全带，一脚踩空摔了下去。",
      "重点查塔吊、施工电梯，限位和螺栓一样都不能漏。",
      "绩效三成跟安全挂钩。每周检查排名靠后的班组要说明原因。",
      COUNTY_CLOSING,
    ]);
  });

  it("keeps a speech's codes and figures, and the site's name spoken of in a sentence", () => {
    const codes =
      "大家在匠安论坛上交流经验是好事。要做好H7N9等疫病防控，推进5G基站和C919配套项目建设，发现隐患可拨打12350举报。";
    expect(textsOf([...speech(COUNTY_OPENING, codes, COUNTY_CLOSING), "", footer])).toEqual([
      COUNTY_OPENING,
      codes,
      COUNTY_CLOSING,
    ]);
  });
});

describe("a clerk's note on a draft that says what to do with it", () => {
  it("cuts 【待核实，定稿前删除】 from its sentence and keeps a bracket holding a date after the comma", () => {
    const marked = "今年以来，全县发生轻伤事故5起【待核实，发稿前删去】，同比减少2起，形势总体平稳。";
    const dated = "全县消防实战演练安排在【待定，3月中旬】，各乡镇要提前做好准备。";
    const texts = textsOf(speech(COUNTY_OPENING, marked, dated, COUNTY_CLOSING));
    expect(texts).toContain(marked.replace("【待核实，发稿前删去】", ""));
    expect(texts).toContain(dated);
  });
});
