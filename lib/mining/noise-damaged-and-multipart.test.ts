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
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineLines } from "./text-pipeline";

// Pages written for these tests in the shapes of set 66's: a 通知 that prints a speech, QQ's text export of a group
// where the speech comes in several messages, a 文库's search phrase inside sentences, two speeches of one meeting
// whose second title runs on from the first's last sentence, a title run into its salutation under a site's headline.

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
    const speeches = speechesOf([...notice, ...COUNTY_SPEECH]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a 通报 read to the meeting, a 工作要点 and a notice of its own before an unrelated speech", () => {
    const report = [
      "全县一季度安全生产工作情况通报",
      "同志们：",
      "下面，我把一季度全县安全生产工作情况通报如下。",
      "一季度，全县各乡镇、各部门认真传达学习全省安全生产电视电话会议精神，共排查隐患1200余处，已整改1100余处。",
      "但是，一些企业主体责任落实不到位，个别乡镇隐患整改进度缓慢，各乡镇要对照问题清单，抓紧整改落实。",
    ];
    const points = [
      "2025年全县安全生产工作要点",
      "2025年全县安全生产工作的总体要求是：深入学习贯彻习近平总书记关于安全生产的重要讲话精神，坚持人民至上、生命至上，有效防范化解重大安全风险。",
      "一、健全安全生产责任体系。严格落实党政同责、一岗双责，完善安全生产责任清单。",
      "二、深化重点行业领域专项整治。持续开展燃气、道路交通、建筑施工等重点领域专项整治。",
    ];
    const notice = [
      "关于认真传达学习全省安全生产电视电话会议精神的通知",
      "各乡镇人民政府，县直各部门：",
      "5月20日，全省召开安全生产电视电话会议。为抓好会议精神的贯彻落实，现就有关事项通知如下：",
      "一、各乡镇、各部门要于5月底前召开会议，传达学习会议精神。",
      "二、要立即组织开展一次安全生产大检查，检查情况于6月10日前报县安委办。",
      "特此通知。",
    ];
    for (const unit of [report, points, notice]) expect(speechesOf([...unit, ...COUNTY_SPEECH])).toHaveLength(2);
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
    // The poster shows another name in the group by now: his number is the same.
    head("8:47:30", "小王(1048823176)"),
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

  it("cuts it wherever it comes back", () => {
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
  });

  it("keeps a speech's own words on model texts and on such a collection, named once", () => {
    const own = "年底前，要评选出2025年度全县安全生产优秀范文，在全县推广好的经验和做法。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
    const once = `有的同志写材料不下功夫，从网上搜一篇${phrase}里的稿子，改个名字就交差。`;
    expect(textsOf([...COUNTY_SPEECH_HEAD, once, ...COUNTY_SPEECH_REST])).toContain(once);
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
    // A reference to a speech that a broken line cut (…。在市委书记同志的讲话 / 精神指引下，…), or one going on (…讲话精神):
    // no next speech's header follows, and 精神 is no speaker.
    const cut = [
      `${COUNTY_SITUATION}在市委书记同志的讲话`,
      "",
      "精神指引下，各乡镇要建立隐患清单和整改清单，实行闭环管理。",
    ];
    expect(speechesOf([...COUNTY_SPEECH_HEAD, ...cut, ...COUNTY_SPEECH_REST])).toHaveLength(1);
    const going = `${COUNTY_SITUATION}在全市安全生产工作会议上的讲话精神`;
    expect(speechesOf([...COUNTY_SPEECH_HEAD, going, ...COUNTY_SPEECH_REST])).toHaveLength(1);
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
    const { removed } = removeNoiseFromPage([COUNTY_TITLE, note, ...COUNTY_SPEECH.slice(1)]);
    expect(removed.map((r) => r.text)).not.toContain(COUNTY_TITLE);
  });
});
