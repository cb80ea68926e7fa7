import { describe, expect, it } from "vitest";
import { mineText } from "@/lib/mining/text-pipeline";
import {
  COMMENT_INLINE,
  COMMENT_LIST_END,
  COMMENT_THEN_SPEECH,
  MAILED_HOST,
  REPORT_THEN_SPEECH,
  SHI_REPORT,
  SHI_TITLE_LINE,
  TWO_PIECES_HOST,
} from "@/lib/testing/review-96-99-ma-pages";
import {
  EXAM_FANWEN_TWO,
  EXAM_INNER_LABELS,
  EXAM_TWO_ANSWERS,
  FORUM_HOST_FLOOR,
  FORUM_NO_NAME,
  PIAN_HEADING_XUEXI,
  UNTITLED_QUOTES_NOTICE,
  WINDOW_TITLE_SPEAKER,
} from "@/lib/testing/review-96-99-ma-more-pages";

// Guards from review r2 of the rules for sets 96–99 (engineer a, reviewed at 257fdc1): each page is the reviewer's
// probe page, and each test names the speech text a rule removed there (and the chrome beside it that still goes).
const blocks = (page: string) => mineText(page).speeches.flatMap((s) => s.blocks);
const kept = (page: string) => blocks(page).map((b) => b.text);
const keptText = (page: string) => kept(page).join("\n");
const titles = (page: string) => mineText(page).speeches.map((s) => s.title);

describe("an online document's comment list", () => {
  it("a comment right under its paragraph takes its own line, not the speech going on below it", () => {
    const text = keptText(COMMENT_INLINE);
    expect(text).toContain("这些成绩来之不易，是各村、各站所和各企业共同努力的结果");
    expect(text).toContain("但我们也要清醒地看到，全镇安全生产基础仍然薄弱");
    expect(text).toContain("各村党支部书记是本村安全生产第一责任人");
    const heads = blocks(COMMENT_INLINE).filter((b) => b.kind === "heading");
    expect(heads.map((b) => b.text)).toEqual(["第一，要压实责任。", "第二，要盯紧重点。", "第三，要强化值守。"]);
    expect(text).not.toContain("数字请与应急办再核对一次");
    expect(text).not.toContain("[批注1]");
    // (The comment list after a blank line, its replies and its multi-line comments, still goes.)
    const listed = keptText(COMMENT_LIST_END);
    for (const chrome of ["“全覆盖”一词删去", "同意", "126家已与台账核对"]) expect(listed).not.toContain(chrome);
  });

  it("a comment directly above the next speech leaves it its title, salutation and first paragraph", () => {
    expect(titles(COMMENT_THEN_SPEECH)).toEqual([
      "在公司安全生产月启动仪式上的讲话",
      "在公司安全生产月总结大会上的讲话",
    ]);
    expect(keptText(COMMENT_THEN_SPEECH)).toContain("为期一个月的安全生产月活动今天就要结束了");
    expect(keptText(COMMENT_THEN_SPEECH)).not.toContain("主题要与集团通知一致");
  });
});

describe("a line ending 时的讲话 or 时报告", () => {
  it("a requirement 异常险情及时报告 is a line of the speech, not a new speech's title", () => {
    expect(titles(SHI_REPORT)).toEqual(["在全县化工企业安全生产警示教育会上的讲话"]);
    expect(kept(SHI_REPORT)).toContain("异常险情及时报告");
  });

  it("学习贯彻王市长在…工作时的讲话 inside a speech does not split it", () => {
    expect(titles(SHI_TITLE_LINE)).toEqual(["在全镇安全生产暨防汛工作会议上的讲话"]);
    expect(kept(SHI_TITLE_LINE)).toContain("学习贯彻王市长在我镇检查防汛工作时的讲话");
  });
});

describe("words beside the speech that are the meeting's, not a mail's", () => {
  it("a host greeting 各位同事 who says the materials are in the group keeps his words", () => {
    const text = keptText(MAILED_HOST);
    expect(text).toContain("现在开会。今天的会议主要有两项议程");
    expect(text).toContain("会议材料已经发到群里，请大家会后认真学习。");
    expect(text).toContain("下面，请院长讲话，大家欢迎。");
  });

  it("a department's report (各位领导、同事们, 请审阅) before the speech is kept whole", () => {
    const text = keptText(REPORT_THEN_SPEECH);
    expect(text).toContain("下半年整改方案已经发给大家，请审阅。");
    expect(text).toContain("我们已经组织了专题分析会。");
    expect(text).toContain("我的汇报就到这里，谢谢大家。");
  });

  it("a host's opening naming 这两篇讲话稿 is no aside", () => {
    expect(keptText(TWO_PIECES_HOST)).toContain("会后，县委办要把这两篇讲话稿整理印发到各乡镇、各部门");
  });
});

describe("an exam page's sections", () => {
  it("a second model speech under 【考生范文】 or 【参考范文二】 is kept, the review before it goes", () => {
    for (const page of [EXAM_TWO_ANSWERS, EXAM_FANWEN_TWO]) {
      expect(titles(page)).toContain("在全市危化品企业安全生产约谈会上的讲话");
      expect(keptText(page)).toContain("今天的约谈会，是一次提醒会，也是一次警示会。");
      expect(keptText(page)).toContain("各位，安全生产没有局外人");
      expect(keptText(page)).not.toContain("本文紧扣主题");
    }
  });

  it("a model speech's own 【要求】 and 【解析】 keep the speech under them", () => {
    const text = keptText(EXAM_INNER_LABELS);
    expect(text).toContain("我先说要求。第一，家里的煤气罐要放在通风的地方");
    expect(text).toContain("为什么要提这些要求？");
    expect(text).toContain("乡亲们，安全不是小事");
  });
});

describe("a forum's floors", () => {
  it("a floor opening on the host's salutation is no poster's note", () => {
    expect(keptText(FORUM_HOST_FLOOR)).toContain("现在开会。今年我县隐患整改任务很重");
    expect(keptText(FORUM_HOST_FLOOR)).toContain("下面，请刘国栋县长讲话，大家欢迎。");
  });

  it("the speech's closing slogan above a stamp with no name is the speech's", () => {
    expect(kept(FORUM_NO_NAME)).toContain("安全生产人人有责");
    expect(keptText(FORUM_NO_NAME)).not.toContain("发表于");
  });
});

describe("a document's tail, a …篇 heading and a window title", () => {
  it("an untitled speech quoting 本通知 above a titled speech is no other document", () => {
    const text = keptText(UNTITLED_QUOTES_NOTICE);
    expect(text).toContain("本通知明确了检查的范围、重点和时间安排，我不再重复，只强调三点。");
    expect(text).toContain("第一，检查要真查。");
    expect(text).toContain("大检查时间紧、任务重，希望各单位主要负责同志亲自挂帅");
  });

  it("the speech's own heading （一）学习篇 stays", () => {
    expect(kept(PIAN_HEADING_XUEXI)).toContain("（一）学习篇");
  });

  it("a title's line naming the speaker after a dash is no window title", () => {
    expect(keptText(WINDOW_TITLE_SPEAKER)).toContain("县长王建国");
  });
});
