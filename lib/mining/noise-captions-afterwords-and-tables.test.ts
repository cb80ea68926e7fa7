import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineLines, mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 33's: a 学习强国-style page with a photo caption, a 知乎 repost
// and a 微博 long post with their posters' closing words, a 范文 mirror whose summary opens with the page's headline,
// a reader whose page break falls inside a paragraph's 一是…；二是…； items, a .docx speech with a table of tasks.
const TITLE = "在全县安全生产工作会议上的讲话";
const OPENING =
  "今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作。刚才，县应急管理局通报了有关情况，我完全同意。";
const SITUATION =
  "今年以来，全县安全生产形势总体平稳，但事故总量仍然偏大，部分企业主体责任落实不到位，安全隐患依然不少，形势不容乐观。";
const CHECK =
  "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，建立隐患台账，实行闭环管理，确保整改到位。";
const CLOSING = "同志们，安全生产责任重于泰山。希望大家以高度负责的态度，扎实抓好各项工作。谢谢大家！";
const textsOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a photo caption between a speech's paragraphs", () => {
  it("removes 图为会议现场。×××摄", () => {
    const mined = mineText([TITLE, "同志们：", OPENING, "图为会议现场。×××摄", SITUATION, CLOSING].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CLOSING]);
    expect(removalReason(mined.removed, "图为会议现场。×××摄")).toBe("图片说明");
  });
});

describe("a poster's closing words under a reposted speech", () => {
  it("removes a 知乎 author's 以上就是全文。… and a 微博 blogger's request with the post's 收起全文d", () => {
    const zhihu = "以上就是全文。觉得有用的话，点个赞同再走吧～需要Word版的可以在评论区留言。";
    expect(textsOf([TITLE, "同志们：", OPENING, SITUATION, CLOSING, zhihu])).toEqual([OPENING, SITUATION, CLOSING]);
    const weibo = [TITLE, "同志们：", OPENING, SITUATION, CLOSING, "（完）", "需要word版的评论区扣1，我私信发你～"];
    expect(textsOf([...weibo, "收起全文d", "转发 126", "评论 38"])).toEqual([OPENING, SITUATION, CLOSING]);
  });
});

describe("a summary that opens with the page's headline, then the speech from its salutation", () => {
  it("is removed as a teaser: the page holds one speech", () => {
    const teaser = `县长安全生产会议讲话稿（精选2篇）同志们：${OPENING.slice(0, 40)}...`;
    const mined = mineText(
      ["县长安全生产会议讲话稿（精选2篇）", teaser, "", TITLE, "同志们：", OPENING, CLOSING].join("\n"),
    );
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(removalReason(mined.removed, teaser)).toBe("重复的摘要行");
  });
});

describe("a page break inside a paragraph's 一是…；二是…；三是… items", () => {
  it("runs the paragraph on across the break into the next item", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "    存在的问题主要有：一是部分企业主体责任落实不到位；二是一线员工安全意识不强，",
    ];
    page.push("“三违”现象时有发生；", "www.docin.com", "第2页 / 共7页", "三是外包单位管理不规范，安全培训流于形式。");
    page.push(`    ${CLOSING}`);
    expect(textsOf(page)).toEqual([
      OPENING,
      "存在的问题主要有：一是部分企业主体责任落实不到位；二是一线员工安全意识不强，“三违”现象时有发生；三是外包单位管理不规范，安全培训流于形式。",
      CLOSING,
    ]);
  });
});

describe("a .docx speech with its own table of tasks", () => {
  it("keeps each row of the table a paragraph of its own", () => {
    const rows = [
      "序号\t工作任务\t牵头单位\t完成时限",
      "1\t开展重大事故隐患专项排查整治，建立隐患整改台账\t市应急管理局、市安委会各成员单位\t2024年4月30日前",
      "2\t开展城镇燃气安全专项执法检查\t市住房和城乡建设局\t2024年4月15日前",
      "3\t修订森林火灾、防汛应急预案并组织演练\t市林业局、市水利局\t2024年5月31日前",
    ];
    const lines = [TITLE, "同志们：", OPENING, SITUATION, "各项任务分工如下：", ...rows, CHECK, CLOSING].map(
      (text, i) => ({
        text,
        lineNo: i + 1,
        ...(text.includes("\t") && { hint: { tableRow: true } }),
      }),
    );
    const blocks = mineLines(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text.replace(/\s+/g, "")));
    const cells = rows.map((r) => r.replace(/\t/g, ""));
    expect(blocks).toEqual([OPENING, SITUATION, "各项任务分工如下：", ...cells, CHECK, CLOSING]);
  });
});
