import { describe, expect, it } from "vitest";
import { COUNTY_CHECK, COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST } from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";
import { mineText } from "../../lib/mining/text-pipeline";

// A speech's own words next to the marks a draft, a scan, a site's side bar or an OA notice leaves (set 116's and
// 119's kinds): the mark goes where its shape is sure, the speech's text stays whole where it is not. Pages in the
// shapes of an outside review's probes (a comment anchored at a paragraph's first word, a comment that speaks of
// deleting, a comment's head whose words are listed elsewhere, a speech on seals, a tank's 返回顶部平台, an office
// named in the speech's own sentence, a point of two sentences in a wrapped booklet, units' signed statements).

const joined = (page: string[]) => textsOf(page).join("\n");
const withLines = (...lines: string[]) => [...COUNTY_SPEECH_HEAD, ...lines, ...COUNTY_SPEECH_REST];
const SITUATION =
  "今年1至4月，全县共发生生产安全事故9起、死亡5人，同比分别下降18.2%和16.7%，但道路交通和建筑施工领域事故占比仍在七成以上，形势不容乐观。";

describe("a draft's comment at a paragraph's start", () => {
  it("cuts the head of a comment anchored at an indented paragraph's first word, and keeps the paragraph", () => {
    const text = joined(withLines(`　　[批注1: 刘晓雯 2024-05-29 16:40] 数字已与应急局月报核对。${SITUATION}`));
    expect(text).toContain(SITUATION);
    expect(text).not.toContain("刘晓雯");
  });

  it("keeps an unindented paragraph that runs on past a remark after the head", () => {
    const text = joined(withLines(`[批注2: 王建军 2024-05-29 17:05] 这里补了尾矿库。${SITUATION}`));
    expect(text).toContain(SITUATION);
    expect(text).not.toContain("王建军");
  });
});

describe("a draft's comment that speaks of deleting a paragraph", () => {
  const OWN = "6月25日，公司工会还要组织一次安全知识竞赛，每个分厂至少报两个队，获奖队伍由公司给予表彰奖励。";
  for (const comment of [
    "[批注5: 刘晓雯 2024-05-31 08:30] 上一稿竞赛这段删掉了，孙总今天说要保留，已加回，请审核。",
    "[批注1: 龚晓燕 2024-01-08 10:20] 这段删掉的话，后面就没有由头了，建议保留，只把人名去掉。",
    "批注（法规科王科长）：本段删去“一律”二字，其余保留。",
    "[批注3: 何丽 2024-05-30] 竞赛这段删掉。",
  ])
    it(`keeps the paragraph above ${comment.slice(0, 12)}…, and drops the comment`, () => {
      const text = joined(withLines(OWN, comment));
      expect(text).toContain(OWN);
      expect(text).not.toContain(comment.slice(-8));
    });

  it("keeps the closing paragraph above a list of comments", () => {
    const closing = "同志们，安全生产没有旁观者。希望大家回去以后抓紧行动，确保全镇安全生产形势持续稳定。";
    const page = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST.slice(0, -1), closing];
    page.push("", "[批注1: 胡雅琴 2024-03-04 15:20] 这段删掉吧，和开头重复了，结尾用书记上次的提法。");
    expect(joined(page)).toContain(closing);
  });
});

describe("a draft's comment inside a paragraph", () => {
  it("cuts only the head when its words are listed elsewhere, and the list's entries", () => {
    const page = withLines(
      "去年，全县共发生各类生产安全事故21起[批注1: 刘晓雯 2024-02-20 09:10]、死亡9人，同比分别下降16%和25%。",
      "去年9月，白沙镇一家砖厂发生机械伤害事故[批注2: 王强 2024-02-20 09:35]造成1人死亡；11月，又是1人死亡。",
    );
    page.push("", "批注：", "[批注1]: 刘晓雯：与应急局年报核对，是21起。", "[批注2]: 王强：建议不点名。");
    const text = joined(page);
    expect(text).toContain("21起、死亡9人，同比");
    expect(text).toContain("机械伤害事故造成1人死亡；");
    expect(text).not.toContain("刘晓雯");
    expect(text).not.toContain("建议不点名");
  });

  it("cuts only the head where nothing shows where its words end", () => {
    const text = joined(
      withLines(
        "去年咱们厂出了7起轻伤事故[批注1: 刘晓雯 2024-05-27 16:40] 数字待核实工伤医疗和停工损失加起来花了60多万元，都是老毛病。",
        "进砂斗清理，必须先检测、后作业[批注3: 王建军 2024-05-27 17:10] 补充监护要求外面必须有人监护，发现一次罚一次。",
        "重点盯住三个地方[批注4: 王建军 2024-05-27 17:12]：熔炼炉周边、砂处理的受限空间、天然气管道。",
        "安全这根弦[批注5: 王建军 2024-05-27 17:15]请大家记住：一刻也不能松，侥幸一次也不行。",
      ),
    );
    expect(text).toContain("安全这根弦请大家记住：一刻也不能松，侥幸一次也不行。");
    expect(text).toContain("工伤医疗和停工损失加起来花了60多万元，都是老毛病。");
    expect(text).toContain("外面必须有人监护，发现一次罚一次。");
    expect(text).toContain("重点盯住三个地方：熔炼炉周边、砂处理的受限空间、天然气管道。");
    expect(text).not.toContain("王建军");
  });

  it("cuts a study note held inside its bracket at the bracket", () => {
    const text = joined(
      withLines("去年同比分别下降16%和25%【批注1：连续两年“双下降”】连续第六年没有发生较大以上事故。但是问题不少。"),
    );
    expect(text).toContain("25%连续第六年没有发生较大以上事故。");
    expect(text).not.toContain("双下降");
  });

  it("cuts a Word comment's anchor the page lists as 批注 [ZH1]: …, and the entry", () => {
    const page = withLines("深基坑要落实第三方监测[ZH1]，塔吊安装拆卸必须由有资质的单位实施。");
    page.push("", "批注 [ZH1]: 郑海波 2024-04-08 09:12 第三方监测单位名单由质安站提供，请各项目部及时对接落实。");
    const text = joined(page);
    expect(text).toContain("第三方监测，塔吊");
    expect(text).not.toContain("郑海波");
  });
});

