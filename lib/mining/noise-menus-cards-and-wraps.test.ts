import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText, normaliseLines } from "./text-pipeline";

// Pages written for these tests in the shapes of set 20's: a 范文 site's menu row whose items join into a title, a
// watermark's bracket left behind, recommended posts' cards between paragraphs, a text wrapped at a count of
// characters with every paragraph indented.
const TITLE = "在全乡春季安全生产工作会议上的讲话";
const OPENING = "今天召开全乡春季安全生产工作会议，主要任务是分析当前形势，安排部署春耕春播期间的安全工作。";
const BODY = "各村要对农用车、农机具和村民自建房逐户排查，发现问题当场督促整改，不能整改的要落实管控措施。";
const BODY2 = "乡派出所和交管站要加强农忙季节道路巡查，对农用车违法载人、无证驾驶等行为依法劝阻和查处。";
const CLOSING = "同志们，安全生产责任重大，希望大家守土尽责，确保全乡安全形势平稳。";

describe("a 范文 site's menu row and its list of the collection", () => {
  const MENU = "首页　工作总结　工作计划　讲话稿　心得体会　述职报告　主持词　演讲稿　党团范文　应急预案";

  it("keeps the menu row one line: its items joined up to 讲话稿 are no title", () => {
    expect(normaliseLines([{ text: MENU, lineNo: 1 }])).toHaveLength(1);
  });

  it("lists a speech that is not on the page with the rest, so the first speech keeps its own title", () => {
    const page = ["某某范文网_讲话稿范文大全", "登录 | 注册 | 会员中心", MENU, "请输入关键词搜索范文　　搜索"];
    page.push("热搜：安全生产讲话　防汛讲话　季度例会", "当前位置：某某范文网 > 讲话稿 > 正文", "");
    page.push("乡镇安全生产会议讲话稿（精选2篇）", "发布时间：2024-06-03 09:17　栏目：安全生产讲话稿　浏览：2316次");
    page.push(
      "目录",
      "第1篇：" + TITLE,
      "第2篇：在全乡防汛工作会议上的讲话",
      "第3篇：村支书在全村安全大会上的讲话",
      "",
    );
    page.push("【第1篇】" + TITLE, "同志们：", OPENING, BODY, CLOSING, "", "【第2篇】在全乡防汛工作会议上的讲话");
    page.push("同志们：", "今天召开全乡防汛工作会议，主要任务是部署汛前准备工作，确保安全度汛。", BODY2, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE, "在全乡防汛工作会议上的讲话"]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, CLOSING]);
    expect(removalReason(mined.removed, "第3篇：村支书在全村安全大会上的讲话")).toBe("目录（篇目）");
    expect(removalReason(mined.removed, "热搜：安全生产讲话防汛讲话季度例会")).toBe("网页标签信息");
  });
});

describe("a 文库 page's buttons and a draft's status", () => {
  it("removes a row of buttons and a lone （征求意见稿） under the title", () => {
    const page = ["下载文档　收藏　分享　举报", TITLE, "（征求意见稿）", "同志们：", OPENING, BODY, CLOSING];
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, CLOSING]);
    expect(removalReason(removed, "（征求意见稿）")).toBe("文稿状态标记");
  });
});

describe("a watermark in its brackets", () => {
  it("goes with its brackets and the site's verb, and the sentence closes up", () => {
    const watermarked =
      "各村要对农用车、农机具和村民自建房逐户排查，【笔杆子范文网 www.bgzfw.com 整理】发现问题当场督促整改，不能整改的要落实管控措施。";
    const page = [TITLE, "同志们：", OPENING, watermarked, BODY2, CLOSING, "本文来源：笔杆子范文网"];
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain(BODY);
  });

  it("leaves a speech's own brackets alone on a line without a watermark", () => {
    const own = "乡安监站要把整改情况（整理成册）报乡党委、政府，逐项对账销号。";
    expect(removeNoiseFromPage([TITLE, "同志们：", OPENING, own, CLOSING]).kept).toContain(own);
  });
});

