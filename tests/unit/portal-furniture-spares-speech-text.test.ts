import { describe, expect, it } from "vitest";
import { REASON_OTHER_TITLE } from "../../lib/mining/header-leftovers";
import { mineText } from "../../lib/mining/text-pipeline";
import { removalReason } from "../../lib/testing/page-noise";

// Pages in the shapes of an outside review's probes (rev-c) of the rules for portals', news and enterprise sites'
// furniture (▲ speaker captions, 政策解读 boxes, three-part window titles, safe-days counters, ★ link lists): each
// rule takes its chrome, and never a speech's title, speaker, date, heading or point that looks like it.

const mine = (page: string[]) => mineText(page.join("\n"));
const texts = (page: string[]) => mine(page).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const headings = (page: string[]) =>
  mine(page).speeches.flatMap((s) => s.blocks.filter((b) => b.kind === "heading").map((b) => b.text));

const COUNTY = ["在全县安全生产工作会议上的讲话", "县长　王建国", "（2024年3月11日）", "", "同志们："];
const OPENING =
  "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年全县安全生产重点任务。刚才，志刚同志通报了去年全县安全生产情况，我完全同意。下面，我再讲几点意见。";
const SITUATION =
  "去年，全县共发生各类生产安全事故14起、死亡6人，同比分别下降17.6%和25%，没有发生较大以上事故。但是我们也要看到，去年9月城东工业园一家铸造企业发生的机械伤害事故，教训十分深刻。";
const CHECK =
  "今年3月至6月，县安委会将组织开展重大事故隐患专项排查整治行动。各乡镇、各有关部门要聚焦危险化学品、燃气、建筑施工等重点行业领域，逐企逐项开展排查，整改不到位的一律不得恢复生产。";
const DUTY =
  "各乡镇党委、政府主要负责同志是本地区安全生产第一责任人，要每季度至少听取一次安全生产工作汇报；各行业主管部门要严格落实“管行业必须管安全”的要求。";
const CLOSING =
  "同志们，安全生产只有起点，没有终点。希望大家以“时时放心不下”的责任感，把各项工作抓实抓细，为全县经济社会高质量发展营造安全稳定的环境。";