describe("an office's name and a classification word in the speech's own sentence", () => {
  it("keeps them where they run on in the sentence, the office named at a line's start elsewhere", () => {
    for (const [own, line] of [
      ["凡是标注集团公司内部资料的文件，一律不得上传到外网和个人网盘。", "集团公司安全生产委员会"],
      ["请大家会后认真研究，清单由县政府办会后收回，不得复印、拍照。", "县政府办公室　　　　2024年2月27日印发"],
      ["执法检查中掌握的技术资料，县应急管理局仅限内部使用，任何人不得泄露。", "县应急管理局局长　马兴华"],
    ]) {
      const page = withLines(own!);
      page.push("", line!);
      expect(joined(page)).toContain(own);
    }
  });

  it("cuts an office's spaced mark the copy set in brackets, the brackets with it", () => {
    const page = withLines("查出的问题建立台账，整改一个（青石镇党政办 内部资料）销号一个。");
    page.push("", "青石镇党政办公室　　2024年5月21日印");
    expect(joined(page)).toContain("整改一个销号一个。");
  });
});

describe("a site's side bar and a scan's seal next to a speech's own words", () => {
  it("keeps 返回顶部 and 回到顶部 a speech on tanks says", () => {
    const own = [
      "作业人员完成浮盘检查后返回顶部平台，未经气体复测就打开量油孔，险些引发闪爆。",
      "有的人员中途离开罐内，不办手续就回到顶部继续作业。",
    ];
    const text = joined(withLines(...own));
    for (const t of own) expect(text).toContain(t);
  });

  it("cuts a side bar's buttons parted by bars", () => {
    const text = joined(withLines("总务科要开展一次全面检查，在线咨询|预约挂号|返回顶部7月底前完成全部整改。"));
    expect(text).toContain("全面检查，7月底前完成全部整改。");
  });

  it("keeps the seals a speech on seals names in its brackets and after its verbs", () => {
    const own = [
      "刻制的【公章】【财务专用章】一律通过公章治安管理信息系统备案，对未经备案私刻【公章】的，一律依法从严查处。",
      "落款处一律加盖[印章]，自查报告须由主要负责人签字并加盖〔公章〕后报治安大队。",
    ];
    const text = joined(withLines(...own));
    for (const t of own) expect(text).toContain(t);
  });
});

describe("a booklet wrapped at a fixed width, its points opening with 要", () => {
  const lines = (text: string) => text.match(/.{1,28}/g)!;
  const point = [
    "要加强监测预警。县气象局、县水利局要加密雨情水情监测，预",
    "警信息必须第一时间发送到乡镇、村组和每个防汛责任人手中。",
    "要做到预警信息直达一线，每个村都要有专人负责接收，夜间也",
    "要有人值守，确保信息传得下去。",
  ];
  const tasks = [
    "要立即开展汛前安全大检查，各乡镇、各部门要对水库大坝、河道堤防、山洪灾害危险区和在建工地开展全面排查，对发现的隐患实行挂牌督办。",
    "要做好转移避险准备，各乡镇要逐村逐户明确转移对象、转移路线和安置地点，危险区域人员要第一时间转移到位。",
    "要抓好水库安全度汛，27座小型水库要逐一落实行政、技术、巡查三个责任人，汛期严格按照汛限水位运行。",
  ];

  it("keeps a point's two sentences together where its second opens a full line with 要", () => {
    const page = ["在全县防汛工作会议上的讲话", "同志们：", ...lines(tasks[0]!), ...point];
    page.push(...lines(tasks[1]!), ...lines(tasks[2]!), ...lines(COUNTY_CHECK));
    expect(textsOf(page)).toContain(point.join(""));
  });
});

describe("units' statements a notice prints after its own signature", () => {
  it("leaves a statement's own signature to the statement", () => {
    const statement = (unit: string, body: string) => [
      "在全市安全生产工作会议上的发言",
      unit,
      "同志们：",
      `　　${body}`,
      "　　下一步，我们将认真贯彻落实这次会议精神，推动安全生产形势持续稳定向好。",
      unit,
      "2024年3月5日",
      "",
    ];
    const page = [
      "关于印发全市安全生产工作会议交流发言材料的通知",
      "各县区安委办，市安委会各成员单位：",
      "　　3月5日，市政府召开全市安全生产工作会议，4个单位作了交流发言。现将交流发言材料印发给你们，供学习借鉴。",
      "",
      "市安全生产委员会办公室",
      "2024年3月8日",
      "",
      ...statement("青川县人民政府", "近年来，青川县坚持把安全生产摆在突出位置，全县连续五年没有发生较大以上事故。"),
      ...statement("市住房和城乡建设局", "去年以来，市住建局扎实开展专项整治，建筑施工事故起数同比下降25%。"),
    ];
    const removed = mineText(page.join("\n")).removed;
    expect(removed.filter((r) => r.reason === "印发通知的落款")).toEqual([]);
  });
});