describe("recommended posts' cards between paragraphs", () => {
  it("removes the card's author and counts, and a card's title that reads like a speech's", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      "推荐阅读",
      "村支书在春耕安全动员会上的讲话",
      "材料小能手 · 1.2万阅读 · 36评论",
    ];
    page.push(BODY2, "推荐阅读", "安全员年终述职，值得收藏", "笔杆子老王 · 5196阅读 · 8评论", CLOSING);
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING]);
    expect(removalReason(removed, "村支书在春耕安全动员会上的讲话")).toBe("相关文章列表");
    expect(removalReason(removed, "材料小能手 · 1.2万阅读 · 36评论")).toBe("相关文章列表");
  });

  it("keeps a speech's sentence that counts readers or reports figures", () => {
    const own = "全乡共发放宣传资料3000份，培训村民1200人次。";
    expect(removeNoiseFromPage([TITLE, "同志们：", OPENING, own, CLOSING]).kept).toContain(own);
  });
});

describe("a text wrapped at a count of characters, every paragraph indented", () => {
  // 30 characters a line, the indent counted: a line holding half-width digits stops short of the margin.
  const wrap = (text: string) => {
    const lines = ["　　" + text.slice(0, 28)];
    for (let i = 28; i < text.length; i += 30) lines.push(text.slice(i, i + 30));
    return lines;
  };
  const paragraphs = [
    // its second line ends in 。 with 2024 and 137 on it
    "今年一季度，乡安委办牵头组织了三个检查组，对全乡各村居和沿街的经营门店进行了检查，2024年以来共查出隐患137处。其中还有一部分没有整改到位，要在月底前全部整改销号。",
    "从检查情况看，问题主要集中在小作坊消防器材缺失过期、电线私拉乱接，以及部分村安全巡查记录是补写的，应付检查的痕迹很明显，必须坚决纠正。",
    "有的同志觉得，我们乡没有大企业、没有矿山，安全生产出不了大事。这种想法很危险，农村安全无小事，一场火灾就可能让一个家庭倾家荡产。",
    "各村要把安全巡查纳入网格员日常工作，做到巡查有记录、问题有台账、整改有回音，乡里每月抽查一次，抽查结果纳入年度考核。",
    "乡派出所和交管站要加强农忙季节道路巡查，对农用车违法载人、无证驾驶等行为依法劝阻和查处，确保群众出行安全，减少交通事故。",
    "乡应急办要修订完善防汛、森林防火等应急预案，组织一次实战演练，确保关键时刻拉得出、用得上。",
    "各企业要落实主体责任，主要负责人要亲自抓安全，每月至少带队检查一次。",
    "乡纪委要加强监督，对工作不力、敷衍塞责的严肃问责。",
  ];
  it("joins a line that ends in 。 a few columns short of the margin to the unindented line below it", () => {
    const lines = paragraphs.flatMap(wrap);
    expect(lines[1]).toMatch(/137处。$/); // the case this test is about
    const mined = mineText([TITLE, "同志们：", ...lines].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(paragraphs);
  });

  it("counts the characters of a line with many digits, and lets a heading stand unindented", () => {
    const digits =
      "今年以来，乡安委办牵头组织三个检查组，全年共查出隐患1372处、整改1290处，余下82处限期到2025年3月底改。要盯紧不放，逐项整改销号，不留尾巴。";
    const lines = [...wrap(digits), "二、压实安全责任", ...paragraphs.slice(1).flatMap(wrap)];
    expect(lines[1]).toMatch(/改。$/); // 47 columns of 60: short in columns, full in characters
    const texts = mineText([TITLE, "同志们：", ...lines].join("\n")).speeches[0]!.blocks.map((b) => b.text);
    expect(texts[0]).toBe(digits);
  });

  it("still ends a paragraph at a line well short of the margin when the next is not indented", () => {
    const lines = paragraphs.flatMap(wrap);
    const short = lines.indexOf("显，必须坚决纠正。");
    expect(short).toBeGreaterThan(0);
    lines.splice(short + 1, 0, "乡里的要求就这些，大家回去以后要抓紧落实。"); // a paragraph of one line, not indented
    const texts = mineText([TITLE, "同志们：", ...lines].join("\n")).speeches[0]!.blocks.map((b) => b.text);
    expect(texts).toContain("乡里的要求就这些，大家回去以后要抓紧落实。");
  });
});
