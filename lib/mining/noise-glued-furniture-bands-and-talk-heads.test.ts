import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";
import { splitGluedFurniture } from "./noise-glued-furniture";

// Pages written for these tests in the shapes of set 129's enterprise and school pages: an office system's reader
// band copied into sentences only, a 公众号's bannered tip box between a speech's paragraphs, a site's attachment
// label glued to the last paragraph, a ▲ caption naming the meeting glued before a paragraph, a 2. heading glued to
// the end of the paragraph above it, a plain talk's 先说…/再说…/最后说说… topics.
const heads = (page: string[]) =>
  mineText(page.join("\n")).speeches.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === "heading" ? [`H${b.level} ${b.text}`] : [])),
  );

const TITLE = "在水务公司2024年三季度安全生产例会上的讲话";
const OPENING =
  "今天召开三季度安全生产例会，主要是总结上半年安全工作，分析当前供水管网和泵站运行中的风险，安排下一阶段重点工作。";
const P1 =
  "上半年，公司没有发生人身伤亡事故，但检查中发现的违章作业仍然不少，有的班组在有限空间作业前不检测气体就下井，性质十分恶劣。";
const P2 =
  "汛期临近，各泵站要对备用电源、排涝设备逐台试运行，抢修物资要按清单补齐，值班人员必须在岗在位，发现险情第一时间报告。";
const CLOSING = "同志们，安全工作没有休止符。希望大家把今天的要求带回去，抓好落实，确保全年安全形势平稳。";

describe("an office system's reader band copied into sentences only", () => {
  const band = "内部资料 陈雅琴 2718";

  it("cuts the band from each sentence it was copied into", () => {
    const p1 = `上半年，公司没有发生人身伤亡事故，但有的班组在有限空间作业前${band}不检测气体就下井，性质十分恶劣。`;
    const p2 = `汛期临近，各泵站要对备用电源逐台试运行，${band}抢修物资要按清单补齐，发现险情第一时间报告。`;
    const out = textsOf([TITLE, "同志们：", OPENING, p1, p2, CLOSING]);
    expect(out).toContain(
      "上半年，公司没有发生人身伤亡事故，但有的班组在有限空间作业前不检测气体就下井，性质十分恶劣。",
    );
    expect(out).toContain("汛期临近，各泵站要对备用电源逐台试运行，抢修物资要按清单补齐，发现险情第一时间报告。");
  });

  it("keeps a sentence that names the papers as internal, and a band's words found once", () => {
    const own = "本次会议材料属于内部资料 请勿外传，会后由办公室统一收回。";
    const once = `有的班组在有限空间作业前${band}不检测气体就下井，性质十分恶劣，必须严肃追责。`;
    const out = textsOf([TITLE, "同志们：", OPENING, own, once, P2, CLOSING]);
    expect(out.join("")).toContain("内部资料");
    expect(out.join("")).toContain("陈雅琴");
  });
});

describe("a 公众号's bannered tip box between a speech's paragraphs", () => {
  const tips = ["● 发现管道漏水，请及时拨打供水热线", "● 冬季请做好室外水表的防冻保温", "● 家中长期无人请关闭进户总阀"];

  it("removes the banner and its bullet tips", () => {
    const out = textsOf([TITLE, "同志们：", OPENING, P1, "", "【供水安全小贴士】", ...tips, "", P2, CLOSING]);
    expect(out).toEqual([OPENING, P1, P2, CLOSING]);
  });

  it("keeps a speaker's own bullet points that give the units their duties", () => {
    const own = [
      "● 各泵站要每周试运行一次备用电源",
      "● 各班组要在作业前检测有限空间气体",
      "● 请各单位按时报送隐患台账",
    ];
    const out = textsOf([TITLE, "同志们：", OPENING, P1, "", "【安全小提示】", ...own, "", P2, CLOSING]);
    expect(out.join("")).toContain("各泵站要每周试运行一次备用电源");
  });

  it("keeps bullet tips printed without a banner, and tips that end as sentences", () => {
    const plain = textsOf([TITLE, "同志们：", OPENING, P1, "", "供水安全小贴士", ...tips, "", P2, CLOSING]);
    expect(plain.join("")).toContain("冬季请做好室外水表的防冻保温");
    const stopped = tips.map((t) => `${t}。`);
    const out = textsOf([TITLE, "同志们：", OPENING, P1, "", "【供水安全小贴士】", ...stopped, "", P2, CLOSING]);
    expect(out.join("")).toContain("冬季请做好室外水表的防冻保温");
  });
});

