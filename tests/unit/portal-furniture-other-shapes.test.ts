import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";
import { removalReason } from "../../lib/testing/page-noise";

// The same furniture of portals', news and enterprise sites in the other words an outside review (rev-c) found left
// in: a ▲ caption naming who spoke at a long meeting or 出席…并讲话, a 小编为你推荐 box, a window title with two columns,
// 解读 boxes headed or credited otherwise, counters of safe days in a sidebar's shapes; and the speech's own lines
// of the same words, which stay.

const mine = (page: string[]) => mineText(page.join("\n"));
const texts = (page: string[]) => mine(page).speeches.flatMap((s) => s.blocks.map((b) => b.text));

const TITLE = "在2024年全区安全生产暨消防安全工作会议上的讲话";
const HEAD = [TITLE, "孙海涛", "（2024年2月27日）", "", "同志们："];
const OPENING =
  "今天是节后上班的第二周，我们召开全区安全生产暨消防安全工作会议，目的是趁早把今年的工作安排下去，请大家回去抓好落实。";
const SITUATION =
  "去年全区共发生生产安全事故5起、死亡2人，火灾事故27起，未发生较大以上事故。但是，有的企业主体责任落实不到位，隐患整改不彻底的问题依然存在。";
const CHECK =
  "节后复工复产是事故易发期。各企业在恢复生产前，要对设备设施、电气线路、消防设施进行一次全面检查，确认安全后方可复工。";
const DUTY = "各职能部门要按照“三管三必须”要求，把安全监管责任落到具体科室、具体人员，不能出现监管盲区。";
const CLOSING =
  "同志们，安全生产和消防安全工作责任重大。希望大家以更高的标准、更实的举措，确保全区安全生产形势持续稳定。";
const ABOVE = [...HEAD, OPENING, "", "一、正视问题", SITUATION, ""];
const withLine = (line: string) => [...ABOVE, line, "", "二、抓好复工复产检查"];
const REST = [CHECK, "", "三、压实监管责任", DUTY, "", CLOSING];

describe("▲ captions naming who spoke, in a news reprint's other words", () => {
  const captions = [
    "▲高新区党工委副书记、管委会主任孙海涛在2024年全区安全生产暨消防安全工作会议上讲话",
    "▲区应急管理局的局长刘明在会上发言",
    "▲县委副书记、县长王建国在全县安全生产工作会议上作重要讲话",
    "▲市委副书记、市长周海平出席会议并讲话",
    "▲会上，镇长罗晓峰对下一阶段安全生产工作作了具体部署",
    "▲孙海涛讲话",
  ];

  it("removes each such caption between two sections, and the speech stays one", () => {
    for (const caption of captions) {
      const mined = mine([...withLine(caption), ...REST]);
      expect(removalReason(mined.removed, caption)).toBe("图片说明");
      expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    }
  });

  it("keeps a speech's lone ▲ line that names no one the page names (▲领导讲话要入脑入心)", () => {
    for (const own of ["▲领导讲话", "▲在全区安全生产工作会议上的讲话"]) {
      expect(removalReason(mine([...withLine(own), ...REST]).removed, own)).toBeUndefined();
    }
  });
});

describe("a 范文 site's 小编为你推荐 box between two sections", () => {
  it("removes the header and its starred links, and the speech is not cut at the first", () => {
    const links = ["★ 森林防火工作会议讲话稿（精选6篇）", "☆ 乡镇森林防火工作总结范文", "★1. 春节期间森林防火工作方案"];
    const mined = mine([...withLine("小编为你推荐："), ...links, "", "二、关口要前移", ...REST]);
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    for (const link of links) expect(removalReason(mined.removed, link)).toBe("相关文章列表");
  });
});

describe("a CMS window title with two columns between the headline and the site", () => {
  it("removes the bar and the site's name, so the speech keeps its title", () => {
    const bar = `${TITLE}_领导讲话_新闻中心_华泰能源集团`;
    const page = [
      bar,
      "华泰能源集团",
      "首页　集团概况　新闻中心　安全生产",
      "",
      ...HEAD,
      OPENING,
      SITUATION,
      CHECK,
      CLOSING,
    ];
    const mined = mine(page);
    expect(removalReason(mined.removed, bar)).toBe("网页窗口标题");
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
  });
});

describe("解读 boxes headed or credited in other words", () => {
  it("removes a 【专家解读】 box credited in brackets, and a 政策解读｜ box credited 解读：", () => {
    const expert = ["【专家解读】一图读懂全区安全生产工作会议精神", "● 事故起数同比下降25%", "● 重大事故隐患动态清零"];
    expert.push("（解读单位：区应急管理局政策法规科）");
    const policy = [
      "政策解读｜全区安全生产重点任务怎么干？",
      "● 燃气报警装置一个月内安装到位",
      "解读：区住房和城乡建设局",
    ];
    const page = [...ABOVE, ...expert, "", "二、抓好复工复产检查", CHECK, "", ...policy, "", "三、压实监管责任", DUTY];
    const mined = mine([...page, CLOSING]);
    for (const line of [...expert, ...policy]) expect(removalReason(mined.removed, line)).toBe("政策解读框");
    expect(texts([...page, CLOSING])).toContain(CHECK);
  });

  it("removes the bulleted points under a credit printed right under the head", () => {
    const box = ["【政策解读】危化品集中治理“下半年要干什么”", "解读单位：县应急管理局危化股　　解读人：侯××"];
    box.push("● 园区封闭化管理9月底前完成", "● 企业特殊作业全部实行电子作业票管理");
    const mined = mine([...ABOVE, ...box, "", "二、抓好复工复产检查", ...REST]);
    for (const line of box) expect(removalReason(mined.removed, line)).toBe("政策解读框");
  });

  it("keeps a speech's sentences under a 【解读】 head over its own section, with no credit under the head", () => {
    const own = ["【解读】变化一：主要负责人的责任更重了", SITUATION];
    const page = [...ABOVE, ...own, "", "解读人：市应急管理局副局长　林志远", "", "二、抓好复工复产检查", ...REST];
    for (const line of own) expect(texts(page)).toContain(line);
  });
});

describe("an enterprise site's counter of safe days in a sidebar's shapes", () => {
  it("removes a counter framed by diamonds, or set off by a bar", () => {
    for (const counter of ["◆ 安全运行 ◆ 1286 天", "安全生产天数 ▏1286天"])
      expect(removalReason(mine([...withLine(counter), ...REST]).removed, counter)).toBe("网站页眉页脚");
  });

  it("keeps a speech's figure of safe days after a colon", () => {
    const own = "安全生产天数：1286天";
    expect(texts([...withLine(own), ...REST]).join("")).toContain(own);
  });
});
