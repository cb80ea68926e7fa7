import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { docxBodyLines, wParagraph as p, wRow as row, wTable as table } from "../testing/docx-body";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineLines } from "./text-pipeline";

// Guards for the rules of sets 68 and 69, each written after an outside review of b39f9eb found the damage it names
// (each test fails on that commit): a speech's own lines in another script, its tables of codes, its ▲ list, its
// method abbreviations, a wrapped figure, and a forum answer's title and closing slogan.

describe("a speech's own lines in another script", () => {
  const CLOSING = "同志们，安全生产责任重于泰山，希望大家以高度负责的态度，扎实抓好各项工作。";
  it("keeps its greeting, slogans beside their Chinese and thanks when the page prints nothing else in that script", () => {
    const page = [
      COUNTY_TITLE,
      "ھۆرمەتلىك دېھقانلار!",
      "各位乡亲、同志们：",
      COUNTY_OPENING,
      "一、冬季取暖要防中毒",
      COUNTY_SITUATION,
      "ئىس زەھەرلىنىشتىن ساقلىنايلى",
      "炉子要装烟筒，睡前要开窗。",
      "二、骑车要戴头盔",
      COUNTY_CHECK,
      "قالپاق كىيىپ ماڭايلى",
      "不戴头盔不上路。",
      COUNTY_DUTY,
      "توك ۋە گازنى بىخەتەر ئىشلىتەيلى",
      "用电用气要规范。",
      CLOSING,
      "رەھمەت!",
      "谢谢大家！",
    ];
    const texts = textsOf(page);
    for (const line of ["ئىس زەھەرلىنىشتىن ساقلىنايلى", "قالپاق كىيىپ ماڭايلى", "رەھمەت!"])
      expect(texts).toContain(line);
  });

  it("keeps the speaker's greeting and thanks on a page with the site's chrome in that script", () => {
    const chrome = [
      "연변뉴스　延边新闻",
      "홈　|　뉴스　|　정무",
      "현재 위치: 홈 > 뉴스",
      "입력: 2025-09-05　|　편집: 김민",
    ];
    const page = [...chrome, COUNTY_TITLE, "同志们：", "여러분 안녕하십니까!", COUNTY_OPENING, COUNTY_SITUATION];
    const texts = textsOf([...page, COUNTY_CHECK, COUNTY_DUTY, CLOSING, "감사합니다!", "谢谢大家！"]);
    expect(texts).toEqual(expect.arrayContaining(["여러분 안녕하십니까!", "감사합니다!"]));
  });
});

describe("a speech's own tables in a .docx", () => {
  it("keeps a column of standards' numbers and of equipment models", () => {
    const standards = table(
      row("标准名称", "标准编号"),
      row("危险化学品企业特殊作业安全规范", "GB 30871-2022"),
      row("危险化学品重大危险源辨识", "GB 18218-2018"),
      row("企业安全生产标准化基本规范", "GB/T 33000-2016"),
    );
    const models = table(row("四合一气体检测仪", "MSA Altair 4XR"), row("正压式空气呼吸器", "Dräger PSS 3000"));
    const body = [
      p(COUNTY_TITLE),
      p("同志们："),
      p(COUNTY_OPENING),
      standards,
      p(COUNTY_CHECK),
      models,
      p(COUNTY_CLOSING),
    ];
    const texts = mineLines(docxBodyLines(body))
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    for (const code of ["GB 30871-2022", "GB 18218-2018", "GB/T 33000-2016", "MSA Altair 4XR", "Dräger PSS 3000"])
      expect(texts).toContain(code);
  });
});

