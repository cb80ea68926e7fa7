import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";
import {
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 126's: a 文库 page's AI helper suggesting questions on the text
// after it, a 范文 site's search phrases in 【】 set between two characters of a sentence, and a site's stamp in 【】
// inside a sentence whose name and address the watermark rule cuts.

/** A closing with no 谢谢大家 after it: nothing there says the speech has ended. */
const CLOSING = "同志们，安全生产责任重于泰山。让我们以更加扎实的作风，全力守住安全底线，为全县发展提供坚实保障。";

describe("a 文库 page's suggested questions to its AI", () => {
  it("drops the label and the questions and requests under it, down to the page's next chrome", () => {
    const page = [
      ...COUNTY_SPEECH.slice(0, -1),
      CLOSING,
      "",
      "复制全文　　下载文档（Word）",
      "你可能还想问AI：",
      "本文提出了哪几项重点任务？",
      "帮我把这篇讲话整理成一期安全生产工作简报",
      "相关文档",
      "在全市安全生产工作会议上的讲话",
      "9页 · 4.6分 · 2,817阅读",
      "乡镇安全生产工作会议讲话稿（通用5篇）",
      "14页 · 4.2分 · 5,033阅读",
    ];
    expect(textsOf(page)).toEqual([...COUNTY_SPEECH_BLOCKS.slice(0, -1), CLOSING]);
  });

  it("keeps a speech's own lines under a look-alike label and its own questions", () => {
    const asked =
      "有的同志写材料先去问AI，这本身没有错，但事故隐患不会自己跑到材料里来，查隐患还得靠脚板、靠眼睛、靠较真。";
    const question = "这篇报告里的隐患，到底整改了没有？";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      asked,
      "试试问AI：",
      "各乡镇要把排查发现的问题逐条列出清单，明确整改责任人和整改时限，整改一项、销号一项，决不能以文件落实工作。",
      "三、压实责任",
      question,
      "各乡镇党政主要负责同志是本辖区安全生产第一责任人，要严格落实党政同责、一岗双责，对责任不落实导致事故的，严肃追究责任。",
    ];
    const texts = textsOf(page);
    expect(texts).toContain(asked);
    expect(texts).toContain("试试问AI：");
    expect(texts.some((t) => t.includes("整改一项、销号一项"))).toBe(true);
    expect(texts.some((t) => t.includes(question))).toBe(true);
  });
});

const SCHOOL_TITLE = "在全镇中小学安全工作会议上的讲话";
const opening = (inject: string) =>
  `今天我们召开全镇中小学${inject}安全工作会议，主要任务是部署本学期学校安全工作。刚才，教育办通报了有关情况，我都同意。`;
const check = (inject: string) =>
  `各校要对校舍、围墙、食堂和实验室开展一次全面排查，对发现的隐患建立台账并${inject}限期整改，整改情况每月报教育办。`;
const duty = (inject: string) =>
  `校长是学校安全第一责任人，班主任是本班学生安全第一责任人。对失职导致事故的，要依法依规${inject}严肃追责。`;
const schoolPage = (a: string, b: string, c: string) => [
  SCHOOL_TITLE,
  "老师们：",
  opening(a),
  "一、排查隐患",
  check(b),
  "二、落实责任",
  duty(c),
  "老师们，安全工作只有起点，没有终点。谢谢大家！",
];

describe("a 范文 site's search phrases in 【】 inside sentences", () => {
  it("cuts them, the sentences kept whole, where the page pastes a few naming a speech's genre", () => {
    const page = schoolPage("【中小学安全工作会议讲话稿】", "【开学安全隐患排查讲话】", "【校长安全工作会议发言稿】");
    const mined = mineText(page.join("\n"));
    const texts = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts).toContain(opening(""));
    expect(texts).toContain(check(""));
    expect(texts).toContain(duty(""));
    expect(mined.removed.map((r) => r.text)).toContain("【校长安全工作会议发言稿】");
  });

  it("keeps a speech's own bracketed words: a label heading a line, a short term, a lone phrase", () => {
    const page = schoolPage("【安全月】", "【开学安全隐患排查讲话】", "");
    page.splice(4, 0, "【典型案例】去年秋季开学，邻县一所学校围墙倒塌，造成两名学生受伤，教训十分深刻。");
    const texts = textsOf(page);
    expect(texts).toContain(opening("【安全月】"));
    // One bracket naming a speech's genre is no page's pattern: it stays.
    expect(texts).toContain(check("【开学安全隐患排查讲话】"));
    expect(texts.some((t) => t.startsWith("【典型案例】去年秋季开学"))).toBe(true);
  });
});

describe("a site's stamp in 【】 inside a sentence", () => {
  it("leaves no empty brackets where the stamp's name and address were cut", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，建立隐患台账，【青禾文库 qinghewk.com】实行闭环管理，确保整改到位。",
      ...COUNTY_SPEECH_REST.slice(2),
      "",
      "青禾文库 qinghewk.com　浙ICP备23018846号-2",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
