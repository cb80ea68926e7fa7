import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { normaliseText } from "./normalise";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 30's: an e-mail reply chain, a clerk's archive of speeches under
// file-name headers, a page saved by an old browser as text, a 知乎 article with its 目录 and comments, a .txt typed
// with half-width punctuation.
const TITLE = "在全市道路运输安全生产工作会议上的讲话";
const OPENING =
  "今天我们召开全市道路运输安全生产工作会议，主要任务是分析当前形势，部署下一阶段重点工作。刚才，市公路运输管理处通报了有关情况，我完全同意。";
const CHECK =
  "各县区交通运输部门要对辖区“两客一危”企业开展一次全覆盖排查，重点检查动态监控、驾驶员资质和车辆技术状况，建立隐患台账，实行闭环管理。";
const DUTY =
  "各县区交通运输部门要切实履行行业监管责任，企业主要负责人是安全生产第一责任人，对责任不落实导致事故的，严格按照有关规定追究责任。";
const CLOSING = "同志们，道路运输安全事关人民群众生命财产安全。希望大家以更加务实的作风，全力以赴抓好各项工作。";

describe("an e-mail reply chain with the speech quoted in it", () => {
  const speech = [TITLE, "同志们：", OPENING, "", CHECK, "", DUTY, "", CLOSING].map((t) => (t ? `> ${t}` : ">"));
  const page = ["回复：关于讲话稿的修改意见", "张科长：", "收到，已按意见修改，附后。", "李××", ""];
  page.push("在 2024年5月6日 14:03，张×× <zhang@example.gov.cn> 写道：", ...speech, ">", "> --", "> 姓名：张××");
  page.push("> 单位：××市交通运输局办公室", ">", ">> 在 2024年5月5日 09:12，李×× <li@example.gov.cn> 写道：");
  page.push(">> 张科长，初稿已发您，第二部分隐患排查写得偏少，是否要补充？");

  it("keeps the quoted speech; the other messages, the attribution and the signature go", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, CHECK, DUTY, CLOSING]);
    expect(removalReason(mined.removed, "> 姓名：张××")).toBe("邮件签名");
    expect(removalReason(mined.removed, "收到，已按意见修改，附后。")).toBe("邮件往来（其他邮件）");
  });

  it("keeps what a speech quotes with > (a document's lines, a book's under 写道：) and what follows a -- line", () => {
    const quoted = [
      "> 一是全面排查重大事故隐患，建立台账。",
      "> 二是严格落实企业主体责任，压实到人。",
      "> 三是强化执法检查。",
    ];
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "国务院安委会的通知明确要求：",
      ...quoted,
      CHECK,
      "--",
      "一、压实责任",
      DUTY,
    ];
    page.push("在《谁是最可爱的人》一文中，魏巍写道：", "> 他们的品质是那样的纯洁和高尚。", CLOSING);
    const texts = textsOf(page).join("\n");
    for (const line of [...quoted, "> 他们的品质是那样的纯洁和高尚。"]) expect(texts).toContain(line.slice(2));
    for (const line of ["一、压实责任", DUTY, "魏巍写道：", CLOSING]) expect(texts).toContain(line);
  });
});

describe("a clerk's archive of speeches under file-name headers", () => {
  it("takes the title from the file name when the text has none, and drops the file's times", () => {
    const head = (name: string) => [
      "==========",
      `文件名：${name}（定稿）.docx`,
      "修改时间：2024-01-09 17:42",
      "==========",
    ];
    const page = [...head("在全市道路运输安全生产工作会议上的讲话"), TITLE, "同志们：", OPENING, CHECK, CLOSING, ""];
    page.push(...head("矿山安全专项整治推进会讲话"), "同志们：", OPENING.replace("道路运输", "矿山"), DUTY, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE, "矿山安全专项整治推进会讲话"]);
    expect(removalReason(mined.removed, "修改时间：2024-01-09 17:42")).toBeDefined();
    const own = "保存时间：监控录像不少于30天，重点部位不少于90天。";
    expect(textsOf([TITLE, "同志们：", OPENING, own, CHECK, CLOSING])).toContain(own);
  });
});

