import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineLines } from "./text-pipeline";

// Pages written for these tests in the shapes of set 66's: a 通知 that prints a speech, QQ's text export of a group
// where the speech comes in several messages, a 文库's search phrase inside sentences, two speeches of one meeting
// whose second title runs on from the first's last sentence, a title run into its salutation under a site's headline.

const SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];

describe("a 通知 that prints a speech", () => {
  it("drops the notice, its numbered requests and its 主送 line, and keeps the speech under its own title", () => {
    const notice = [
      "关于认真学习贯彻全县安全生产工作会议精神的通知",
      "各乡镇人民政府，县安委会各成员单位：",
      "6月3日，县政府召开全县安全生产工作会议，县长×××出席会议并讲话。现将讲话印发给你们，请认真学习贯彻，并做好以下工作：",
      "一、及时召开会议传达学习，于6月20日前将学习情况报县安委办。",
      "二、对照讲话部署的重点任务，逐项细化措施，明确责任人和完成时限。",
      "联系人：×××，联系电话：0000-1234567。",
      "附件：×××同志在全县安全生产工作会议上的讲话",
      "县安全生产委员会办公室",
      "2025年6月5日",
      "附件",
    ];
    const speeches = speechesOf([...notice, ...SPEECH]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("QQ's text export of a group chat", () => {
  const head = (time: string, who: string) => `2025-06-03 ${time} ${who}`;
  const page = [
    "消息记录（此消息记录为文本格式，不支持重新导入）",
    "================================================================",
    "消息分组:我的QQ群",
    "================================================================",
    "消息对象:县应急系统工作群",
    "================================================================",
    "",
    head("8:41:10", "局办公室小王(1048823176)"),
    ...COUNTY_SPEECH_HEAD,
    "",
    head("8:43:02", "防汛股老李(2215630948)"),
    "收到，马上组织学习",
    "",
    head("8:44:50", "系统消息(10000)"),
    "小王撤回了一条消息",
    "",
    head("8:45:06", "局办公室小王(1048823176)"),
    ...COUNTY_SPEECH_REST.slice(0, 2),
    "",
    head("8:46:11", "局办公室小王(1048823176)"),
    "[文件] 全县安全生产工作会议讲话（定稿）.docx (31.6KB)",
    "",
    head("8:47:30", "局办公室小王(1048823176)"),
    ...COUNTY_SPEECH_REST.slice(2),
  ];

  it("reads the poster's messages as one speech and drops the others', the notices and the file", () => {
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    const { removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, "消息分组:我的QQ群")).toBeDefined();
  });
});

describe("a 文库's search phrase pasted inside sentences", () => {
  const phrase = "2025年安全生产专项整治部署会议讲话稿范文大全";
  const inSituation = COUNTY_SITUATION.replace("，安全隐患", `，${phrase}安全隐患`);
  const inDuty = COUNTY_DUTY.replace("要严格落实", `要严格落实${phrase}`);

  it("cuts it wherever it comes back, and once where a year opens it", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, -1),
      inSituation,
      "二、抓好排查",
      COUNTY_CHECK,
      "三、压实责任",
      inDuty,
      COUNTY_CLOSING,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
    const once = [...COUNTY_SPEECH_HEAD.slice(0, -1), inSituation, ...COUNTY_SPEECH_REST];
    expect(textsOf(once)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own words on model texts, which name no genre", () => {
    const own = "年底前，要评选出2025年度全县安全生产优秀范文，在全县推广好的经验和做法。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("titles run into the text around them", () => {
  it("splits the next speech's title, and its speaker, off the last sentence of the speech before", () => {
    const host = ["在全县安全生产工作会议上的主持词", "同志们：", COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK];
    const last = `${COUNTY_CLOSING}会议到此结束，散会。${COUNTY_TITLE}`;
    const page = [
      ...host,
      last,
      "县长　×××",
      "同志们：",
      COUNTY_OPENING,
      COUNTY_SITUATION,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual(["在全县安全生产工作会议上的主持词", COUNTY_TITLE]);
    expect(speeches[1]!.speaker).toMatch(/县长/);
    expect(mineLines(page.map((text, i) => ({ text, lineNo: i + 1 }))).inferredSplits.map((s) => s.reason)).toContain(
      "下一篇的标题与上一段末句连写，已拆开",
    );
    // A sentence that ends on a speech's name, 在…的讲话, with no title shape of its own (a comma in it), stays whole.
    const named = `${COUNTY_CLOSING}请大家认真学习县长在全县安全生产工作会议上的讲话`;
    expect(textsOf([...COUNTY_SPEECH_HEAD, named])).toContain(named);
  });

  it("takes the speech's own title run into its salutation over the site's headline above it", () => {
    const page = [
      "范文网 - 公文写作参考",
      "县长在全县安全生产工作会议上的讲话范文",
      "时间：2025-03-02 09:15:41  来源：网友投稿  阅读：3862次",
      `${COUNTY_TITLE} 同志们：`,
      COUNTY_OPENING,
      ...COUNTY_SPEECH_BLOCKS.slice(1),
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
  });
});

describe("a site's credit set into a sentence", () => {
  it("cuts its bracket when its name and address go as the page's watermark, and keeps the sentence", () => {
    const mark = "易文范文网 www.ywfw.cn";
    const credited = COUNTY_CHECK.replace("建立隐患台账，", `建立隐患台账，（本文来自${mark}）`);
    const page = [
      ...COUNTY_SPEECH_HEAD,
      `${mark} 整理`,
      "二、抓好排查",
      credited,
      "三、压实责任",
      COUNTY_DUTY,
      `${mark} 整理`,
      COUNTY_CLOSING,
    ];
    expect(textsOf(page)).toContain(COUNTY_CHECK);
  });

  it("keeps a note that names the speech by its speaker whole", () => {
    const note = `各位同事，现转发县长在${COUNTY_TITLE.slice(1)}，请认真学习。`;
    const { removed } = removeNoiseFromPage([COUNTY_TITLE, note, ...SPEECH.slice(1)]);
    expect(removed.map((r) => r.text)).not.toContain(COUNTY_TITLE);
  });
});
