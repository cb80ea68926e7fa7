import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests: a 申论 paper whose given material holds a speech's excerpt among other materials, and
// a journal that reprints a speech with its editor's note, its citation marks and its note on the source.
const EXAM_TITLE = "在全镇防汛安全工作会议上的讲话";
const EXAM_OPENING = "今天把大家召集起来,主要是通报汛前检查情况,对主汛期的防汛安全工作再作部署。下面,我讲几点意见。";
const EXAM_HEAD1 = "守住底线,把风险想在前面";
const EXAM_BODY1 =
  "今年入汛以来,全镇已经出现三次强降雨过程,两处山塘出现渗漏,一处边坡发生小规模滑塌,所幸没有造成人员伤亡。";
const EXAM_HEAD2 = "压紧链条,让每个点位都有人盯";
const EXAM_BODY2 =
  "各村要把山塘、河道和地灾隐患点的巡查责任落实到具体的人,汛期实行每天巡查、每周通报,发现险情第一时间报告。";
const EXAM_NEWS = "6月中旬,某县一处山塘因连续降雨发生溃口,下游三户村民房屋进水,当地紧急转移群众40余人。";
const EXAM_SURVEY = "对全县12个乡镇的问卷调查显示,58.4%的村干部认为“巡查人手不够”,超过四成认为“预警信息到村太慢”。";
const EXAM_QUESTION = "（一）根据“给定资料2”,概括该镇镇长讲话中提出的主要措施。（15分）";
const EXAM_ANSWER = "1.落实巡查责任,做到每天巡查、每周通报。2.强化预警转移,确保群众安全。";

function examPage(speechHeads: string[] = []): string[] {
  return [
    "某公考网 · 申论真题",
    "一、注意事项",
    "1.本题本由给定资料与作答要求两部分构成,考试时限为150分钟。",
    "二、给定资料",
    "资料1",
    EXAM_NEWS,
    "资料2",
    "以下是某镇镇长在全镇防汛安全工作会议上的讲话（节选）。",
    EXAM_TITLE,
    "同志们:",
    EXAM_OPENING,
    EXAM_HEAD1,
    EXAM_BODY1,
    ...speechHeads,
    EXAM_HEAD2,
    EXAM_BODY2,
    "资料3",
    EXAM_SURVEY,
    "三、作答要求",
    EXAM_QUESTION,
    "要求:全面、准确,不超过200字。",
    "参考答案",
    EXAM_ANSWER,
  ];
}

describe("a 申论 paper that gives a speech as one of its materials", () => {
  it("keeps the speech alone: the paper's parts, the other materials and the lead over the title go", () => {
    const { kept, removed } = removeNoiseFromPage(examPage());
    for (const line of ["二、给定资料", "资料1", EXAM_NEWS, EXAM_SURVEY, "三、作答要求", EXAM_QUESTION, EXAM_ANSWER])
      expect(kept, line).not.toContain(line.replace(/,/g, "，").replace(/:/g, "："));
    expect(removalReason(removed, "以下是某镇镇长在全镇防汛安全工作会议上的讲话（节选）。")).toBe(
      "给定资料对讲话的引语",
    );
    expect(removalReason(removed, EXAM_NEWS)).toBe("申论试题的栏目、其他给定资料或作答要求");
    const mined = mineText(examPage().join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.title).toBe(EXAM_TITLE);
    const heads = mined.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(heads).toEqual(["守住底线，把风险想在前面", "压紧链条，让每个点位都有人盯"]);
  });

  it("keeps a heading 三、注意事项 of the speech's own, below the paper's material", () => {
    const own = "三、注意事项";
    const ownBody = "汛期各村值班人员一律不得离岗,手机必须二十四小时保持畅通,遇到紧急情况先转移群众再报告。";
    const { kept } = removeNoiseFromPage(examPage([own, ownBody]));
    expect(kept).toContain(own);
    expect(kept).toContain(ownBody.replace(/,/g, "，"));
    expect(kept).not.toContain(EXAM_SURVEY.replace(/,/g, "，"));
  });
});

const ANSWER_OPENING = "今天召开全县防汛工作会议,就是要把主汛期的各项措施再压实一遍,确保安全度汛。";
const ANSWER_BODY = "一要盯紧山塘水库。各乡镇要落实巡查责任人,汛期每天巡查一次,发现渗漏立即上报处置。";
const ANSWER_CLOSING = "同志们,防汛无小事。希望大家恪尽职守,确保人民群众生命财产安全。";
const EXCERPT = "这几次强降雨,暴露出我们有的村巡查不到位、预警到户慢。各村要把责任落到人头,险情面前决不能等靠。";

/** A paper whose speeches stand without a title: the material's excerpt brought in by a lead and opened by its
 *  salutation, and the 参考答案 written as a 讲话稿 under its own 同志们：. */
function untitledExamPage(): string[] {
  return [
    "一、注意事项",
    "1.本题本由给定资料与作答要求两部分构成,考试时限为150分钟。",
    "二、给定资料",
    "资料1",
    EXAM_NEWS,
    "资料2",
    "以下是某镇镇长在全镇防汛工作会议上的讲话（节选）:",
    "同志们:",
    EXCERPT,
    "三、作答要求",
    "（二）请以县水利局局长的身份,写一篇在全县防汛工作会议上的讲话稿。（40分）",
    "参考答案",
    "（二）",
    "同志们:",
    ANSWER_OPENING,
    ANSWER_BODY,
    ANSWER_CLOSING,
  ];
}