describe("a site's attachment label glued to the last paragraph", () => {
  const files = ["1. 水务公司三季度安全检查方案.docx", "2. 泵站隐患排查登记表.xlsx"];

  it("removes the label and the files it lists, and keeps the closing whole", () => {
    const page = [TITLE, "同志们：", OPENING, P1, P2, `${CLOSING}相关附件：`, ...files, "【打印本页】　【关闭窗口】"];
    expect(textsOf(page)).toEqual([OPENING, P1, P2, CLOSING]);
  });

  it("keeps a paragraph that ends by announcing an attachment over more of the speech", () => {
    const own = "各单位的检查情况要在月底前报安全监察部，报送格式见附件：";
    const page = [TITLE, "同志们：", OPENING, P1, own, P2, CLOSING];
    expect(textsOf(page).join("")).toContain("报送格式见附件");
  });
});

describe("a ▲ caption naming the meeting glued before a paragraph", () => {
  const caption = "▲7月5日，公司召开三季度安全生产例会";

  it("removes the caption and keeps the paragraph it was glued to", () => {
    const out = textsOf([
      TITLE,
      "同志们：",
      OPENING,
      `${caption}${P1}`,
      "▲安全监察部人员在泵站检查备用电源",
      P2,
      CLOSING,
    ]);
    expect(out).toEqual([OPENING, P1, P2, CLOSING]);
  });

  it("leaves a ▲ line whose sentence carries on after the meeting's name as it is", () => {
    for (const tail of [
      "以来，各班组对照问题清单逐项整改，已完成整改事项四十二项。",
      "上，公司对各班组的整改情况逐项进行了讲评。",
    ]) {
      const lines = [TITLE, "同志们：", OPENING, `${caption}${tail}`, P2].map((text, i) => ({ text, lineNo: i + 1 }));
      expect(splitGluedFurniture(lines)).toEqual(lines);
    }
  });
});

describe("a numbered heading glued to the end of the paragraph above its body", () => {
  const body1 = "各泵站要对备用电源、排涝设备逐台试运行，发现缺陷立即修复，一时修复不了的要落实临时措施。";
  const body2 = "有限空间作业必须先通风、再检测、后作业，监护人员不得离开现场，严禁盲目施救。";
  const body3 = "抢修队伍要实行二十四小时值班，抢修车辆和物资要定点存放，接到报告后三十分钟内赶到现场。";

  it("reads it as a heading among its siblings on lines of their own", () => {
    const page = [TITLE, "同志们：", OPENING, "一、抓好重点环节", "1. 抓好泵站设备检修", `${body1}2. 抓好有限空间管控`];
    const out = heads([...page, body2, "3. 抓好应急抢修准备", body3, CLOSING]);
    expect(out).toEqual([
      "H1 一、抓好重点环节",
      "H2 1.抓好泵站设备检修",
      "H2 2.抓好有限空间管控",
      "H2 3.抓好应急抢修准备",
    ]);
  });

  it("leaves a sentence that ends in a numbered phrase when no sibling heads a line", () => {
    const own = `${body1}下一步重点做好两件事：1. 完善台账。2. 加强巡查`;
    const out = textsOf([TITLE, "同志们：", OPENING, own, body2, CLOSING]);
    expect(out.join("")).toContain("1.完善台账。2.加强巡查");
  });
});

describe("a plain talk's topics: 先说… / 再说… / 还有… / 最后说说…", () => {
  const school = "在职业学院2025年春季开学安全工作会议上的讲话";
  const say = (topic: string) =>
    `${topic}这块，各二级学院要对照清单一项一项过，发现问题当场整改，整改不了的要报保卫处备案，不能拖到出事再说。`;

  it("reads the topic lines as level-1 headings", () => {
    const page = [school, "老师们：", OPENING, "先说学生食堂", say("学生食堂"), "再说实训车间", say("实训车间")];
    const out = heads([...page, "还有校外顶岗实习", say("校外顶岗实习"), "最后说说假期值班", say("假期值班"), CLOSING]);
    expect(out).toEqual(["H1 先说学生食堂", "H1 再说实训车间", "H1 还有校外顶岗实习", "H1 最后说说假期值班"]);
  });

  it("leaves sentences that open with 先说 or 最后说 inside paragraphs", () => {
    const first = "先说一下去年的情况，全院没有发生大的安全事故，但实训室里小伤小碰还有好几起，大家不能大意。";
    const last = "最后说一点，假期值班表已经排好了，各部门负责人要亲自把关，确保值班电话二十四小时有人接听。";
    expect(heads([school, "老师们：", OPENING, first, say("食堂"), last, CLOSING])).toEqual([]);
  });
});

