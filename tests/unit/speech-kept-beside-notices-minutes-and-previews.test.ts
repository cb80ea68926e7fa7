import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Guards from an outside review of the rules for set 102 (each fails on baef48b): speech text next to a meeting's
// notice, a 会议纪要's decisions, a preview's end note, a summary's 全文 toggle and a copy note stays the speech's.
// Pages written for these tests.
const mined = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mined(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const joined = (lines: string[]) => texts(lines).join("\n");

const NOTICE = [
  "关于召开全区消防安全工作推进会的通知",
  "",
  "各街道办事处，区直有关部门：",
  "",
  "经区政府同意，定于2024年4月10日召开全区消防安全工作推进会。现将有关事项通知如下：",
  "",
  "一、会议时间：4月10日下午2:30",
  "二、会议地点：区行政中心五楼会议室",
  "三、参会人员：各街道分管负责同志，区直有关部门主要负责同志",
  "",
  "特此通知。",
  "",
  "区人民政府办公室",
  "2024年4月8日",
  "",
];
const MAIN_SPEECH = [
  "在全区消防安全工作推进会上的讲话",
  "区长 陈卫东",
  "",
  "同志们：",
  "",
  "今天召开全区消防安全工作推进会，主要是通报一季度火灾形势，部署下一阶段消防安全重点工作。下面，我讲两点意见。",
  "",
  "一、认清当前火灾防控形势",
  "",
  "一季度全区共发生火灾32起，同比上升，其中电动自行车火灾占到三成以上，群租房、老旧小区的消防隐患仍然比较突出。",
  "",
  "二、抓实重点场所隐患整治",
  "",
  "要聚焦群租房、小餐饮、电动自行车充电场所，组织街道和消防救援站联合检查，发现隐患当场督促整改，整改不了的依法查封。",
  "",
  "同志们，消防安全责任重大。希望大家守土尽责，坚决防范较大以上火灾事故发生！",
];

describe("a leader's short words after a meeting's notice", () => {
  const remarks =
    "今天这个会很重要，我先说几句。消防安全关系群众生命财产安全，各街道各部门一定要把思想统一到区委区政府的部署上来。";

  it("stay once the notice's lines through its signature and date are gone", () => {
    const all = joined([...NOTICE, "区委书记 张国强 讲话", "", remarks, "", ...MAIN_SPEECH]);
    expect(all).toContain(remarks);
    expect(all).not.toContain("现将有关事项通知如下");
    expect(all).not.toContain("特此通知");
  });

  it("so does a host's opening under the notice", () => {
    const opening = "下面进行第一项议程，请区消防救援大队大队长刘强同志通报一季度全区火灾情况。";
    const all = joined([...NOTICE, "主持人：区委常委、副区长 吴敏", "", opening, "", ...MAIN_SPEECH]);
    expect(all).toContain(opening);
    expect(all).not.toContain("一、会议时间");
  });
});

describe("a 会议纪要's decisions column", () => {
  const head = ["区城管局2024年第5次局务会议纪要", "", "【领导讲话】", "", "局长 何建平", "", "同志们：", ""];
  const words = [
    "今天召开局务会议，专题研究燃气安全工作。入冬以来燃气使用量大，各科室要提前谋划，把隐患消灭在萌芽状态。",
    "",
    "一要抓好餐饮场所排查。对全区餐饮单位燃气管线、报警装置逐户检查，建立台账。",
    "",
  ];
  const items = ["1．成立燃气安全专项整治工作组，由何建平同志任组长。", "2．各科室于11月底前完成辖区排查。"];
  const second =
    "刚才何局长作了全面部署，我都同意。我再补充两点：一是各执法中队要把检查计划在本周五前报局办公室；二是对拒不整改的商户要依法从严处理。";

  it("ends at the first line that is no item: a second leader's words after it stay", () => {
    for (const by of ["分管副局长 钱芳 在会上作补充讲话", "钱芳副局长："]) {
      const all = joined([...head, ...words, "【会议决定】", "", ...items, "", by, "", second]);
      expect(all).toContain(second);
      for (const line of items) expect(all).not.toContain(line);
    }
  });

  const numbered = [
    "区安委会2024年第二次全体会议纪要",
    "",
    "一、会议概况",
    "",
    "2024年6月3日，区长陈卫东主持召开区安委会全体会议。现将会议主要内容纪要如下。",
    "",
    "二、领导讲话",
    "",
    "在区安委会全体会议上的讲话",
    "区长 陈卫东",
    "",
    "同志们：",
    "",
    "今天召开区安委会全体会议，主要是部署汛期安全生产工作。下面，我讲几点意见。",
    "",
    "一、要压实防汛责任。各成员单位要把防汛责任落实到岗位、落实到人，坚决克服麻痹思想。",
    "",
    "同志们，汛期安全责任重于泰山，希望大家切实担起责任，确保安全度汛。",
    "",
  ];
  const decided = [
    "1．六月底前完成全区地下空间防倒灌设施检查，由区住建局牵头。",
    "2．建立汛期每日会商制度，由区应急局负责。",
  ];

  it("is the minutes' in its numbered and bare forms too (三、议定事项 / 会议议定事项：)", () => {
    for (const label of ["三、议定事项", "会议议定事项："]) {
      const all = joined([...numbered, label, "", ...decided]);
      expect(all).toContain("同志们，汛期安全责任重于泰山，希望大家切实担起责任，确保安全度汛。");
      expect(all).not.toContain(label);
      for (const line of decided) expect(all).not.toContain(line);
    }
  });

  it("but a speech's own 决定事项 heading over prose stays", () => {
    const own = "会议决定事项：";
    const prose = "经研究，这次会议决定在全区开展为期三个月的燃气安全专项整治，各街道要抓紧制定实施方案。";
    const all = joined([...numbered, own, "", prose]);
    expect(all).toContain(prose);
  });
});

describe("a count of what is left, in a speech's sentence", () => {
  const speech = [
    "在全县老旧小区改造工作推进会上的讲话",
    "县住建局局长 孙立",
    "",
    "同志们：",
    "",
    "今天召开推进会，主要是通报改造进度，部署下一步工作。截至目前，全县已完成改造小区42个，补助资金已拨付六成。",
    "",
    "剩余40%的补助资金，待项目竣工验收后拨付，各街道要及时登录平台填报验收材料。",
    "",
    "同志们，老旧小区改造是民生实事，希望大家加快进度，确保年底前全面完工！",
  ];

  it("is no preview's end note", () => {
    expect(texts(speech)).toContain("剩余40%的补助资金，待项目竣工验收后拨付，各街道要及时登录平台填报验收材料。");
  });

  it("while a preview's note still goes", () => {
    const page = [...speech.slice(0, 7), "……（试读结束，本篇剩余约2600字，开通VIP会员查看全文）"];
    expect(joined(page)).not.toContain("试读结束");
  });
});

describe("a preview's end note set into a sentence", () => {
  const page = [
    "在全县防汛工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今天召开全县防汛工作会议，主要任务是分析汛期形势，安排部署防汛工作。今年汛期我县降雨偏多，形势不容乐观。",
    "",
    "各乡镇要立即组织力量，对辖区内的山塘、堤防、地质灾害隐患点开展一次拉网式排查，",
    "（试读结束，本篇剩余约3100字，开通VIP会员查看全文）",
    "对排查出的问题，要逐一建立台账，明确整改时限，确保主汛期前全部整改到位。",
    "",
    "同志们，防汛工作责任重大，希望大家以对人民高度负责的态度抓好各项工作！",
  ];

  it("the sentence runs on across it when the text goes straight on", () => {
    expect(texts(page)).toContain(
      "各乡镇要立即组织力量，对辖区内的山塘、堤防、地质灾害隐患点开展一次拉网式排查，对排查出的问题，要逐一建立台账，明确整改时限，确保主汛期前全部整改到位。",
    );
  });
});

describe("a 全文 toggle inside the speech under a summary's label", () => {
  const page = (toggle: string) => [
    "在集团2024年安全生产工作会议上的讲话",
    "总经理 韩涛",
    "导读：",
    "集团总经理韩涛在2024年安全生产工作会议上的讲话，要求各单位牢固树立安全发展理念。",
    "各位同事：",
    "今天召开集团安全生产工作会议，主要是总结去年工作，部署今年任务。去年集团实现安全生产零事故，成绩来之不易。",
    "今年集团安全工作要突出抓好三件事：",
    "一是全员安全培训。每名员工全年培训不少于24学时，培训考核不合格的不得上岗。",
    "二是隐患排查治理。各单位每周自查一次，集团每月抽查一次，发现隐患限期整改。",
    toggle,
    "各单位要把今天会议的要求传达到每一名员工。",
  ];

  it("does not make the salutation and the speech's opening a summary", () => {
    for (const toggle of ["全文", "【全文】"]) {
      const all = joined(page(toggle));
      expect(all).toContain(
        "今天召开集团安全生产工作会议，主要是总结去年工作，部署今年任务。去年集团实现安全生产零事故，成绩来之不易。",
      );
      expect(all).toContain("每名员工全年培训不少于24学时，培训考核不合格的不得上岗。");
    }
  });
});

describe("a paragraph lacking its stop, a copy note under it", () => {
  const page = (between: string[]) => [
    "在全市教育系统安全工作会议上的讲话",
    "市教育局局长 郑华",
    "",
    "各位校长、同志们：",
    "",
    "今天我们召开全市教育系统安全工作会议，主要任务是部署秋季开学校园安全工作，确保师生平安",
    ...between,
    "要全面排查校舍、食堂、宿舍等重点部位，建立问题台账，明确整改责任人和整改时限。",
    "",
    "同志们，校园安全关系千家万户。让我们共同努力，为孩子们营造安全健康的成长环境！",
  ];

  it("is a paragraph of its own on a page of one line a paragraph", () => {
    for (const between of [
      ["", "【某某文稿网原创，转载请注明出处】"],
      ["【某某文稿网原创，转载请注明出处】"],
      ["【某某文稿网原创，转载请注明出处】", ""],
    ]) {
      const kept = texts(page(between));
      expect(kept).toContain("要全面排查校舍、食堂、宿舍等重点部位，建立问题台账，明确整改责任人和整改时限。");
    }
  });
});
