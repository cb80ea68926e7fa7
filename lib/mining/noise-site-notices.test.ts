import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 75's: a site's 政策解读 and 媒体聚焦 under the speech, a file's
// 注释 block, a course handout's 【评析】.

describe("a site's section under the speech", () => {
  it("drops a 政策解读 with its questions and answers", () => {
    const reading = [
      "政策解读",
      `《${COUNTY_TITLE}》政策解读`,
      "解读机关：县应急管理局　　发布时间：2025-02-21",
      "一、会议召开的背景是什么？",
      "2月18日，县政府召开全县安全生产工作会议，对今年安全生产工作作出全面部署。",
      "二、今年重点抓哪些工作？",
      "会议明确，今年上半年集中开展安全生产治本攻坚行动，聚焦燃气、道路交通等重点领域。",
    ];
    const speeches = speechesOf([...COUNTY_SPEECH, "", ...reading]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a 媒体聚焦 of other papers' headlines and leads", () => {
    const focus = [
      "媒体聚焦",
      "滨江日报：老旧小区换管忙 居民用气更安心",
      "记者走访发现，城东片区的燃气管道改造已完工过半。",
    ];
    expect(textsOf([...COUNTY_SPEECH, "", ...focus])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a second speech that follows such a section", () => {
    const second = [
      "在全县燃气安全专项整治会议上的讲话",
      "同志们：",
      COUNTY_OPENING,
      COUNTY_CHECK,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    const speeches = speechesOf([...COUNTY_SPEECH, "", "相关报道", "全县部署燃气安全专项整治", "", ...second]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE, "在全县燃气安全专项整治会议上的讲话"]);
  });
});

describe("a file's notes after the speech", () => {
  it("drops the 注释 block whose marks the text dropped", () => {
    const notes = [
      "注释：",
      "①“三管三必须”：管行业必须管安全、管业务必须管安全、管生产经营必须管安全。",
      "②治本攻坚三年行动：指2024—2026年的三年行动。",
    ];
    expect(textsOf([...COUNTY_SPEECH, "", ...notes])).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a course handout's 【评析】", () => {
  it("drops the analysis under its label, its 一是…二是… read as no headings", () => {
    const handout = [
      "【例文】",
      ...COUNTY_SPEECH,
      "【评析】",
      "一是结构清晰。全文三个部分层层递进。",
      "二是数据具体。用数字说话，增强说服力。",
    ];
    expect(textsOf(handout)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a template site's notes on the piece", () => {
  const placeholder =
    "各乡镇要对××、××等重点场所开展一次全覆盖排查，由×××同志牵头，X月X日前建立隐患台账，实行闭环管理。";
  const speech = [...COUNTY_SPEECH_HEAD, "二、抓好排查", placeholder, ...COUNTY_SPEECH_REST.slice(2)];
  const blocks = [
    COUNTY_OPENING,
    "一、认清形势",
    COUNTY_SITUATION,
    "二、抓好排查",
    placeholder,
    ...COUNTY_SPEECH_REST.slice(2),
  ];

  it("drops a 使用说明 box of numbered notes between the page's headline and the speech", () => {
    const head = [
      "公文范文网 - 免费公文写作平台",
      "当前位置：首页 > 讲话稿 > 正文",
      "",
      "××县安全生产工作会议领导讲话稿（通用模板）",
      "发布时间：2025-03-02　浏览：8812次",
      "",
      "【使用说明】",
      "1. 本文为通用范文，文中“×××”“××乡镇”处请按本地实际修改。",
      "2. 全文约1800字，讲话时长约9分钟，可视会议时间压缩第二部分。",
      "3. 本文仅供写作参考，请勿整篇照搬。",
      "",
    ];
    const speeches = speechesOf([...head, ...speech.flatMap((t) => [t, ""])]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(blocks);
  });

  it("drops a 范文说明 box under the speech", () => {
    const box = ["范文说明：", "① 本文仅供写作参考，请勿整篇照搬。", "② 文中数据均为示例，使用时请替换。"];
    expect(textsOf([...speech, "", ...box])).toEqual(blocks);
  });

  it("keeps a speech's numbered points under a label that speak of the work, not of the text", () => {
    const points = [
      "使用说明：",
      "1. 本次发放的应急包每户一个，由村委会登记造册。",
      "2. 文中所列物品要定期检查，过期的及时更换。",
      "3. 各乡镇要在月底前把应急包发放到户。",
    ];
    const page = [...COUNTY_SPEECH_HEAD, ...points, ...COUNTY_SPEECH_REST];
    expect(textsOf(page).join("\n")).toContain("本次发放的应急包每户一个");
  });
});

// Guards written after an outside review of ab3e50f (each test fails on that commit); the pages are the reviewer's,
// written for these tests.
describe("what the review of the sections' rules found", () => {
  it("keeps a 表态发言 without a salutation after a 相关报道 section", () => {
    const page = [
      "在全县安全生产工作会议上的讲话",
      "县长　王建国",
      "同志们：",
      "今天召开全县安全生产工作会议，主要是总结去年工作，部署今年任务。刚才，县应急管理局通报了全县安全生产情况，我完全同意。",
      "一、清醒认识当前形势",
      "去年全县安全生产形势总体平稳，但道路交通、建筑施工领域事故仍有发生，个别企业安全投入不足，隐患整改不彻底。",
      "二、扎实开展隐患排查",
      "各乡镇、各部门要对辖区内危化品企业、在建工地、人员密集场所逐一排查，建立问题清单，实行销号管理，确保隐患动态清零。",
      "三、严格落实安全责任",
      "各级党政主要负责同志要切实扛起第一责任人责任，行业主管部门要按照管行业必须管安全的要求，把监管责任落到实处。",
      "同志们，安全生产只有起点没有终点。希望大家守土有责、守土尽责，坚决防范遏制重特大事故发生。谢谢大家！",
      "",
      "相关报道",
      "我县召开安全生产工作会议部署全年工作",
      "",
      "在全县安全生产工作会议上的表态发言",
      "县交通运输局局长　李明",
      "按照会议安排，我代表县交通运输局作表态发言。今年，我局将坚决贯彻县委、县政府决策部署，全力抓好道路运输安全。",
      "一是强化源头管控。严格客货运企业准入，对重点车辆动态监控实现全覆盖，严查超员超载、疲劳驾驶等违法行为。",
      "二是深化隐患治理。对农村公路临水临崖路段开展专项排查，年内完成安防设施改造一百二十公里。",
      "三是压实企业责任。督促运输企业落实全员安全生产责任制，对责任不落实的企业依法依规严肃处理。",
      "我们将以更加有力的举措，确保全县道路运输安全形势持续稳定。",
    ];
    expect(speechesOf(page).map((s) => s.title)).toContain("在全县安全生产工作会议上的表态发言");
  });

  it("keeps a main title over its ——subtitle after a 延伸阅读 section", () => {
    const page = [
      "在全县森林防灭火工作会议上的讲话",
      "副县长　赵志刚",
      "同志们：",
      "今天召开全县森林防灭火工作会议，主要任务是安排部署今冬明春森林防灭火工作。",
      "一、认清严峻形势",
      "今冬明春我县降水偏少、气温偏高，林下可燃物大量积累，祭祀用火、农事用火增多，森林火险等级持续偏高。",
      "二、抓实火源管控",
      "各乡镇要在进山路口设卡值守，严禁携带火种进山，对野外违规用火行为发现一起、查处一起。",
      "同志们，森林防灭火责任重大，各级各部门务必绷紧这根弦，确保不发生重大森林火灾。谢谢大家！",
      "",
      "延伸阅读",
      "我县开展森林防火宣传进村入户活动",
      "",
      "坚守安全底线　护航绿水青山",
      "——在全县森林防灭火工作会议上的讲话",
      "县应急管理局局长　孙海涛",
      "同志们：",
      "刚才，赵县长对全县森林防灭火工作作了全面部署，讲得很具体、很深刻，我们要认真抓好落实。",
      "一、强化监测预警",
      "要充分发挥视频监控和护林员巡护作用，做到火情早发现、早报告、早处置。",
      "同志们，让我们以高度负责的态度，全力守护好全县森林资源安全。",
    ];
    expect(speechesOf(page).map((s) => s.title)).toContain(
      "坚守安全底线护航绿水青山——在全县森林防灭火工作会议上的讲话",
    );
  });

  it("keeps a second speech's head under a notice set right above it", () => {
    const page = [
      "在全县安全生产工作会议上的讲话",
      "县长　王建国",
      "同志们：",
      "今天召开全县安全生产工作会议，主要是总结去年工作，部署今年任务。",
      "一、清醒认识当前形势",
      "去年全县安全生产形势总体平稳，但道路交通、建筑施工领域事故仍有发生，个别企业安全投入不足。",
      "二、严格落实安全责任",
      "各级党政主要负责同志要切实扛起第一责任人责任，行业主管部门要把监管责任落到实处。",
      "同志们，安全生产只有起点没有终点。希望大家守土有责、守土尽责。谢谢大家！",
      "【通知公告】关于开展安全生产月活动的通知",
      "在全县安全生产工作会议上的总结讲话",
      "县委副书记　陈立新",
      "同志们：",
      "刚才，王县长对全县安全生产工作作了全面部署，我完全赞同，请大家认真抓好落实。",
      "下面，我再强调两点意见。",
      "一是要提高站位。安全生产是发展的底线，任何时候都不能放松。",
      "二是要狠抓落实。各乡镇各部门要对照会议部署，逐项细化措施，确保各项任务落地见效。",
    ];
    expect(speechesOf(page).map((s) => s.title)).toContain("在全县安全生产工作会议上的总结讲话");
  });

  it("keeps a speech's own notes above its last closing", () => {
    const page = [
      "在全县安全生产工作会议上的讲话",
      "县长　王建国",
      "同志们：",
      "今天召开全县安全生产工作会议，主要是总结去年工作，部署今年任务。",
      "一、清醒认识当前形势",
      "同志们，去年全县共发生生产安全事故十八起、死亡十二人，事故起数和死亡人数同比分别下降百分之十和百分之七点七。",
      "注：",
      "①事故起数含道路交通事故，不含农业机械事故。",
      "②死亡人数以县应急管理局统计数据为准。",
      "二、严格落实安全责任",
      "各级党政主要负责同志要切实扛起第一责任人责任，行业主管部门要把监管责任落到实处。",
      "同志们，安全生产只有起点没有终点。希望大家守土有责、守土尽责。谢谢大家！",
    ];
    expect(textsOf(page).join("\n")).toContain("死亡人数以县应急管理局统计数据为准");
  });

  it("keeps the title and speaker after a section on a double-spaced page", () => {
    const page = [
      "在全县防汛抗旱工作会议上的讲话",
      "",
      "县委书记　刘振华",
      "",
      "同志们：",
      "",
      "今天召开全县防汛抗旱工作会议，主要是分析研判今年汛期形势，安排部署防汛抗旱各项工作。",
      "",
      "一、立足防大汛抗大旱",
      "",
      "据气象部门预测，今年主汛期我县降水偏多，局地强降雨过程频繁，发生流域性洪水的可能性较大。",
      "",
      "二、抓好隐患排查整治",
      "",
      "各乡镇要对辖区内山塘水库、河道堤防、地质灾害隐患点进行拉网式排查，发现问题立即整改。",
      "",
      "同志们，防汛工作事关人民群众生命财产安全，大家务必以如履薄冰的态度抓好各项工作。",
      "",
      "政策解读",
      "",
      "一图读懂全县防汛抗旱工作会议精神",
      "",
      "在全县防汛抗旱工作会议上的工作部署",
      "",
      "（2025年5月12日）",
      "",
      "县水利局局长　周德明",
      "",
      "同志们：",
      "",
      "按照会议安排，下面我就今年防汛抗旱工作作具体部署。",
      "",
      "一、落实防汛责任",
      "",
      "各乡镇要逐库逐堤明确行政责任人、技术责任人和巡查责任人，并在醒目位置公示。",
      "",
      "二、加强值班值守",
      "",
      "汛期实行二十四小时领导带班和专人值班制度，确保信息畅通、指令直达。",
    ];
    expect(speechesOf(page).map((s) => s.title)).toContain("在全县防汛抗旱工作会议上的工作部署");
  });
});