// Guards from the review of these rules: the speech's own text that looked like each shape.
describe("a wrapped line that ends in a numbered item is no glued heading", () => {
  const body = "抢修队伍要实行二十四小时值班，抢修车辆和物资要定点存放，接到报告后三十分钟内赶到现场。";
  const start = [TITLE, "同志们：", OPENING, "一、抓好重点环节", "1. 抓好泵站设备检修"];

  it("keeps the real heading when a line below already opens with the same item", () => {
    const wrapped = "各泵站要对备用电源逐台试运行，缺陷要当场登记，第一步班组自查要全覆盖。2.缺陷整改要落实到";
    const page = [...start, wrapped, "人，每一项缺陷都要有人盯、有人管、有人销号，做到不留死角。"];
    const out = heads([...page, "2. 抓好有限空间管控", body, CLOSING]);
    expect(out).toContain("H2 2.抓好有限空间管控");
    expect(out).not.toContain("H2 2.缺陷整改要落实到");
  });

  it("keeps a list the paragraph runs inline, its last item without a stop", () => {
    const own = "今年的设备检修要做到全覆盖、无死角，检修工作分两步走。1.班组逐台自查。2.公司逐项抽查复核";
    const out = heads([...start, own, body, "3. 抓好应急抢修准备", body, CLOSING]);
    expect(out).not.toContain("H2 2.公司逐项抽查复核");
  });
});

describe("a speaker's own ▲ point that names the meeting is no caption", () => {
  const title = "在2024年全县安全生产工作会议上的讲话";
  const unchanged = (line: string) => {
    const lines = [title, "同志们：", OPENING, line, P2].map((text, i) => ({ text, lineNo: i + 1 }));
    expect(splitGluedFurniture(lines)).toEqual(lines);
  };

  it("leaves a sentence whose subject is the meeting, followed by its predicate", () => {
    unchanged("▲这次全县安全生产工作会议是在汛期来临前、各项目全面复工的关键时候召开的，大家要高度重视。");
  });

  it("leaves a sentence that dates the meeting before its name (召开的…会议明确…)", () => {
    unchanged("▲去年5月召开的全县安全生产工作会议明确要求各乡镇建立隐患台账，目前台账已经全部建立起来。");
  });

  it("leaves a ▲ line with no caption's date or reporting words before the name", () => {
    unchanged("▲全县安全生产工作会议布置的各项任务，各乡镇要逐项对照检查，月底前把落实情况报县安委办。");
  });
});

describe("a speaker's own list under a banner stays", () => {
  const close = "这四条是我们多年来用教训换来的，各班组长要在每天班前会上念一遍，做到人人入脑入心。";

  it("keeps bullets that speak to no public under a 小提示/小知识 banner", () => {
    const own = ["● 要先通风再检测后作业", "● 要设专人在井口监护", "● 要配齐正压式呼吸器"];
    const out = textsOf([TITLE, "同志们：", OPENING, P1, "", "【有限空间作业小提示】", ...own, "", P2, CLOSING]);
    expect(out.join("")).toContain("要设专人在井口监护");
  });

  it("keeps a box the next paragraph talks about as the speaker's own", () => {
    const tips = ["● 外出前请关闭水表前阀门", "● 发现漏水请及时报修", "● 冬季请做好水表防冻保温"];
    const out = textsOf([TITLE, "同志们：", OPENING, P1, "", "【供水安全小贴士】", ...tips, "", close, CLOSING]);
    expect(out.join("")).toContain("发现漏水请及时报修");
  });
});

describe("guards for the talk heads and the reader band", () => {
  it("reads no 还有人… sentence as a topic head", () => {
    const school = "在职业学院2025年春季开学安全工作会议上的讲话";
    const prose = "去年有个班组检修设备不停机，结果一名学生的手被卷进了皮带轮，住了一个多月的院，教训十分深刻。";
    const page = [school, "老师们：", OPENING, "先说个去年的事故", prose, "还有人觉得挂牌上锁太麻烦", prose];
    expect(heads([...page, "最后说句掏心窝子的话", prose, CLOSING])).not.toContain("H1 还有人觉得挂牌上锁太麻烦");
  });

  it("keeps an edition's year set apart after classification words", () => {
    const own = "今年公司共印发内部资料 规程汇编 2024 版两次，各班组要组织学习，内部资料 规程汇编 2024 版不得外传。";
    expect(textsOf([TITLE, "同志们：", OPENING, own, P2, CLOSING]).join("")).toContain("规程汇编2024版");
  });
});
