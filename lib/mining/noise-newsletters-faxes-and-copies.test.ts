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
import { decodeDocument } from "./decode-document";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 39's: a page pre-rendered into <noscript>, a responsive page
// with its article twice, a document site's download prompt, a newsletter, a 简报's distribution, a 会议纪要 with
// the speech attached, a fax and a 微博 thread.
const SPEECH = COUNTY_SPEECH_HEAD;
const REST = COUNTY_SPEECH_REST;
const BLOCKS = COUNTY_SPEECH_BLOCKS;
const decode = async (html: string) => (await decodeDocument("page.html", new TextEncoder().encode(html))).text;

describe("pages saved from the browser", () => {
  it("reads a pre-rendered page's article from its <noscript> when the page shows only its skeleton", async () => {
    const article = [COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING];
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="app"><p>内容加载中，请稍候…</p></div><noscript><h1>${COUNTY_TITLE}</h1>${article.map((p) => `<p>${p}</p>`).join("")}</noscript></body></html>`;
    expect((await decode(html)).split("\n").filter(Boolean)).toEqual([COUNTY_TITLE, ...article]);
  });

  it("keeps one copy of an article a page carries twice, and a shortened version beside the full one", () => {
    const mobile = [
      SPEECH[0]!,
      "导读：6月3日上午，全县安全生产工作会议召开。",
      ...SPEECH.slice(1, 5),
      "会议现场（县应急管理局 供图）",
    ];
    const { speeches } = mineText([...SPEECH, ...REST, "", ...mobile, COUNTY_SITUATION, ...REST].join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
    const short = [
      "（精简版）",
      COUNTY_TITLE,
      "同志们：",
      "今天主要讲两点。",
      "一、认清形势",
      "全县形势总体平稳，但隐患不少。",
    ];
    short.push("二、压实责任", "各乡镇要落实党政同责，严肃追究失职责任。", "谢谢大家！");
    expect(mineText([...SPEECH, ...REST, "", ...short].join("\n")).speeches).toHaveLength(2);
  });
});

describe("a newsletter, a 简报 and a document site", () => {
  it("removes a newsletter's other items under their 查看详情>> links and its subscription footer", () => {
    const items = [
      "【部门动态】市应急管理局组织开展防汛应急演练",
      "6月12日，市应急管理局在××河开展防汛抢险综合应急演练。",
      "查看详情>>",
    ];
    items.push("【温馨提示】汛期出行安全提示", "进入主汛期，市民出行请关注天气预报和预警信息。", "查看详情>>");
    items.push("您收到此邮件是因为您订阅了“政务信息”邮件推送服务。", "如不希望再收到此类邮件，请点击退订。");
    expect(textsOf([...SPEECH, ...REST, ...items])).toEqual(BLOCKS);
  });

  it("removes a 简报's 报：送：发： lines and a document site's download prompt", () => {
    const briefing = [
      "报：县委、县人大常委会、县政府主要领导，市应急管理局。",
      "送：县安委会各成员单位。",
      "发：各乡镇人民政府，县直有关单位。",
    ];
    expect(textsOf([...SPEECH, ...REST, ...briefing])).toEqual(BLOCKS);
    const prompt = [
      "版权说明：本文档由用户提供并上传，若内容存在侵权，请进行举报或认领",
      "下载文档到电脑，查找使用更方便",
      "4 积分 下载",
    ];
    expect(textsOf([...SPEECH, ...REST, ...prompt])).toEqual(BLOCKS);
  });
});

describe("documents around the speech", () => {
  it("removes a 会议纪要 above the speech it attaches", () => {
    const summary = ["××县安全生产委员会会议纪要", "〔2024〕1号", "县安委会2024年第一次全体会议纪要"];
    summary.push("2024年3月21日上午，县长主持召开县安委会全体会议。", "一、会议指出，2023年全县安全生产形势总体平稳。");
    summary.push(
      "二、会议强调，各乡镇、各部门要牢固树立安全发展理念。",
      "出席：×××　×××",
      "附件：县长在全县安全生产工作会议上的讲话",
      "",
      "附件",
    );
    const { speeches } = mineText([...summary, ...SPEECH, ...REST].join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
  });

  it("removes a fax's header on every page, spaced out as it is, the text flowing across it", () => {
    const fax = "FR0M : 区应急管理局        FAX N0. : 0×××-×××××××        Mar. 05 2024 10:22AM   P2";
    const cut = COUNTY_SITUATION.indexOf("但事故总量");
    const page = [
      fax,
      ...SPEECH.slice(0, 5),
      COUNTY_SITUATION.slice(0, cut),
      fax,
      COUNTY_SITUATION.slice(cut),
      ...REST,
    ];
    expect(textsOf(page)).toEqual(BLOCKS);
  });

  it("reads a 微博 thread's numbered posts: their markers, times, counts and reposts removed, the title found", () => {
    const page = [
      "××县发布",
      "3-28 16:05 来自 微博 weibo.com",
      `【1/3】#县委书记讲安全# 【${COUNTY_TITLE}】`,
      ...SPEECH.slice(1, 4),
    ];
    page.push("转发 36　　评论 12　　赞 88", "××县发布", "3-28 16:07 来自 HUAWEI Mate 60 Pro");
    page.push(`【2/3】#县委书记讲安全# 一、认清形势`, COUNTY_SITUATION, "转发 14　　评论 5　　赞 61");
    page.push("学习贯彻！全县应急管理系统坚决扛起责任。//@××县发布:【2/3】#县委书记讲安全#...");
    page.push("××县发布", "3-28 16:09 来自 HUAWEI Mate 60 Pro", `【3/3】#县委书记讲安全# ${REST[0]}`, ...REST.slice(1));
    const { speeches } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
  });
});

