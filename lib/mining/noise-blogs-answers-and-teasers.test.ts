import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { speechesOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 22's: a 范文 collection with locked speeches, a blog post with
// its blogger's notes and comments, a Q&A answer, a self-media post, a TV conference's report, a CMS page break.
const TITLE = "在全镇节前安全生产检查动员会上的讲话";
const OPENING =
  "今天召开全镇节前安全生产检查动员会，主要任务是部署节日期间的安全防范工作，确保全镇群众过一个平安祥和的节日。";
const BODY = [
  "今年以来，全镇安全生产形势总体平稳，但道路交通、燃气使用和烟花爆竹等方面的隐患依然不少，不能有丝毫松懈。",
  "各村、各单位要对辖区内的企业、集贸市场、学校和人员密集场所逐一开展检查，发现问题当场督促整改，不留死角。",
  "镇安监站要会同派出所、市场监管所组成联合检查组，对非法储存烟花爆竹、违规使用燃气的行为坚决依法查处。",
  "各村党支部书记是本村安全工作的第一责任人，要亲自部署、亲自检查，层层压实责任，确保各项措施落到实处。",
];
const CLOSING = "同志们，节日期间的安全工作责任重大，希望大家迅速行动起来，确保全镇安全形势持续稳定。";
const SPEECH = [OPENING, ...BODY, CLOSING];
describe("a 范文 collection whose later speeches are locked", () => {
  it("keeps the speeches shown whole and drops a locked one's title and opening", () => {
    const page = ["第1篇：" + TITLE, "同志们：", ...SPEECH, "", "第2篇：在全镇端午节前安全检查会议上的讲话"];
    page.push("同志们：端午节即将来临，为确保节日期间全镇安全形势稳定，镇里决定开展一次节前检查。");
    page.push("🔒 剩余85%内容已隐藏　开通VIP查看全文");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(removalReason(mined.removed, "在全镇端午节前安全检查会议上的讲话")).toBe("付费隐藏的篇目（只见开头）");
  });
});

describe("a blog post of a speech", () => {
  it("drops the post's title over the blogger's note, the tags, the postscript and the comments", () => {
    const page = ["老周的笔记本", TITLE + "（镇长讲话稿）", "标签：", "道路交通", "讲话稿", "基层文秘"];
    page.push("这篇稿子是我上个月给我们镇长写的，在动员会上用了，领导基本没怎么改，大家可以参考一下框架。", "");
    page.push(TITLE, "同志们：", ...SPEECH, "写在后面：写这类稿子，我最大的体会是不能光喊口号，一定要有本地的数字。");
    page.push("1楼  乡里的小陈  2023-04-13 09:26  [回复]", "写得很接地气，想借鉴一下框架，谢谢老周！");
    page.push("博主回复：2023-04-13 21:05", "不客气，数字一定要换成你们当地的。");
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(SPEECH);
  });
});

describe("a Q&A site's answer", () => {
  it("removes the votes under an answer and splits out a heading run onto the end of a paragraph", () => {
    // More than eight paragraphs between 一、 and 三、: the 二、 lost inside them is still found.
    const page = [TITLE, "同志们：", OPENING, "一、正确看待当前形势", BODY[0]!, BODY[1]!, BODY[0]!, BODY[1]!];
    page.push(
      BODY[0]!,
      BODY[1]!,
      `${BODY[2]!}二、层层压实安全责任`,
      "（一）层层签订责任书。",
      BODY[3]!,
      BODY[2]!,
      BODY[3]!,
      "三、做好应急准备",
    );
    page.push(BODY[2]!, CLOSING, "有帮助(23)", "没帮助", "你对这个回答的评价是？");
    const [speech] = speechesOf(page);
    const headings = speech!.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual([
      "一、正确看待当前形势",
      "二、层层压实安全责任",
      "（一）层层签订责任书。",
      "三、做好应急准备",
    ]);
    expect(speech!.blocks.map((b) => b.text)).not.toContain("你对这个回答的评价是？");
    expect(removalReason(removeNoiseFromPage(page).removed, "有帮助(23)")).toBe("问答网站文字");
  });
});

describe("a self-media post, a TV conference's report and a CMS page break", () => {
  it("reads 【一、…】 as a heading and drops the platform's call to comment", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "【一、压实安全责任】",
      BODY[3]!,
      "【二、全面排查隐患】",
      BODY[1]!,
      CLOSING,
    ];
    page.push("你觉得你们镇的安全工作做得怎么样？欢迎在评论区留言讨论~");
    const [speech] = speechesOf(page);
    expect(speech!.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "一、压实安全责任",
      "二、全面排查隐患",
    ]);
    expect(speech!.blocks.at(-1)!.text).toBe(CLOSING);
  });

  it("drops the report below the speech: where the county sat in and the meeting held after it", () => {
    const page = [
      TITLE,
      "同志们：",
      ...SPEECH,
      "我县在县政府五楼会议室设分会场。县直有关部门主要负责同志在分会场参加会议。",
    ];
    page.push("会议结束后，×××随即召开续会，就贯彻落实会议精神作出安排。", "责任编辑：×××");
    expect(speechesOf(page)[0]!.blocks.map((b) => b.text)).toEqual(SPEECH);
  });

  it("cuts a CMS page break out of a sentence, which runs on across it", () => {
    const broken = BODY[1]!.replace("发现问题", "#p#分页标题#e#发现问题");
    const page = [TITLE, "同志们：", OPENING, BODY[0]!, broken, BODY[2]!, BODY[3]!, CLOSING];
    expect(speechesOf(page)[0]!.blocks.map((b) => b.text)).toEqual(SPEECH);
  });
});

// Set 23's shapes: an editor's lead-in between a collection's speeches, a repost's box of quoted sentences.
describe("a collection's lead-ins and a repost's quotes", () => {
  it("removes the editor's lead-in above each speech and the box of sentences quoted from the speech", () => {
    // Blank lines part the paragraphs (sentences a line each would otherwise read as a phone's reading view).
    const spaced = SPEECH.flatMap((p) => [p, ""]);
    const page = [
      "【篇一】",
      TITLE,
      "同志们：",
      ...spaced,
      "下面是小编整理的汛期防灾工作会议讲话，供大家参考。",
      "【篇二】",
    ];
    page.push("在全镇汛期防灾工作会议上的讲话", "同志们：", ...spaced, "【金句摘录】", "金句①｜安全是企业最大的效益。");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.blocks.map((b) => b.text))).toEqual([SPEECH, SPEECH]);
    expect(removalReason(mined.removed, "下面是小编整理的汛期防灾工作会议讲话，供大家参考。")).toBe("编者导语");
    expect(removalReason(mined.removed, "金句①｜安全是企业最大的效益。")).toBe("金句摘录（重复正文）");
  });
});