describe("a speech's own lines that look like a reading page's or a photo's", () => {
  it("keeps a list of methods named by their letters (JHA工作危害分析法；SCL安全检查表法)", () => {
    const methods = ["JHA工作危害分析法；SCL安全检查表法", "HAZOP危险与可操作性分析；LOPA保护层分析"];
    const page = [...COUNTY_SPEECH_HEAD, "各企业要学会以下几种常用方法：", ...methods, ...COUNTY_SPEECH_REST];
    expect(textsOf(page).join("\n")).toContain("JHA工作危害分析法");
    expect(textsOf(page).join("\n")).toContain("LOPA保护层分析");
  });

  it("keeps a ▲ list of the month's events (…在人民广场举行, …同步举办)", () => {
    const events = ["▲6月3日，全县安全生产月启动仪式在人民广场举行", "▲6月16日，安全宣传咨询日活动在各乡镇同步举办"];
    const page = [...COUNTY_SPEECH_HEAD, "下面我把几项重点活动再强调一下：", ...events, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(expect.arrayContaining(events));
  });

  it("joins a wrapped paragraph's next line that opens with a figure (1.5小时内…)", () => {
    const page = [
      COUNTY_TITLE,
      "同志们：",
      "　　今年汛期我县降水总体偏多，出现极端强降雨的可能性较大，",
      "全县山洪危险区和地质灾害隐患点多达两百处，各村要提前准备。",
      "1.5小时内必须完成危险区群众的全部转移，2小时内把转移情况",
      "报县防指办，任何人不得以任何理由拖延，各村要把名单落实到户。",
      "　　各乡镇党政主要负责同志是本辖区防汛工作第一责任人，要靠前",
      "指挥、坐镇一线，县直各有关部门要各司其职、密切配合，形成合力。",
      "　　同志们，防汛工作责任重大，希望大家扎实做好各项工作，确保",
      "全县安全度汛，确保人民群众生命财产安全。谢谢大家！",
    ];
    const texts = textsOf(page);
    expect(texts.some((t) => t.includes("多达两百处，各村要提前准备。1.5小时内必须完成"))).toBe(true);
  });
});

describe("a forum answer", () => {
  const post = (author: string, floor: string, time: string, lines: string[]) => [
    author,
    floor,
    `发表于 ${time} | 只看该作者`,
    ...lines,
    "",
  ];

  it("keeps the answer's title and speaker set right under a quote of the request", () => {
    const page = [
      "【求助】求一篇安全生产工作会议上的领导讲话，急用！",
      ...post("小城文书", "楼主", "2025-3-1 10:02", ["领导下周要讲话，求各位老师帮忙，最好有数据。"]),
      ...post("老笔杆", "沙发", "2025-3-1 11:20", [
        "引用：小城文书 发表于 2025-3-1 10:02",
        "领导下周要讲话，求各位老师帮忙…",
        ...COUNTY_SPEECH_HEAD,
        ...COUNTY_SPEECH_REST,
      ]),
      ...post("路过的秘书", "板凳", "2025-3-1 12:05", ["谢谢分享"]),
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => [s.title, s.speaker])).toEqual([[COUNTY_TITLE, "县长×××"]]);
    expect(speeches[0]!.blocks[0]!.text).toBe(COUNTY_OPENING);
  });

  it("keeps a slogan closing the speech under its own rule, over the next post's author", () => {
    const slogan = "安全生产，警钟长鸣。防火防灾，人人有责。";
    const page = [
      ...post("老笔杆", "楼主", "2025-3-1 11:20", [
        ...COUNTY_SPEECH_HEAD,
        COUNTY_CHECK,
        COUNTY_DUTY,
        "——————————",
        slogan,
      ]),
      ...post("路过的秘书", "沙发", "2025-3-1 12:05", ["谢谢分享"]),
    ];
    expect(textsOf(page)).toContain(slogan);
  });
});

