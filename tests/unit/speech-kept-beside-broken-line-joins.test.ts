import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Guards of the joining rules for a page broken at arbitrary points (rejoin-broken-lines.ts): they apply only where
// the page is seen to be broken so (many lines of prose stop inside a word), and there a one-sentence paragraph that
// announces the speech's parts or closes it, or is shorter than the page's lines, stays. On a page of one paragraph a
// line, a list's last item or a slogan without its stop, and a heading's short body line in a 提纲, stay apart.
// Pages written for these tests.
const mined = (lines: string[]) => mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks);
const texts = (lines: string[]) => mined(lines).map((b) => b.text);
const headings = (lines: string[]) =>
  mined(lines)
    .filter((b) => b.kind === "heading")
    .map((b) => b.text);

describe("a page of one paragraph a line", () => {
  const page = [
    "在全区2024年第四季度安全生产例会上的讲话",
    "区长　马国庆",
    "同志们：",
    "今天召开第四季度安全生产例会，主要是通报前三季度安全生产情况，安排部署年底前的重点工作。",
    "前三季度，全区安全生产形势总体平稳，这是各街道、各部门共同努力的结果。",
    "但是，在10月份的安全大检查中，我们也发现了不少问题。主要是：",
    "有的企业安全培训走过场，台账记录不全；",
    "有的出租房消防通道被杂物堵塞，应急照明损坏",
    "这些问题都是事故的苗头，各街道要立即组织整改，月底前报区安委办。",
    "一、抓好冬季消防安全",
    "这次冬季消防专项整治，区里确定了三个重点，具体分工是，",
    "出租房整治，各街道办事处牵头",
    "九小场所整治，区消防救援大队牵头",
    "各牵头单位要在一周内拿出具体方案，报区安委办备案。",
    "从排查情况看，冬季火灾隐患主要有以下几类，",
    "电动自行车违规停放充电、飞线充电",
    "紧盯重点场所　严防火灾事故",
    "各街道要对辖区内的出租房、小作坊逐户开展检查，发现问题立即整改。",
    "二、抓好年底安全责任落实",
    "各部门主要负责同志要亲自部署、亲自检查，对工作不力的要严肃问责。",
    "我们的工作要求是，",
    "早部署、早检查、早整改，不留死角、不留盲区",
    "同志们，岁末年初安全工作责任重大。希望大家守土尽责，确保全区安全形势稳定。",
    "最后，我送大家一句话，",
    "安全连着你我他，平安幸福靠大家",
    "谢谢大家！",
  ];

  it("keeps a list's last item, a task list, a slogan and an unnumbered heading apart from what follows", () => {
    const kept = texts(page);
    expect(kept).toContain("这些问题都是事故的苗头，各街道要立即组织整改，月底前报区安委办。");
    expect(kept).toContain("九小场所整治，区消防救援大队牵头");
    expect(kept).toContain("各牵头单位要在一周内拿出具体方案，报区安委办备案。");
    expect(kept.join("\n")).not.toContain("应急照明损坏这些问题");
    expect(kept.join("\n")).not.toContain("充电紧盯重点场所");
    expect(kept).toContain("同志们，岁末年初安全工作责任重大。希望大家守土尽责，确保全区安全形势稳定。");
    expect(kept).toContain("谢谢大家！");
  });

  it("still joins a lead-in that stops at its comma to the line it introduces", () => {
    const kept = texts(page);
    expect(kept).toContain("我们的工作要求是，早部署、早检查、早整改，不留死角、不留盲区");
    expect(kept).toContain("最后，我送大家一句话，安全连着你我他，平安幸福靠大家");
  });
});

describe("a 提纲 of a speech: a heading of two clauses over a short line of its own", () => {
  const page = [
    "在全县2025年安全生产工作会议上的讲话提纲",
    "县长　高文斌",
    "同志们：",
    "今天召开全县安全生产工作会议，我讲几点意见。",
    "一、回顾去年工作，认清当前形势",
    "（一）去年工作扎实有效，事故总量持续下降",
    "事故起数同比下降15%",
    "（二）存在问题不容忽视，重点领域风险突出",
    "燃气、自建房隐患较多",
    "（三）今年任务依然繁重，防范压力持续加大",
    "汛期可能偏早偏重",
    "二、压实各方责任，狠抓工作落实",
    "安全生产责任制",
    "（一）落实党政领导责任，坚持党政同责",
    "每季度专题研究一次",
    "（二）落实部门监管责任，坚持三个必须",
    "——建立部门联席会议制度",
    "（三）落实企业主体责任，坚持全员负责",
    "全员安全生产责任制全覆盖",
    "同志们，安全生产责任重于泰山，希望大家扎扎实实把各项工作抓到位。",
  ];

  it("keeps each heading as written and its short line under it", () => {
    const heads = headings(page);
    for (const h of [
      "（一）去年工作扎实有效，事故总量持续下降",
      "（二）存在问题不容忽视，重点领域风险突出",
      "（三）今年任务依然繁重，防范压力持续加大",
      "（一）落实党政领导责任，坚持党政同责",
      "（二）落实部门监管责任，坚持三个必须",
      "二、压实各方责任，狠抓工作落实",
    ])
      expect(heads).toContain(h);
    const kept = texts(page);
    for (const t of ["事故起数同比下降15%", "汛期可能偏早偏重", "安全生产责任制", "每季度专题研究一次"])
      expect(kept).toContain(t);
  });
});

