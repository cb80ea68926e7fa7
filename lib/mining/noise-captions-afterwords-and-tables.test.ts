import { describe, expect, it } from "vitest";
import { strToU8 } from "fflate";
import { removalReason } from "../testing/page-noise";
import { DOCX_PARTS, readDocxLines } from "./docx-lines";
import { mineLines, mineText } from "./text-pipeline";
import {
  COUNTY_TITLE as TITLE,
  COUNTY_OPENING as OPENING,
  COUNTY_SITUATION as SITUATION,
  COUNTY_CHECK as CHECK,
  COUNTY_CLOSING as CLOSING,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 33's: a 学习强国-style page with a photo caption, a 知乎 repost
// and a 微博 long post with their posters' closing words, a 范文 mirror whose summary opens with the page's headline,
// a reader whose page break falls inside a paragraph's 一是…；二是…； items, a .docx speech with a table of tasks.
// Set 136's shapes too: a 文库's 简介 opening with the speech's title, a caption credited 通讯员 供图.

describe("a photo caption between a speech's paragraphs", () => {
  it("removes 图为会议现场。×××摄", () => {
    const mined = mineText([TITLE, "同志们：", OPENING, "图为会议现场。×××摄", SITUATION, CLOSING].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CLOSING]);
    expect(removalReason(mined.removed, "图为会议现场。×××摄")).toBe("图片说明");
  });

  it("removes 图为…。通讯员 供图, a credit with no name; keeps a sentence that ends on a correspondent's photos", () => {
    const caption = "图为乡镇分会场。通讯员 供图";
    const own = "各乡镇的信息员、通讯员要把检查现场的情况及时报上来，宣传科统一供图。";
    const mined = mineText([TITLE, "同志们：", OPENING, caption, SITUATION, own, CLOSING].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, own, CLOSING]);
    expect(removalReason(mined.removed, caption)).toBe("图片说明");
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

describe("a 文库's 简介 that opens with the speech's own title, its excerpt run on by spaces", () => {
  it("is removed whole as a teaser: the title under it, over the speaker and the date, is the speech's", () => {
    const teaser = `简介：${TITLE} 同志们:${OPENING.slice(0, 30)}...`;
    const page = ["某某文库 - 实用文档分享", teaser, "", TITLE, "县长 ×××", "(2024年3月4日)", "同志们:", OPENING];
    const mined = mineText([...page, SITUATION, CLOSING].join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CLOSING]);
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
    // The cells kept apart by ； (joinTableRowCells), not glued by the normaliser.
    const cells = rows.map((r) => r.replace(/\t/g, "；"));
    expect(blocks).toEqual([OPENING, SITUATION, "各项任务分工如下：", ...cells, CHECK, CLOSING]);
  });
});

describe("a speech's own words like a poster's", () => {
  it("keeps what follows 以上就是讲话的主要精神 mid-speech, 评论区留言 and 需要Word版的 in sentences, a repeated slogan", () => {
    const relay = "以上就是讲话的主要精神。下面，结合我县实际，我再讲三点意见。";
    const own = [
      "对群众在政务微博评论区留言反映的安全隐患，各部门要第一时间交办核查，做到件件有回音。",
      "今天会议的讲话材料已上传县政务内网，各单位需要Word版的，可与县政府办联系。",
    ];
    const slogan =
      "去年年底的会上我讲过一句话，今天我还要再讲一遍：同志们，隐患就是事故，事故就是责任，安全生产容不得半点侥幸……";
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "一、传达全省会议精神",
      `${CLOSING.slice(0, 6)}3月12日，全省召开了安全生产电视电话会议。`,
    ];
    page.push(
      relay,
      "二、认清形势",
      slogan,
      "隐患就是事故，事故就是责任，安全生产容不得半点侥幸。这句话大家要记牢。",
      ...own,
    );
    page.push("三、排查隐患", CHECK, CLOSING);
    const texts = textsOf(page);
    for (const line of [relay, slogan, ...own, CHECK, CLOSING]) expect(texts).toContain(line);
  });

  it("keeps an indented 三是 after a page break a paragraph of its own", () => {
    const page = [
      TITLE,
      "同志们：",
      `    ${OPENING}`,
      `    ${SITUATION}`,
      "    一是深入开展重大事故隐患专项排查整治，建立隐患台账；",
    ];
    page.push("    二是严格安全生产执法检查，对非法违法生产经营建设行为始终保持高压态势，该停产的停产、该关闭的关闭，");
    page.push(
      "对屡禁不止的依法从重处罚；",
      "第2页 / 共5页",
      "    三是强化应急值守和应急处置，确保一旦发生事故能够迅速有效处置。",
    );
    page.push(`    ${CLOSING}`);
    expect(textsOf(page).filter((t) => /^[一二三]是/.test(t))).toHaveLength(3);
  });
});

describe("a .docx table's rows", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const row = (...cells: string[]) =>
    `<w:tr>${cells.map((c) => `<w:tc>${c ? p(c) : "<w:p/>"}</w:tc>`).join("")}</w:tr>`;
  const read = (body: string) =>
    readDocxLines(
      new Map([[DOCX_PARTS.document, strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`)]]),
    );

  it("are marked as rows, and a paragraph carried over into a row with an empty number cell runs on", () => {
    const lines = read(
      `<w:tbl>${row("1", "今年以来形势总体平稳，但事故总量仍然偏大，")}${row("", "部分企业主体责任不落实。")}</w:tbl>`,
    );
    expect(lines.map((l) => [l.text, l.hint?.tableRow ?? false])).toEqual([
      ["1\t今年以来形势总体平稳，但事故总量仍然偏大，", true],
      ["部分企业主体责任不落实。", false],
    ]);
    const mined = mineLines([
      { text: TITLE, lineNo: 1 },
      { text: OPENING, lineNo: 2 },
      ...lines.map((l) => ({ ...l, lineNo: l.lineNo + 2 })),
    ]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text.replace(/\s+/g, ""))).toEqual([
      OPENING,
      "1；今年以来形势总体平稳，但事故总量仍然偏大，部分企业主体责任不落实。",
    ]);
  });
});
