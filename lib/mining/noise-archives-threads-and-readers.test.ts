import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { htmlToText } from "./decode-html";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 35's: a clerk's folder of files copied into one, a 贴吧 thread
// whose floors carry comments between the speech's parts, a meeting's 汇编 with its list of units, a blog's comments,
// a reading app's copy of a book, a Word file saved as a web page and markup left in a text.
const SPEECH = COUNTY_SPEECH_HEAD;
const REST = COUNTY_SPEECH_REST;

describe("a folder of files copied into one", () => {
  it("drops a meeting's agenda filed beside the speech: its file name, labels and numbered items", () => {
    const agenda = ["2024-03-05 全县安全生产工作会议议程.doc", "", "会议议程", "时间：2024年3月6日上午9:00"];
    agenda.push("地点：县政府第一会议室", "主持：常务副县长×××", "一、县应急管理局通报全县安全生产情况");
    agenda.push("二、各乡镇作表态发言", "三、县长×××讲话", "", "-".repeat(40));
    const page = [...agenda, "2024-03-06 县长在全县安全生产工作会议上的讲话.docx", ...SPEECH, ...REST];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "一、认清形势",
      "二、抓好排查",
      "三、压实责任",
    ]);
    expect(textsOf(page).join("")).not.toMatch(/议程|地点|主持|表态发言/);
  });

  it("keeps a speech whose file name says 方案 only in passing, and a speech that reads its agenda out", () => {
    const page = ["2024-03-06 县长在全县安全生产实施方案部署会上的讲话.docx", ...SPEECH, ...REST];
    expect(textsOf(page)).toContain(COUNTY_SITUATION);
  });
});

describe("a 贴吧 thread with comments under each floor of the speech", () => {
  const floor = (n: number) => [`${n}楼　发表于 2024-03-04 21:17　来自手机客户端`, "回复(2)　举报"];
  const comments = [
    "夜行书生：感谢楼主，正好下周要写这个　2024-03-04 21:32　回复",
    "写材料的猫：回复 夜行书生 ：明年这个时候也用得上　2024-03-05 08:11　回复",
    "收起回复 ▲",
    "我也说一句",
  ];
  const card = ["笔杆子老王　楼主", "等级 9　公文达人"];
  const page = [...SPEECH, ...floor(1), ...comments, "广告", "【官方】备考资料包，点击免费领取", "立即查看"];
  page.push(...card, ...REST, ...floor(2));

  it("removes the stamped comments, the fold button, the card and the advert's button; the speech runs on", () => {
    const texts = textsOf(page);
    expect(texts).toEqual([COUNTY_OPENING, "一、认清形势", COUNTY_SITUATION, ...REST]);
  });

  it("keeps a sentence that names a time without a poster, and a line that ends in 楼主 inside prose", () => {
    const line = "3月4日21:17，某工地发生一起高处坠落事故，造成1人死亡，教训深刻。";
    expect(textsOf([...SPEECH, line, ...REST])).toContain(line);
  });
});

describe("a meeting's 汇编 with its list of units after the speech", () => {
  it("drops the 附件's 名单 with every row and the note under it", () => {
    const list = ["附件", "参会单位名单", "", "序号\t单位\t参会人员\t人数"];
    for (let n = 1; n <= 6; n++) list.push(`${n}\t县第${n}单位\t分管负责同志\t${n}`);
    list.push("", "注：请各参会人员提前15分钟入场，会议期间手机调至静音。");
    expect(textsOf([...SPEECH, ...REST, "", ...list])).toEqual([
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      ...REST,
    ]);
  });
});

describe("a blog post's comments", () => {
  it("reads a header with the platform's notice and its [发评论] button as the comments' header", () => {
    const page = [...SPEECH, ...REST, "已投稿到：排行榜", "评论重要提示：警惕虚假中奖信息[发评论]"];
    page.push("写得很实在，转走了，谢谢博主！", "第二部分的提法不错，我们单位下周开会正好参考。");
    expect(textsOf(page)).toEqual([COUNTY_OPENING, "一、认清形势", COUNTY_SITUATION, ...REST]);
  });
});

describe("a reading app's copy of a book", () => {
  it("removes the readers' underline counts, a reader's note and its link; a progress line is a page number", () => {
    const page = [...SPEECH.slice(0, -1), "", "12% · 第45页", "", COUNTY_SITUATION, "—— 1,206人划线 ——"];
    page.push("想法 · 书友7523：我们园区去年也查出来过，这段写得准", "查看全部38条想法 ›", ...REST);
    page.push("—— 482人划线 · 6个想法 ——");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      ...REST,
    ]);
    expect(mined.removed.find((r) => r.text.startsWith("12%"))?.reason).toBe("页码");
  });
});

