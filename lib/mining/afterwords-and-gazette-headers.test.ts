import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Set 139: a poster's tips on writing such speeches under the speech's closing (behind a ——写在后面—— divider, or
// under his lead-in alone), and a gazette's running header printed once at a page break inside the speech.

const CLOSING = "同志们，安全工作只有起点，没有终点。希望大家真抓实干，为全县高质量发展创造良好的安全环境。";
const speech = [...COUNTY_SPEECH_HEAD, "二、抓好排查", COUNTY_CHECK, "三、压实责任", COUNTY_DUTY, CLOSING];
const TIPS = [
  "1. 开头要直奔主题，说清开会的目的，别绕弯子。",
  "2. 数字一时拿不到就先空着，定稿前再跟统计部门核一遍。",
  "3. 任务部分按行业排，交通、消防、燃气总少不了。",
];
const TAIL = ["喜欢的朋友点个关注，下次分享专项整治会议的讲话稿。", "编辑于 2024-04-12 20:15"];

describe("a poster's afterword of tips after the speech's closing", () => {
  it("drops what follows a divider carrying a postscript's label (————写在最后————)", () => {
    const texts = textsOf([
      "————正文分割线————",
      ...speech,
      "————写在最后————",
      "给刚入行的同事几句话：",
      ...TIPS,
      ...TAIL,
    ]);
    expect(texts).toContain(CLOSING);
    for (const t of ["给刚入行的同事几句话：", ...TIPS]) expect(texts.join("\n")).not.toContain(t.slice(3, 15));
  });

  it("drops the writer's lead-in on writing (两点写稿体会，给新人参考：) and his numbered tips on drafting", () => {
    const texts = textsOf([...speech, "两点写稿体会，给新人参考：", ...TIPS, ...TAIL]);
    expect(texts).toContain(CLOSING);
    expect(texts.join("\n")).not.toContain("写稿体会");
    for (const t of TIPS) expect(texts.join("\n")).not.toContain(t.slice(3, 15));
  });

  it("keeps a speaker's own points on writing at a writers' class, announced by him after an address", () => {
    const points = [
      "1. 开头要开门见山，直接点明会议主题和目的。",
      "2. 结尾要简洁有力，不要拖泥带水。",
      "3. 定稿前要反复核对数据，确保准确无误。",
    ];
    const texts = textsOf([
      "在全县安全生产信息写作培训班上的讲话",
      "县应急管理局局长　×××",
      "同志们：",
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      "同志们，信息工作是安全生产工作的重要组成部分，大家一定要高度重视。",
      "下面，我讲几点写作要求：",
      ...points,
      "二、压实责任",
      COUNTY_DUTY,
      CLOSING,
    ]);
    expect(texts).toContain("下面，我讲几点写作要求：");
    for (const p of points) expect(texts.join("\n")).toContain(p.slice(3));
    expect(texts).toContain(CLOSING);
  });

  it("keeps a speaker's points under 几点学习心得，供大家参考： (no writing named) after his address", () => {
    const points = ["1. 要把安全发展理念落实到每一个环节。", "2. 开头抓早、结尾抓实，全年工作一以贯之。"];
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      "同志们，前不久我参加了全省安全生产专题培训。",
      "几点学习心得，供大家参考：",
      ...points,
      "二、压实责任",
      COUNTY_DUTY,
      CLOSING,
    ]);
    expect(texts).toContain("几点学习心得，供大家参考：");
    for (const p of points) expect(texts.join("\n")).toContain(p.slice(3));
  });
});

describe("a gazette's running header printed once at a page break", () => {
  const masthead = ["青禾县人民政府公报", "2024年第5期（总第88期）", "青禾县人民政府办公室主办"];
  const cut = [
    "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，建立隐患台账，实行",
    "— 12 —",
  ];
  const resumed = "闭环管理，确保整改到位。";

  it("drops the publication's name beside the column's label under the page number, and joins the sentence", () => {
    const texts = textsOf([
      ...masthead,
      "【领导讲话】　　　　　　2024年第5期",
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      ...cut,
      "青禾县人民政府公报　　　　　　【领导讲话】",
      resumed,
      "三、压实责任",
      COUNTY_DUTY,
      CLOSING,
    ]);
    const page = texts.join("\n");
    expect(page).not.toContain("【领导讲话】");
    expect(page).not.toContain("青禾县人民政府公报");
    expect(texts).toContain(cut[0] + resumed);
  });

  it("drops the label beside a journal's name (【重要讲话】　××应急管理通讯), its masthead's, at the break", () => {
    const texts = textsOf([
      "青禾应急管理通讯　　2024年第3期",
      ...speech.slice(0, 7),
      ...cut,
      "【重要讲话】　　　　　青禾应急管理通讯",
      resumed,
      ...speech.slice(8),
    ]);
    expect(texts.join("\n")).not.toContain("通讯");
  });

  it("keeps a speech's own bracketed subhead at the top of a page (it names no publication)", () => {
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK,
      "— 3 —",
      "【案例警示】城东化工厂爆炸事故",
      "去年城东化工厂发生一起爆炸事故，造成2人死亡，教训十分深刻，各乡镇要引以为戒，举一反三。",
      "三、压实责任",
      COUNTY_DUTY,
      CLOSING,
    ]);
    expect(texts.join("\n")).toContain("城东化工厂爆炸事故");
  });
});