describe("a page saved by an old browser as text", () => {
  it("removes the window title with the site's name, and the name alone under it", () => {
    const page = [`${TITLE} - ××县人民政府门户网站`, "", "××县人民政府门户网站", "首页[1] | 政务公开[2]", "", TITLE];
    page.push("", "镇长　×××", "同志们：", OPENING, CHECK, DUTY, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, CHECK, DUTY, CLOSING]);
    expect(removalReason(mined.removed, "××县人民政府门户网站")).toBe("网页窗口标题");
  });

  it("keeps a subtitle or a speaker after the dash: only a site's name is one", () => {
    const sub = "压实责任守牢底线";
    const page = [`${TITLE} - ${sub}`, "", TITLE, sub, "市长　张××", "同志们：", OPENING, CHECK, CLOSING];
    expect(mineText(page.join("\n")).removed.map((r) => r.reason)).not.toContain("网页窗口标题");
  });

  it("keeps a speech's first line that reads as a title and a phrase after a dash, when it comes nowhere again", () => {
    const own = "在全市道路运输安全生产工作会议上的讲话——守牢底线";
    expect(mineText([own, "同志们：", OPENING, CHECK, CLOSING].join("\n")).speeches[0]!.title).toContain(TITLE);
  });
});

describe("a 知乎 article with its 目录 and comments", () => {
  it("removes the 目录 with its button, the recommended titles and the comments stamped under their text", () => {
    const page = ["目录", "收起", "一、认清形势", "二、抓好排查", "", TITLE, "（2024年5月10日）", "同志们：", OPENING];
    page.push(
      "一、认清形势",
      CHECK,
      "二、抓好排查",
      DUTY,
      CLOSING,
      "",
      "推荐阅读",
      "应急管理局长在防汛工作会议上的讲话",
    );
    page.push(
      "",
      "32 条评论",
      "风吹麦浪",
      "写得很实用，收藏了，正好下周要给领导写类似的稿子。",
      "05-17 · 山东",
      "回复 12",
    );
    page.push("老秘书", "第三部分可以再加一段考核问责的具体措施。", "05-18 · 河南", "回复 5");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([
      OPENING,
      "一、认清形势",
      CHECK,
      "二、抓好排查",
      DUTY,
      CLOSING,
    ]);
  });
});

describe("comments stamped under their text without a name line", () => {
  it("keeps the speech's heading, its closing and a nickname's neighbours that are the speech's", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "二、压实责任",
      CHECK,
      DUTY,
      "谢谢大家",
      "写得好，学习了。",
      "05-17 · 山东",
    ];
    page.push("回复 12", "很实用，收藏。", "05-18 · 河南", "回复 5");
    const texts = textsOf(page);
    expect(texts).toEqual(expect.arrayContaining(["二、压实责任", CHECK, DUTY, "谢谢大家"]));
  });
});

describe("a 贴吧 thread and a speech's sources", () => {
  it("removes a member's name with the level badge, and a reply after it; a 参考资料 list goes", () => {
    const page = [TITLE, "安全小秘书  Lv.8  楼主", "同志们：", OPENING, "老安监员  Lv.6：顶", CHECK, DUTY, CLOSING];
    const refs = [
      "[1] 《××省应急管理厅关于近期事故情况的通报》，2024年4月。",
      "[2] 《全国安全风险集中治理方案》，国务院安委会办公室。",
    ];
    const mined = mineText([...page, "", "参考资料：", ...refs].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, CHECK, DUTY, CLOSING]);
    expect(removalReason(mined.removed, "老安监员  Lv.6：顶")).toBe("论坛界面文字");
  });
});

describe("a .txt typed with half-width punctuation", () => {
  it("reads a full stop after Chinese text as 。 before a space or the line's end", () => {
    expect(normaliseText("事故起数同比下降×%. 但死亡人数不降反升.")).toBe("事故起数同比下降×%。但死亡人数不降反升。");
  });

  it("leaves a number, an address and a dot stuck between two characters alone; a heading's number keeps a dot", () => {
    for (const line of ["增长3.5个百分点", "详见www.mem.gov.cn", "骑自行车的.人比较多"])
      expect(normaliseText(line)).toBe(line);
    expect(normaliseText("一.提高认识")).toBe("一．提高认识");
  });
});