describe("a ▲ caption naming who spoke, beside a speech's own ▲ and △ lines", () => {
  it("removes the caption and keeps the speech's ▲ subheads (no picture makes the page one of captions)", () => {
    const subheads = ["▲清醒认识当前安全生产的严峻形势", "▲扎实开展重大事故隐患专项排查整治", "▲层层压实安全生产责任"];
    const page = [
      "全县安全生产工作会议召开",
      "",
      "▲县长王建国在会上讲话",
      "",
      "以下为讲话全文：",
      "",
      ...COUNTY,
      OPENING,
    ];
    page.push("", subheads[0]!, SITUATION, "", subheads[1]!, CHECK, "", subheads[2]!, DUTY, "", CLOSING);
    const mined = mine(page);
    expect(removalReason(mined.removed, "▲县长王建国在会上讲话")).toBe("图片说明");
    const kept = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    for (const line of subheads) expect(kept).toContain(line);
  });

  it("keeps a speech's △ target points on a page with a speaker's caption", () => {
    const points = ["△全年实现“零死亡、零重伤、零火灾”目标。", "△三月底前完成一轮井下重大灾害隐患排查。"];
    const page = ["▲公司总经理陈立军在会上讲话", "", ...COUNTY, OPENING, "今年公司安全工作的总体要求是："];
    page.push(points[0]!, SITUATION, points[1]!, CHECK, "", CLOSING);
    for (const line of points) expect(texts(page)).toContain(line);
  });

  it("keeps a speech's run of ▲ items about who speaks when, as one speech", () => {
    const items = ["▲厂长每月在安全例会上讲话", "▲车间主任每周在车间调度会上讲话", "▲班组长每天在班前会上讲话"];
    const page = [...COUNTY, OPENING, "二、今年推行“三级讲安全”", "从这个月起，我们厂推行“三级讲安全”，具体是："];
    page.push(...items, CHECK, "三、隐患排查要落到每台设备", DUTY, CLOSING);
    const mined = mine(page);
    expect(mined.speeches).toHaveLength(1);
    for (const line of items) expect(texts(page)).toContain(line);
  });

  it("keeps a ▲ caption over a salutation, the only line that names the speech under it, from the caption rule", () => {
    const page = ["会议精神｜全县安全生产工作会议领导讲话摘登", "", "▲县委书记李国华在会上讲话", "", "同志们："];
    page.push(SITUATION, DUTY, CLOSING);
    // The parser reads it as a title line; of the two it keeps the page's head, and reports this one (it used to
    // drop it unreported): no 图片说明.
    expect(removalReason(mine(page).removed, "▲县委书记李国华在会上讲话")).toBe(REASON_OTHER_TITLE);
  });

  it("keeps a Markdown export's bold ▲ heads on a page whose italic ▲ caption shows a picture", () => {
    const heads = ["▲ 认清燃气安全的严峻形势", "▲ 把隐患排查做深做实", "▲ 把安全责任压紧压实"];
    const page = [
      "---",
      "title: 在全市燃气安全专项整治部署会上的讲话",
      "---",
      "",
      "# 在全市燃气安全专项整治部署会上的讲话",
    ];
    page.push("", "同志们：", "", OPENING, "", "![](https://img.example.cn/2024/0416/01.jpg)", "");
    page.push("*▲ 部署会现场（摄影：许晨）*", "", `**${heads[0]}**`, "", SITUATION, "", `**${heads[1]}**`, "", CHECK);
    page.push("", "_▲ 市燃气办工作人员在餐饮店检查（摄影：许晨）_", "", `**${heads[2]}**`, "", DUTY, "", CLOSING);
    const mined = mine(page);
    expect(headings(page)).toEqual(heads.map((h) => h.replace(/\s+/g, "")));
    expect(removalReason(mined.removed, "▲ 市燃气办工作人员在餐饮店检查（摄影：许晨）")).toBe("图片说明");
  });
});

describe("a 政策解读 box's head and credit", () => {
  it("keeps a speech's title, speaker and date between a 政策解读 page's head and its credit", () => {
    const title = "在《全县安全生产治本攻坚三年行动实施方案》新闻发布会上的讲话";
    const page = ["首页 > 政务公开 > 政策解读", "【政策解读】《全县安全生产治本攻坚三年行动实施方案》解读", title];
    page.push("县应急管理局局长　郑海波", "（2024年4月2日）", "解读机关：县应急管理局　　解读人：郑海波", "");
    page.push("各位记者朋友：", OPENING, CHECK, "以上就是方案的主要内容。谢谢大家！");
    expect(mine(page).speeches.map((s) => s.title)).toEqual([title]);
  });

  it("keeps a 宣讲稿's last section headed 【解读】 and its closing, signed by its 解读人", () => {
    const section = [
      "【解读】变化三：隐患排查要有闭环",
      CHECK,
      "各位企业负责人，法律的红线就摆在这里，希望大家学法、懂法、守法。谢谢大家！",
    ];
    const page = [
      "新《安全生产法》宣讲报告",
      "——在全市企业主要负责人安全生产培训班上的讲话",
      "市应急管理局副局长　林志远",
      "",
    ];
    page.push("各位企业负责人：", OPENING, "", "【解读】变化二：处罚力度更大了", SITUATION, "", ...section);
    page.push("", "解读人：市应急管理局副局长　林志远");
    for (const line of section) expect(texts(page)).toContain(line);
  });

  it("keeps a lone 解读人： line among a speech's arrangements", () => {
    const lines = [
      "学习时间：4月至6月，每周四下午",
      "解读人：厂安全科科长及各车间安全员",
      "考试安排：6月底全员闭卷考试，80分合格",
    ];
    const page = [
      ...COUNTY,
      OPENING,
      "二、怎么学",
      "这次学习宣贯，我们分三步走。具体安排是：",
      ...lines,
      CHECK,
      CLOSING,
    ];
    expect(removalReason(mine(page).removed, lines[1]!)).toBeUndefined();
  });
});

