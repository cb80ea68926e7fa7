import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";
import { COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Guards written for the review of the 【…】 search-phrase cut, the AI box's prompts and the emptied 【】 of a cut
// watermark: a speech's own bracketed names and citations, a heading under an AI box, and a checklist's empty 【 】.

const minedOf = (page: string[]) => {
  const mined = mineText(page.join("\n"));
  return {
    texts: mined.speeches.flatMap((s) => s.blocks.map((b) => b.text)),
    removed: mined.removed.map((r) => r.text),
  };
};

describe("a speech's own 【…】 on a 范文 page that pastes search phrases into it", () => {
  const opening = (q: string) =>
    `今天召开全乡安全生产工作会议，主要是回顾去年${q}全乡安全生产工作，安排今年的重点任务。`;
  const weak = (q: string) =>
    `去年全乡没有发生较大事故，但小隐患不少，个别村排查只看表面，问题清单写得多${q}真正整改得少。`;
  const heading = "二、突出重点，开展【沿河村庄防汛隐患大排查】专项行动";
  const campaign =
    "从四月起，全乡统一开展【沿河村庄防汛隐患大排查】专项行动，各村要逐户走到，不漏一户，发现问题当场登记、限期整改。";
  const squad = "乡应急办要牵头组织【乡村两级联合巡查小分队】每半月开展一次夜间巡查，对屡查屡犯的依法从严处罚。";
  const award = "各村支书是本村安全第一责任人，出了事故的村一票否决，全年【平安村庄建设先进单位】评选也不能参加。";
  const page = (q1: string, q2: string) => [
    "在全乡安全生产工作会议上的讲话",
    "同志们：",
    opening(q1),
    "一、看清问题",
    weak(q2),
    heading,
    campaign,
    squad,
    "三、压实责任",
    award,
    "同志们，安全工作没有终点。谢谢大家！",
  ];

  it("cuts the pasted queries and keeps the speech's campaign names, in its heading and its sentences", () => {
    const { texts, removed } = minedOf(page("【乡镇安全生产工作会议讲话稿】", "【农村防汛安全工作讲话稿】"));
    expect(texts).toContain(opening(""));
    expect(texts).toContain(weak(""));
    expect(removed).toContain("【农村防汛安全工作讲话稿】");
    for (const own of [heading, campaign, squad, award]) expect(texts).toContain(own);
  });
});

describe("a speech citing speeches and agenda items in 【】, with no search phrase pasted", () => {
  it("keeps each citation and each bracketed name", () => {
    const cited =
      "这次会议的主要任务是，认真学习【市委书记在全市安全生产工作会议上的讲话】精神，总结去年工作，部署今年任务。";
    const guide =
      "各部门要把【市长在全市安全生产视频会议上的讲话】作为今年工作的遵循，集中开展【危险化学品领域隐患清零攻坚】行动，并编印【安全生产行政执法工作手册】发到每名执法人员手中。";
    const page = [...COUNTY_SPEECH_HEAD.slice(0, 3), cited, "一、认清形势", guide, ...COUNTY_SPEECH_REST];
    const texts = textsOf(page);
    expect(texts).toContain(cited);
    expect(texts).toContain(guide);
  });

  it("keeps a host's agenda cues naming who speaks", () => {
    const cueA = "下面进行第二项议程，请【开发区重点企业代表作安全承诺发言】并递交安全生产责任书。";
    const cueB = "下面进行第三项议程，请【区政府分管副区长作安全生产动员讲话】大家欢迎。";
    const page = [
      "全区安全生产大检查动员大会主持词",
      "同志们：",
      "现在开会。今天我们召开全区安全生产大检查动员大会，主要任务是部署开展【全区安全生产大检查】工作，动员全区上下行动起来。",
      "下面进行第一项议程，请区应急管理局局长通报全区安全生产形势。",
      cueA,
      cueB,
      "同志们，会议到此结束。散会！",
    ];
    const texts = textsOf(page);
    expect(texts.some((t) => t.includes(cueA))).toBe(true);
    expect(texts.some((t) => t.includes(cueB))).toBe(true);
  });
});

describe("an AI box set between a speech's paragraphs", () => {
  it("ends its prompts at the speech's next heading, which stays a heading", () => {
    const heading = "二、压缩审批环节，压实监管责任";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "您可能还想问AI：",
      "这篇讲话部署了哪些任务？",
      heading,
      "",
      ...COUNTY_SPEECH_REST.slice(1),
    ];
    const mined = mineText(page.join("\n"));
    const blocks = mined.speeches.flatMap((s) => s.blocks);
    expect(blocks.find((b) => b.text === heading)?.kind).toBe("heading");
    expect(blocks.map((b) => b.text)).not.toContain("这篇讲话部署了哪些任务？");
  });

  it("never takes a heading that asks for a summary as a prompt", () => {
    const heading = "三、总结提炼好的做法";
    const page = [...COUNTY_SPEECH_HEAD, "猜你想问AI：", "本文提出了哪些要求？", heading, "", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toContain(heading);
  });
});

describe("a checklist's empty 【 】 on a line whose watermark in 【】 is cut", () => {
  it("removes only the pair the watermark stood in", () => {
    const line =
      "每张检查表的每一项后面都留了一个【 】，检查合格的就在【 】里打勾，【青禾文库 qinghewk.com】不合格的要写明问题和整改人。";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      line,
      ...COUNTY_SPEECH_REST.slice(2),
      "",
      "青禾文库 qinghewk.com　浙ICP备23018846号-2",
    ];
    const kept = textsOf(page).find((t) => t.startsWith("每张检查表"));
    expect(kept).toMatch(/留了一个【\s*】，检查合格的就在【\s*】里打勾，不合格的/);
  });
});