describe("a page broken at arbitrary points", () => {
  /** Paragraphs given as their lines, cut anywhere. */
  const P = {
    open: [
      "今天召开全市危险化学品安全专项整治推进会，主要任务",
      "是通报前一阶段整治进展，分析存在问题，对下一步工作再动员、再",
      "部署。刚才，几个地方和企业作了交流发言，讲得都很好，我都同意。",
    ],
    past: [
      "今年以来，各地各部门按照市委、市政府部署，扎实推进专项整治，全市",
      "危险化学品领域没有发生较大以上事故，但隐患排查整改进度不",
      "平衡，有的地方还存在畏难情绪，必须引起高度重视。",
    ],
    firms: [
      "全市现有危险化学品生产企业58家、经营企业397家，涉及重点",
      "监管危险化工工艺的企业17家，这些企业是整治的重中之重。各地要逐企建",
      "立档案，对照评估标准逐项打分，问题清单要具体到装置和岗位。",
    ],
    work: [
      "特殊作业是事故多发环节。去年全省发生的化工事故中，有六成以上发生",
      "在动火、受限空间等特殊作业过程中。各企业要严格执行作业票证制度，做到",
      "“一作业一票证”，作业现场必须有专人监护。",
    ],
    check: [
      "各地应急管理部门要对特殊作业开展专项检查，对未办理作",
      "业票证擅自作业的，一律依法从重处罚，并在全市范围内通报曝光，形成有力",
      "震慑。",
    ],
    auto: [
      "涉及重点监管危险化工工艺的装置，必须在今年年底前全",
      "部完成自动化控制系统改造，确保紧急停车系统正常投用，装置区操作人",
      "员数量要逐步压减。",
    ],
    park: [
      "各化工园区要按照认定标准，完善封闭化管理、公共管廊和应急救",
      "援设施，年内全部通过复核。对复核不达标的园区，要限期整改，整改不到",
      "位的取消化工园区资格。",
    ],
    duty: [
      "各地各部门要加强协调配合，形成工作合力，对整改不力的企业",
      "依法严肃处理，对拒不整改、屡查屡犯的企业，要列入失信联合",
      "惩戒名单，通过媒体公开曝光。",
    ],
    close: [
      "同志们，危险化学品安全事关人民群众生命财产安全，大家一定要以如履",
      "薄冰的态度，把各项整治措施落到实处，坚决防范遏制重特大事故发生。",
    ],
  };
  const joined = (lines: string[]) => lines.join("");
  const LEAD = "下面，我就做好下一步整治工作讲两点意见。";
  const BRIDGE = "以上意见，请各地各部门认真抓好落实。";
  const page = [
    "在全市危险化学品安全专项整治推进会上的讲话",
    "副市长　林志远",
    "",
    "同志们：",
    ...P.open,
    ...P.past,
    LEAD,
    "一、坚持问题导向，下大力气狠抓隐患整改",
    "（一）紧盯重点企业",
    ...P.firms,
    "（二）紧盯重点环节",
    ...P.work,
    ...P.check,
    "二、坚持标本兼治，不断提升本质安全水平",
    "（一）推进自动化改造",
    ...P.auto,
    "（二）推进园区规范化建设",
    ...P.park,
    ...P.duty,
    ...P.close,
    BRIDGE,
  ];

  it("keeps a sentence that announces the speech's parts or closes it a paragraph of its own", () => {
    const kept = texts(page);
    expect(kept).toContain(LEAD);
    expect(kept).toContain(BRIDGE);
    expect(kept).toContain(joined(P.past));
    expect(kept).toContain(joined(P.close));
  });

  it("still joins the paragraphs it broke, a line stopped inside a word included", () => {
    const kept = texts(page);
    for (const p of [P.open, P.firms, P.work, P.check, P.auto, P.park, P.duty]) expect(kept).toContain(joined(p));
  });
});
