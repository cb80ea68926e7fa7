import { describe, expect, it } from "vitest";
import { COUNTY_DUTY, COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { keptLines, removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { QA_RE } from "./noise-community-words";
import { markAnswersUnderHeader, markFollowUps } from "./noise-qa-answers";

// Pages written for these tests in the shape of a 百度知道 question: the best answer carries the speech, then the
// answerer's sign-off, the asker's follow-up and the answerer's reply, and the other answers under their header.

const ASK = [
  "问答首页　问题分类　我要提问",
  "求一篇县里安全生产工作会议的领导讲话稿，急！！",
  "匿名用户　|　浏览1520次",
  "最佳答案",
];
const ANSWER_CARD = ["本回答由提问者推荐", "举报　|　答题者：山间小溪　|　采纳率：91%"];
const FOLLOW_UPS = [
  "追问",
  "能不能把排查那段写细一点？我们县企业多",
  "追答",
  "二那部分按行业一条一条列出来就行，危化、建筑、消防各写一句",
  "追问",
  "明白了，多谢！",
];
const OTHER_TIP = "这类讲话一般分三块：一是讲形势，二是讲任务，三是讲责任，开头和结尾各用一两句话就够了。";
const OTHERS = ["其他回答（1）", OTHER_TIP, "路人甲乙　|　2023-05-02 09:10"];

describe("a Q&A answer's sign-off, follow-ups and the other answers", () => {
  it("drops them around the speech", () => {
    const page = [
      ...ASK,
      ...COUNTY_SPEECH,
      "",
      "以上，纯手打不易，望采纳。有不明白的可以追问。",
      "",
      ...ANSWER_CARD,
      "",
      ...FOLLOW_UPS,
      "",
      ...OTHERS,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
    const { removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, "能不能把排查那段写细一点？我们县企业多")).toBe("问答网站的追问");
    expect(removalReason(removed, OTHER_TIP)).toBeDefined();
  });

  it("reads the sign-off's pieces only as a line of nothing else", () => {
    for (const t of ["以上，纯手打不易，望采纳。有不明白的可以追问。", "码字不易，求采纳！", "有疑问欢迎追问～"])
      expect(QA_RE.test(t)).toBe(true);
    for (const t of ["以上建议，请采纳。", "对每一起事故都要层层追问责任。", "以上，是我讲的几点意见。"])
      expect(QA_RE.test(t)).toBe(false);
  });
});

describe("the follow-up labels", () => {
  it("take the question and the reply under each label, up to a blank line", () => {
    const texts = ["最佳答案", "…", "追问", "能不能再短一点？", "追答", "删掉第二段就行", "", "相关问题"];
    const verdict: (string | null)[] = texts.map((t) => (t === "最佳答案" ? "问答网站文字" : null));
    markFollowUps(texts, verdict);
    expect(verdict.slice(2, 6).every((v) => v === "问答网站的追问")).toBe(true);
    expect(verdict[7]).toBeNull();
  });

  it("leave a speech's lines alone on a page without a Q&A site's words", () => {
    const texts = ["追问", "对每一起事故，都要追问到底：责任人是谁，整改了没有。"];
    const verdict: (string | null)[] = [null, null];
    markFollowUps(texts, verdict);
    expect(verdict).toEqual([null, null]);
  });

  it("stop at a title under a reply: a text the answerer pastes starts there", () => {
    const page = [...ASK, "追答", "全文在这里：", "", ...COUNTY_SPEECH];
    expect(keptLines(page)).toContain("同志们：");
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("the answers under 其他回答", () => {
  it("are the answerers' tips", () => {
    const texts = ["其他回答（2）", OTHER_TIP, "去文库搜一下，改改就能用"];
    const verdict: (string | null)[] = ["问答网站文字", null, null];
    markAnswersUnderHeader(texts, verdict);
    expect(verdict).toEqual(["问答网站文字", "问答网站的其他回答", "问答网站的其他回答"]);
  });

  it("keep a speech given in another answer", () => {
    const texts = ["其他回答（2）", "给你一篇：", ...COUNTY_SPEECH];
    const verdict: (string | null)[] = texts.map((_, i) => (i === 0 ? "问答网站文字" : null));
    markAnswersUnderHeader(texts, verdict);
    expect(verdict.slice(1).every((v) => v === null)).toBe(true);
  });
});

// A 知乎-style answer written for these tests: the speech's closing thanks no one (同志们，…。), and under a rule the
// answerer adds his tips on such texts before his answer's footer.
const CLOSING_NO_THANKS =
  "同志们，安全生产责任重于泰山。希望大家以高度负责的态度扎实抓好各项工作，为全县发展营造安全稳定的环境。";
const ANSWER_HEAD = [
  "问答社区　首页　发现　提问",
  "县里安全生产会议的讲话稿一般怎么写？",
  "写材料的老张",
  "2,048 人赞同了该回答",
  "谢邀，去年给领导写过一篇，贴出来供参考。",
];
const ANSWER_FOOT = ["编辑于 2024-05-06 20:15・IP 属地江苏", "赞同 2048　·　96 条评论　·　分享"];
const TIPS = [
  "顺便说几点经验：",
  "1. 形势部分一定要有数字，先摆成绩再讲问题。",
  "2. 任务按行业排，每个部门都要能对上号。",
  "3. 结尾别喊口号，一两句收住就行。",
  "多改几遍总没错，与各位同行共勉。",
];
const BLOCKS_NO_THANKS = [...COUNTY_SPEECH_BLOCKS.slice(0, -1), CLOSING_NO_THANKS];

describe("the answerer's note under a rule after a closing with no thanks", () => {
  it("is the answerer's, up to his footer", () => {
    const page = [
      ...ANSWER_HEAD,
      ...COUNTY_SPEECH.slice(0, -1),
      CLOSING_NO_THANKS,
      "——————————",
      ...TIPS,
      ...ANSWER_FOOT,
    ];
    expect(textsOf(page)).toEqual(BLOCKS_NO_THANKS);
    expect(removalReason(removeNoiseFromPage(page).removed, TIPS[1]!)).toBe("回答者的附言");
  });

  it("is the speech's when it goes on with its outline under the rule", () => {
    const mid = "同志们，排查整治是当前最紧迫的任务，各乡镇要立即行动起来。";
    const head = COUNTY_SPEECH.slice(0, COUNTY_SPEECH.indexOf("三、压实责任"));
    const page = [
      ...ANSWER_HEAD,
      ...head,
      mid,
      "——————————",
      "三、压实责任",
      COUNTY_DUTY,
      CLOSING_NO_THANKS,
      ...ANSWER_FOOT,
    ];
    const texts = textsOf(page);
    expect(texts).toContain("三、压实责任");
    expect(texts).toContain(COUNTY_DUTY);
    expect(texts).toContain(CLOSING_NO_THANKS);
  });
});