describe("markup that breaks a line in a sentence", () => {
  it("joins a Word page's source lines cut between two characters, as a browser shows them", () => {
    const html =
      "<html><body><p class=MsoNormal><span>（一）聚焦重点领域。</span><span>围\r\n绕道路交通开展排查。</span></p></body></html>";
    expect(htmlToText(html)).toBe("（一）聚焦重点领域。围绕道路交通开展排查。");
    // Another page keeps the space (its paragraphs may be its source's lines), and a Word page a numbered heading's.
    expect(htmlToText("<html><body><p>要紧盯重点\n领域。</p></body></html>")).toBe("要紧盯重点 领域。");
    const heading = "<html><body><p class=MsoNormal>一、聚焦重点领域\n要紧盯道路交通。</p></body></html>";
    expect(htmlToText(heading)).toBe("一、聚焦重点领域 要紧盯道路交通。");
  });

  it("reads a <br /> left in a text, then the text's own line break, as one break inside the paragraph", () => {
    // A web editor's paragraphs saved as text (markup residue): the source's line breaks are its lines, and a blank
    // line parts two paragraphs; the break after a <br /> is the same break, not a paragraph's end.
    const text = "<p>要重点排查小作坊、小餐饮、<br />\n出租房屋等场所，逐项整改销号。</p>\n<p>各乡镇要压实责任。</p>";
    expect(htmlToText(text, true).split("\n")).toEqual([
      "要重点排查小作坊、小餐饮、",
      "出租房屋等场所，逐项整改销号。",
      "",
      "各乡镇要压实责任。",
    ]);
  });
});

describe("an online document copied out with its revisions and comments", () => {
  it("cuts a struck-out deletion (~~…~~) and a [批注N] anchor whose comment the page lists", () => {
    const line = "全市共排查隐患2175项，已整改~~1986~~2041项，整改率达93.8%[批注1]，未发生较大事故。";
    const page = [...SPEECH, line, ...REST, "", "[批注1] 引用原文：“整改率达93.8%”", "张科长：数据请再核实"];
    const texts = textsOf(page);
    expect(texts).toContain("全市共排查隐患2175项，已整改2041项，整改率达93.8%，未发生较大事故。");
    // With no comment listed under it, [批注1] stays: the speech may cite one.
    expect(textsOf([...SPEECH, line.replace(/~~1986~~/, ""), ...REST]).join("")).toContain("[批注1]");
  });
});

describe("what an outside review found set 35's first rules did wrong", () => {
  it("parts paragraphs at <br /><br /> and after a <br /> that ends a line without a comma, in markup left in a text", () => {
    const text = "<p>请县长讲话，大家欢迎<br />\n<br />\n同志们，刚才县长讲得很好。<br />\n下面请各乡镇表态发言</p>";
    expect(htmlToText(text, true).split("\n")).toEqual([
      "请县长讲话，大家欢迎",
      "",
      "同志们，刚才县长讲得很好。",
      "",
      "下面请各乡镇表态发言",
    ]);
  });

  it("stops a material filed beside the speeches at the next file's name: the next speech stays", () => {
    const page = [
      ...SPEECH,
      ...REST,
      "",
      "2024-03-08 2023年度安全生产先进单位名单.doc",
      "县应急管理局",
      "县交通运输局",
    ];
    page.push("", "2024-03-08 县委书记讲话定稿.docx", "强化责任担当　筑牢安全防线", "县委书记　×××", "");
    page.push("刚才，我们对2023年度安全生产工作先进单位进行了表彰，希望受表彰的单位珍惜荣誉、再接再厉。");
    page.push("一、充分肯定成绩，坚定做好安全生产工作的信心", COUNTY_SITUATION, "二、压实责任", COUNTY_DUTY);
    const texts = textsOf(page);
    expect(texts).toContain(COUNTY_DUTY);
    expect(texts).not.toContain("县交通运输局");
  });

  it("ends an attachment's 名单 where the next speech of a collection opens", () => {
    const page = [...SPEECH, ...REST, "附件", "2023年度全县安全生产先进单位名单", "县应急管理局", "县交通运输局", ""];
    page.push("强化责任担当　筑牢安全防线", "县委书记　×××", "", COUNTY_CHECK, "一、压实责任", COUNTY_DUTY);
    expect(textsOf(page).filter((t) => t === COUNTY_DUTY)).toHaveLength(2);
  });

  it("keeps a speech's lines that end in a date and time, a table of rates and a list of risk levels", () => {
    const accident = "事故一：某化工企业反应釜爆炸，3人死亡，发生于2023-11-20 14:30";
    const rates = ["年度 | 重大隐患整改率", "2021 | 88%", "2022 | 91%"];
    const levels = ["等级1 重大风险", "等级2 较大风险"];
    const kept = mineText([...SPEECH, accident, ...rates, ...levels, ...REST].join("\n")).removed.map((r) => r.text);
    expect(kept.filter((t) => /事故一|2021|2022|等级/.test(t))).toEqual([]);
  });
});