describe("a ★ list of a 范文 site's links", () => {
  const links = ["★ 安全生产月活动总结（精选10篇）", "★ 安全生产月启动仪式主持词", "★ 企业安全生产月活动方案"];

  it("ends at a ★ title over its salutation: the second speech keeps its title", () => {
    const page = [
      "★ 在公司安全生产月启动仪式上的讲话",
      "各位同事：",
      OPENING,
      SITUATION,
      CLOSING,
      "",
      "相关范文：",
      ...links,
    ];
    page.push("", "★ 在全厂安全生产月动员大会上的讲话", "同志们：", CHECK, DUTY, CLOSING);
    const mined = mine(page);
    expect(mined.speeches.map((s) => s.title?.replace(/^★\s*/, ""))).toEqual([
      "在公司安全生产月启动仪式上的讲话",
      "在全厂安全生产月动员大会上的讲话",
    ]);
    for (const link of links) expect(removalReason(mined.removed, link)).toBe("相关文章列表");
  });

  it("ends at a speech's ★ point over its paragraph, which names no document", () => {
    const point = "★ 开学前要把这几个地方查一遍";
    const own = "食堂、宿舍、实验室、配电房，后勤处今天下午带人逐一检查，灭火器过期的、插座老化的，今天就换掉。";
    const page = [...COUNTY, OPENING, SITUATION, "", "小编推荐：", "★ 2024年春季开学安全工作计划（通用5篇）"];
    page.push(
      "★ 开学第一课安全教育讲话稿",
      "★ 校园安全隐患排查整改报告范文",
      "",
      point,
      own,
      "★ 校车每一趟都要有老师跟车",
    );
    page.push(CHECK, "", CLOSING);
    const kept = texts(page).join("");
    for (const line of [point, own]) expect(kept).toContain(line.replace(/\s+/g, ""));
  });
});

describe("a 公众号's digest of the speech's headings under its title", () => {
  it("keeps every heading the digest lists (it is no window title with a site's name)", () => {
    const heads = ["守牢安全底线", "紧盯重点领域", "压实各方责任"];
    const page = [
      "在全县安全生产工作会议上的讲话",
      "原创 平安桐川 2024-03-12 07:30",
      heads.join("｜"),
      "",
      "县长　杜建平",
    ];
    page.push("（2024年3月11日）", "", "同志们：", OPENING, "", heads[0]!, SITUATION, "", heads[1]!, CHECK);
    page.push("", heads[2]!, DUTY, "", CLOSING, "", "阅读 2386");
    expect(headings(page)).toEqual(heads);
  });
});

describe("a speech's own lines about safe days", () => {
  it("keeps the first of a speech's 【label】 figures, a count of safe days with its clause", () => {
    const line = "【安全运行天数】截至12月31日，公司实现安全运行1282天";
    const page = [...COUNTY, OPENING, "去年这一年，大家干得很辛苦，也干出了成绩。我给大家报几个数：", line];
    page.push(
      "【隐患整改】全年排查隐患1137项，整改完成1129项",
      "这些数字背后，是每一位一线职工的辛勤付出。",
      CHECK,
      CLOSING,
    );
    expect(texts(page).join("")).toContain(line);
  });

  it("keeps a speech's rule for a safety day (a day of the month, no counter)", () => {
    const line = "【安全日】每月10日为全厂安全日，各车间轮流停产检修1天";
    const page = [...COUNTY, OPENING, "从今年起，厂里推行几项新制度，我一项一项说。", line];
    page.push("【领导带班】厂领导每周至少跟班一次，跟班记录报安环科备案", CHECK, CLOSING);
    expect(texts(page).join("")).toContain(line);
  });
});