// Guards written after a second outside review, of dc2e939 (each test fails on that commit).
describe("what the second review found", () => {
  it("reads no outline into dated lines (9.1, 9.2, 9.3) that stand under no 9.", () => {
    const dates = ["9.1 启动百日攻坚行动", "9.2 召开全县调度会议", "9.3 开展联合执法检查"];
    const [head, rest] = [COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST];
    const speech = speechesOf([...head.slice(0, 4), ...dates, ...head.slice(4), ...rest])[0]!;
    expect(speech.blocks.filter((b) => b.kind === "heading").map((b) => [b.level, b.text])).toEqual([
      [1, "一、认清形势"],
      [1, "二、抓好排查"],
      [1, "三、压实责任"],
    ]);
  });

  it("joins a wrapped line that opens with a figure after a line cut mid-sentence (…必须在 / 2.5小时内…)", () => {
    // The reviewer's page, as written for this test.
    const page = [
      "在全县防汛抗旱工作会议上的讲话",
      "",
      "同志们：",
      "",
      "　　今天召开全县防汛抗旱工作会议，主要任务是分析研判今年汛期形",
      "势，安排部署防汛抗旱各项工作。刚才，县水利局通报了有关情况，我",
      "都同意，请大家认真抓好落实。下面，我讲几点意见。",
      "",
      "　　一、压实防汛责任",
      "",
      "　　各乡镇要严格落实以行政首长负责制为核心的防汛责任制，抢险队伍",
      "接到指令后必须在",
      "2.5小时内到达指定位置，各类物资要提前预置到位，确保关键时刻拉得",
      "出、用得上、打得赢。",
      "",
      "　　二、强化监测预警",
      "",
      "　　要密切关注天气变化，加强雨情水情监测，及时发布预警信息，做到",
      "预警到村、到户、到人，确保群众第一时间安全转移。",
      "",
      "　　同志们，防汛工作责任重大，让我们共同努力，坚决打赢防汛抗旱这",
      "场硬仗。",
    ];
    expect(textsOf(page).some((t) => t.includes("必须在2.5小时内到达指定位置"))).toBe(true);
  });

  it("keeps the speech's date line right above a reply's header that names no author", () => {
    // The reviewer's page, as written for this test.
    const page = [
      "安全生产论坛 » 讲话稿交流",
      "在全县安全生产工作会议上的讲话",
      "发表于 2024-5-27 11:47:10",
      "同志们：",
      "今天召开全县安全生产工作会议，主要任务是总结前一阶段工作，分析当前形势，安排部署下一步安全生产工作。",
      "一、清醒认识当前安全生产形势",
      "今年以来，全县各级各部门坚持人民至上、生命至上，扎实开展安全生产专项整治，事故总量持续下降，但是形势依然严峻复杂，一些深层次问题尚未根本解决。",
      "二、扎实抓好重点领域整治",
      "要聚焦道路交通、建筑施工、危险化学品、消防等重点行业领域，深入开展隐患排查整治，做到排查不留死角、整治不留隐患。",
      "同志们，安全生产只有起点没有终点。让我们以更加坚定的决心、更加有力的措施，坚决守牢安全底线。",
      "王建国",
      "2024年5月27日",
      "发表于 2024-5-28 09:12:33",
      "写得好，收藏了，谢谢楼主分享。",
    ];
    expect(speechesOf(page)[0]!.date).toBe("2024年5月27日");
  });

  it("keeps the poster's heading right under a quote in his later post", () => {
    // The reviewer's page, as written for this test.
    const page = [
      "安全生产论坛 » 讲话稿交流",
      "在全县安全生产工作会议上的讲话",
      "老秘书 发表于 2024-5-27 11:47:10",
      "同志们：",
      "今天召开全县安全生产工作会议，主要任务是总结前一阶段工作，分析当前形势，安排部署下一步安全生产工作。",
      "一、清醒认识当前安全生产形势",
      "今年以来，全县各级各部门坚持人民至上、生命至上，扎实开展安全生产专项整治，事故总量持续下降，但是形势依然严峻复杂，一些深层次问题尚未根本解决。",
      "二、扎实抓好重点领域整治",
      "要聚焦道路交通、建筑施工、危险化学品、消防等重点行业领域，深入开展隐患排查整治，做到排查不留死角、整治不留隐患。",
      "",
      "枫林小吏 发表于 2024-5-27 15:02:11",
      "楼主辛苦，后面还有吗？",
      "",
      "老秘书 发表于 2024-5-27 16:20:45",
      "引用：枫林小吏 发表于 2024-5-27 15:02",
      "楼主辛苦，后面还有吗？",
      "三、全面压实安全生产责任",
      "要严格落实党政同责、一岗双责、齐抓共管、失职追责，层层传导压力，确保各项责任落实到岗位、落实到人头。各乡镇党委政府要切实履行属地管理责任，主要负责同志要亲自研究、亲自部署、亲自督导，分管负责同志要靠前指挥、深入一线。",
      "各行业主管部门要按照管行业必须管安全、管业务必须管安全、管生产经营必须管安全的要求，切实履行监管职责，对本行业领域存在的突出问题要敢于较真碰硬，决不能睁一只眼闭一只眼。企业要切实落实主体责任，加大安全投入，健全管理制度，强化全员培训，真正做到安全责任、安全管理、安全投入、安全培训和应急救援“五到位”。",
      "同志们，安全生产只有起点没有终点。让我们以更加坚定的决心、更加有力的措施，坚决守牢安全底线。",
      "",
    ];
    const texts = textsOf(page);
    expect(texts).toContain("三、全面压实安全生产责任");
    expect(texts.some((t) => t.startsWith("要严格落实党政同责"))).toBe(true);
  });

  it("keeps a speaker's own line in another script before a heading, on a page with chrome in it", () => {
    // The reviewer's page, as written for this test.
    const page = [
      "홈페이지",
      "뉴스",
      "정무공개",
      "연변소식",
      "在全县安全生产工作会议上的讲话",
      "县长 金哲",
      "同志们：",
      "今天召开全县安全生产工作会议，主要任务是总结前一阶段工作，分析当前形势，安排部署下一步安全生产工作。",
      "一、清醒认识当前安全生产形势",
      "今年以来，全县各级各部门坚持人民至上、生命至上，扎实开展安全生产专项整治，事故总量持续下降，形势总体平稳。",
      "二、扎实抓好重点领域整治",
      "要聚焦道路交通、建筑施工、危险化学品、消防等重点行业领域，深入开展隐患排查整治，做到排查不留死角、整治不留隐患。安全是最大的民生，也是群众最朴素的心愿。",
      "안전은 생명입니다",
      "三、全面压实安全生产责任",
      "要严格落实党政同责、一岗双责、齐抓共管、失职追责，层层传导压力，确保各项责任落实到岗位、落实到人头。",
      "同志们，安全生产只有起点没有终点，让我们共同努力，坚决守牢安全底线。",
    ];
    expect(textsOf(page)).toContain("안전은 생명입니다");
  });
});