// What an outside review of these rules found them damaging, each kept as the speaker wrote it.
describe("a speech's own text that those rules leave alone", () => {
  it("keeps a speech's sections after a 总之，… inside it, with a related list's 阅读全文>> links below", () => {
    const inside = "总之，安全生产只有起点没有终点，必须常抓不懈。";
    const related = ["在全市防汛工作会议上的讲话", "阅读全文>>", "在全县消防工作会议上的讲话", "阅读全文>>"];
    const texts = textsOf([
      ...SPEECH,
      inside,
      ...REST.slice(0, -1),
      "安全生产责任重于泰山，希望大家扎实抓好各项工作！",
      ...related,
    ]);
    expect(texts).toEqual(expect.arrayContaining([COUNTY_CHECK, COUNTY_DUTY]));
  });

  it("keeps last year's speech and this year's under the same title, and a 范文 page's two speeches sharing paragraphs", () => {
    const year = (date: string, opening: string) => [
      COUNTY_TITLE,
      `（${date}）`,
      "同志们：",
      opening,
      ...SPEECH.slice(4),
      ...REST,
    ];
    const page = [
      ...year("2022年3月8日", COUNTY_OPENING),
      "",
      ...year("2023年3月6日", "今天召开今年的全县安全生产工作会议。"),
    ];
    expect(mineText(page.join("\n")).speeches).toHaveLength(2);
  });

  it("keeps a speech relaying a 纪要 with the speech it attaches", () => {
    const relay = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "一、传达市委常委会会议纪要",
      "会议指出，全市安全生产形势总体平稳。",
    ];
    relay.push(
      "会议强调，各地要压实安全生产责任。",
      COUNTY_SITUATION,
      ...REST,
      "附件：市委书记在市委常委会会议上的讲话（摘要）",
    );
    relay.push("", "在市委常委会会议上的讲话（摘要）", "同志们：", COUNTY_CHECK, COUNTY_CLOSING);
    expect(mineText(relay.join("\n")).speeches).toHaveLength(2);
  });

  it("keeps a speech's own 取消订阅, //@ quoted in a sentence and step list 报：送：发：", () => {
    const own = ["对群众反映强烈的营销推送，要及时取消订阅功能，不得强制推送。"];
    own.push("网友在转发我县通报时写道“//@某某县发布:希望尽快整改”，这说明群众在看着我们。");
    own.push("报：县委办公室备案；", "送：县纪委监委监督；", "发：各乡镇各部门执行。");
    const texts = textsOf([...SPEECH, ...own, ...REST]).join("\n");
    expect(texts).toContain("要及时取消订阅功能，不得强制推送。");
    expect(texts).toContain("希望尽快整改”，这说明群众在看着我们。");
    expect(texts).toContain("报：县委办公室备案；");
  });

  it("reads an app page's article from its state, not the site's menu in its <noscript>", async () => {
    const menu =
      "首页　政务公开　政策文件　办事服务　互动交流　走进本市　".repeat(12) +
      "请启用浏览器的脚本功能以正常访问本网站。";
    const article = [COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY].map((p) => `<p>${p}</p>`).join("");
    const state = `{"article":{"title":"${COUNTY_TITLE}","content":${JSON.stringify(article)}}}`;
    const html = `<!DOCTYPE html><html><body><div id="app">加载中…</div><noscript><p>${menu}</p></noscript><script>window.__STATE__=${state};</script></body></html>`;
    expect((await decode(html)).split("\n")[0]).toBe(COUNTY_TITLE);
  });
});