describe("a 申论 paper whose speeches open on their salutation, untitled", () => {
  it("keeps the model answer under 同志们： and the material's excerpt under its lead, as two speeches", () => {
    const { kept, removed } = removeNoiseFromPage(untitledExamPage());
    const cn = (t: string) => t.replace(/,/g, "，").replace(/:/g, "：");
    for (const line of [EXCERPT, ANSWER_OPENING, ANSWER_BODY, ANSWER_CLOSING]) expect(kept).toContain(cn(line));
    expect(removalReason(removed, EXAM_NEWS)).toBe("申论试题的栏目、其他给定资料或作答要求");
    expect(removalReason(removed, "以下是某镇镇长在全镇防汛工作会议上的讲话（节选）:")).toBe("给定资料对讲话的引语");
    expect(removalReason(removed, "（二）")).toBe("申论试题的栏目、其他给定资料或作答要求");
    const mined = mineText(untitledExamPage().join("\n"));
    expect(mined.speeches.map((sp) => sp.blocks.map((b) => b.text)[0])).toEqual([cn(EXCERPT), cn(ANSWER_OPENING)]);
  });

  it("takes a speaker's line over the salutation as the speech's own", () => {
    const page = untitledExamPage();
    page.splice(6, 1, "某镇镇长　王某某");
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain("某镇镇长王某某");
    expect(kept).toContain(EXCERPT.replace(/,/g, "，"));
    expect(kept).not.toContain(EXAM_NEWS.replace(/,/g, "，"));
  });
});

const JOURNAL_TITLE = "守牢底线　久久为功——在全市危化品安全工作会议上的讲话";
const JOURNAL_OPENING = "这次会议的主要任务是,总结去年全市危化品安全工作,部署今年的重点任务。下面,我讲三点意见。";
const JOURNAL_BODY = "去年全市危化品领域共发生事故3起[1][2],暴露出企业主体责任不落实、特殊作业管理松弛等问题[3-4]。";
const JOURNAL_BODY2 = "今年要建成全市危化品安全风险监测平台[5],对重点罐区和仓库实行在线监测,全年整治隐患不少于[9]类。";
const JOURNAL_CLOSING = "同志们,危化品安全责任重大,希望大家真抓实干,确保全市危化品安全形势持续稳定。";

function journalPage(): string[] {
  return [
    "化工安全研究　2024年第2期",
    "中图分类号：X93　　文献标识码：A",
    "【编者按】本刊经作者同意,将其在全市危化品安全工作会议上的讲话略作删节后刊发,供读者参阅。",
    JOURNAL_TITLE,
    "王立新",
    "同志们：",
    JOURNAL_OPENING,
    "一、正视问题",
    JOURNAL_BODY,
    "二、突出重点",
    JOURNAL_BODY2,
    JOURNAL_CLOSING,
    "（本文根据作者在全市危化品安全工作会议上的讲话整理，发表时有删节。）",
    "",
    "注释：",
    "[1] 某市应急管理局. 2023年危化品安全生产情况通报[R]. 2024.",
    "[2] 张某. 化工园区安全风险评估方法研究[J]. 化工安全研究, 2023(5): 11-16.",
    "[3] 某市安委会. 危化品特殊作业专项整治方案[Z]. 2023.",
    "[4] 李某. 特殊作业许可管理的几个问题[J]. 安全与环境, 2022(8): 30-34.",
    "[5] 某市人民政府. 危化品安全风险监测平台建设方案[Z]. 2023.",
  ];
}

describe("a journal that reprints a speech", () => {
  it("takes the editor's note glued to its 【编者按】 label whole, and the note on the source under the speech", () => {
    const mined = mineText(journalPage().join("\n"));
    expect(mined.speeches).toHaveLength(1);
    const texts = mined.speeches[0]!.blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes("本刊经作者同意"))).toBe(false);
    expect(texts.some((t) => t.includes("发表时有删节"))).toBe(false);
    expect(texts.at(-1)).toBe(JOURNAL_CLOSING.replace(/,/g, "，"));
  });

  it("cuts a 【编者按】 glued over the speech's salutation at the salutation, the speech's first paragraph kept", () => {
    const glued = `【编者按】本刊刊发王立新同志的讲话,供读者参阅。同志们：${JOURNAL_OPENING}`;
    const page = journalPage().filter((l) => !l.startsWith("【编者按】") && l !== "同志们：");
    page.splice(3, 0, glued);
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toContain(`同志们：${JOURNAL_OPENING.replace(/,/g, "，")}`);
    expect(removalReason(removed, "【编者按】本刊刊发王立新同志的讲话,供读者参阅。")).toBe("编者按");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.salutation).toBe("同志们：");
    expect(mined.speeches[0]!.blocks[0]!.text).toBe(JOURNAL_OPENING.replace(/,/g, "，"));
  });

  it("cuts the marks citing the listed works out of the sentences, and keeps a bracketed number it lists none for", () => {
    const { kept } = removeNoiseFromPage(journalPage());
    expect(kept).toContain("去年全市危化品领域共发生事故3起，暴露出企业主体责任不落实、特殊作业管理松弛等问题。");
    expect(kept).toContain(
      "今年要建成全市危化品安全风险监测平台，对重点罐区和仓库实行在线监测，全年整治隐患不少于[9]类。",
    );
  });

  it("keeps a speaker's own bracketed aside that names a speech", () => {
    const aside = "（根据刚才县长的讲话，大家会后要抓紧梳理本单位的问题清单）";
    const { kept } = removeNoiseFromPage([...journalPage().slice(0, 11), aside, ...journalPage().slice(11)]);
    expect(kept).toContain(aside);
  });
});
