import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 10: a writing site that splits a speech over pages (a scraper
// joined them, each with the site's head again), a reprint whose comment box and the author's other posts stand
// below the footer, a materials site listing 相关材料, a newspaper's main title over its ——subtitle.
const TITLE = "在全县安全生产工作会议上的讲话";
const HEADLINE = "2024年县长在全县安全生产工作会议上的讲话";
const OPENING = "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。";
const CUT_BEFORE = "一季度全县道路交通事故起数同比上升，其中涉及电动自行车的事故占";
const CUT_AFTER = "比接近一半，一些乡镇安监站人员少、专业弱，问题还比较普遍。";
const BODY = "各乡镇要对辖区内企业逐一开展排查，建立隐患台账，落实整改责任、措施、资金、时限和预案。";
const CLOSING = "同志们，安全生产责任重于泰山，希望大家守土尽责，确保全县安全形势持续稳定。";
const SITE_HEAD = ["墨香范文网 - 写材料的好帮手", "首页 • 讲话稿 • 工作总结 • 心得体会 • 会员中心", HEADLINE];
const META = "发布时间：2024-04-11 21:06　栏目：领导讲话　阅读：5738";

describe("the ends of a scraped page", () => {
  it("joins a speech split over three pages, taking the site's head printed again at each page link", () => {
    const pager = "上一页 1 2 3 下一页";
    const page = [
      ...SITE_HEAD,
      META,
      "",
      TITLE,
      "县长　×××",
      "同志们：",
      OPENING,
      CUT_BEFORE,
      "",
      pager,
      "",
      ...SITE_HEAD,
      META,
      "",
      CUT_AFTER,
      "一、压实责任",
      BODY,
      pager,
      ...SITE_HEAD,
      CLOSING,
      "上一篇：在全县春季森林防火工作会议上的讲话",
    ];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(TITLE);
    const texts = speeches[0]!.blocks.map((b) => b.text);
    expect(texts).toContain(CUT_BEFORE + CUT_AFTER);
    expect(texts).toContain(CLOSING);
    expect(texts.join("")).not.toMatch(/墨香|上一页|2024年县长/);
  });

  it("reads the page's headline printed again with the page's number after it, the text flowing on", () => {
    const page = [...SITE_HEAD, META, "", TITLE, "同志们：", OPENING, CUT_BEFORE, "", "1　2　下一页"];
    page.push(`${HEADLINE}(2)`, "", CUT_AFTER, BODY, CLOSING);
    const texts = mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts).toContain(CUT_BEFORE + CUT_AFTER);
    expect(texts.join("")).not.toContain(HEADLINE);
  });

  it("keeps a collection's next speech titled with the page's headline and its number after a full stop", () => {
    const head = ["墨韵范文网 - 公文写作好帮手", "首页 • 讲话稿 • 工作总结", "企业安全生产讲话稿", ""];
    const page = [...head, "企业安全生产讲话稿（1）", "", OPENING, BODY, CLOSING, "", "1　2　下一页", ""];
    page.push("企业安全生产讲话稿（2）", "", CUT_AFTER, "一、压实责任", BODY, CLOSING);
    expect(mineText(page.join("\n")).speeches.map((s) => s.title)).toEqual([
      "企业安全生产讲话稿（1）",
      "企业安全生产讲话稿（2）",
    ]);
  });

  it("takes a head printed again whose lines include a list's header, which no speech's frame is", () => {
    const head = ["墨香范文网", "热门推荐", "讲话稿频道 • 工作总结", HEADLINE];
    const page = [
      ...head,
      "",
      TITLE,
      "同志们：",
      OPENING,
      CUT_BEFORE,
      "上一页 1 2 下一页",
      ...head,
      CUT_AFTER,
      BODY,
      CLOSING,
    ];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    const texts = speeches[0]!.blocks.map((b) => b.text);
    expect(texts).toContain(CUT_BEFORE + CUT_AFTER);
    expect(texts.join("")).not.toMatch(/墨香|热门推荐|讲话稿频道/);
  });

  it("keeps a line that merely repeats one line of the page's head after a page number", () => {
    const page = [...SITE_HEAD, TITLE, "同志们：", OPENING, CUT_BEFORE, "第1页", HEADLINE, CUT_AFTER, BODY, CLOSING];
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain(HEADLINE);
  });

  it("takes headlines and counters that stand below the footer, not a short closing after the text", () => {
    const page = [TITLE, "同志们：", OPENING, BODY, CLOSING, "谢谢大家！", "返回晨观，查看更多"];
    page.push("声明：该文观点仅代表作者本人，晨观号系信息发布平台。", "责任编辑：", "阅读 (2368)　点赞 (37)　投诉举报");
    page.push(
      "我来说两句",
      "0人参与，0条评论",
      "安全生产月来了！这10个安全常识请收好",
      "一图读懂：企业主要负责人的七项职责",
    );
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept.slice(-2)).toEqual([CLOSING, "谢谢大家！"]);
    expect(removalReason(removed, "0人参与，0条评论")).toBeDefined();
    expect(removalReason(removed, "一图读懂：企业主要负责人的七项职责")).toBeDefined();
  });

  it("keeps the speech's last short sentence and a signature below the text", () => {
    const page = [TITLE, "同志们：", OPENING, BODY, CLOSING, "（全文完）", "", "××县安委办", "2024年4月18日"];
    expect(removeNoiseFromPage(page).kept).toContain(CLOSING);
    const ending = [TITLE, "同志们：", OPENING, BODY, "让我们携起手来，共同守护全县平安！"];
    expect(removeNoiseFromPage(ending).kept.at(-1)).toBe("让我们携起手来，共同守护全县平安！");
  });

  it("reads 相关材料 and 作者最新文章 as headers of lists of links", () => {
    for (const header of ["相关材料", "作者最新文章", "本站推荐文章"]) {
      const links = ["在全县安全生产第二季度例会上的讲话", "常务副县长在安委会全体成员会议上的讲话"];
      const { speeches } = mineText([TITLE, "同志们：", OPENING, BODY, CLOSING, "", header, ...links].join("\n"));
      expect(speeches).toHaveLength(1);
      expect(speeches[0]!.blocks.map((b) => b.text).join("")).not.toContain("常务副县长");
    }
  });
});

describe("a wrapped line after a page break", () => {
  it("continues the sentence cut by the break, even with words of an advertisement in it (购买)", () => {
    const before = "加快推进危化品安全生产风险监测预警系统建设，推动化工园区智能化管控平台与";
    const after = "企业数据实时对接；通过政府购买服务方式引入第三方专业力量，充实县级监管";
    const mark = "知行文库 · 文档在线阅读 www.zhixingwk.cn";
    const page = [TITLE, "同志们：", mark, OPENING, before, "第 2 页 / 共 4 页", mark, after];
    page.push("执法队伍，力争年底前专业监管人员占比达到××%以上。", BODY, "第 3 页 / 共 4 页", mark, CLOSING);
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain(after);
    // A short notice after the break is still the break's own.
    const notice = [TITLE, "同志们：", OPENING, before, "第 2 页 / 共 4 页", "下载积分：5", after, CLOSING];
    expect(removeNoiseFromPage(notice).kept).not.toContain("下载积分：5");
  });
});

describe("what an outside review found the first version of these rules did wrong", () => {
  const LONG_CLOSING =
    "同志们，安全生产责任重于泰山。我们要以更加务实的作风，全力以赴抓好安全生产各项工作，为全县经济社会高质量发展营造安全稳定的环境。";
  const SLOGAN_END = "让我们携起手来，共同守护全县人民的生命财产安全！";

  it("keeps closing slogans below a caption or a site's watermark lines", () => {
    const captioned = [TITLE, "县长 王建国", "同志们：", OPENING, LONG_CLOSING, "▲会议现场"];
    captioned.push("（图片来源：××县融媒体中心）", "安全生产，警钟长鸣！", SLOGAN_END);
    expect(removeNoiseFromPage(captioned).kept.slice(-2)).toEqual(["安全生产，警钟长鸣！", SLOGAN_END]);
    const marked = [TITLE, "同志们：", OPENING, LONG_CLOSING, "本文来源于××范文网 www.xxfanwen.com"];
    marked.push("更多精彩范文请关注微信公众号：××范文", SLOGAN_END);
    expect(removeNoiseFromPage(marked).kept.at(-1)).toBe(SLOGAN_END);
  });

  it("keeps a short last page after the page's head printed again", () => {
    const head = ["××县应急管理局", "首页 > 工作动态 > 领导讲话", HEADLINE, META];
    const last = "让我们携起手来，为建设更高水平的平安××作出新的更大贡献！";
    const page = [...head, "同志们：", OPENING, BODY, LONG_CLOSING, "上一页 1 2 下一页", ...head, last];
    page.push("上一页 1 2 下一页", "版权所有：××县应急管理局");
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.at(-1)!.text).toBe(last);
  });

  it("keeps apart two speeches of one title with a page number between them", () => {
    const second = "刚才，李明书记对全县安全生产工作作了全面部署，讲得很好，我完全同意，请大家认真抓好贯彻落实。";
    const page = [TITLE, "同志们：", OPENING, "一、提高思想认识", BODY, "- 1 -", TITLE, "同志们：", second];
    page.push("一、提高思想认识", LONG_CLOSING, "- 2 -");
    const { speeches } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([TITLE, TITLE]);
  });

  it("does not take a quotation over its ——source for a title", () => {
    const page = [TITLE, "县长 王建国", "同志们：", OPENING, "总书记强调：", "“发展决不能以牺牲安全为代价”"];
    page.push("——习近平总书记在中央政治局常委会会议上的讲话", BODY, LONG_CLOSING);
    const texts = mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts.join("")).toContain("发展决不能以牺牲安全为代价");
  });
});

describe("a speech's header", () => {
  it("titles a speech by its main title and its ——subtitle together", () => {
    const slogan = "坚决守牢安全底线　为高质量发展保驾护航";
    const page = [slogan, "", "——在全市安全生产工作会议上的讲话", "市长　×××", "同志们：", OPENING, BODY, CLOSING];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches[0]!.title?.replace(/\s/g, "")).toBe(
      "坚决守牢安全底线为高质量发展保驾护航——在全市安全生产工作会议上的讲话",
    );
    expect(speeches[0]!.speaker).toBe("市长×××");
  });

  it("does not join a sentence and a subtitle, nor a title that already names its meeting", () => {
    const page = ["我们要把安全放在首位。", "——在全市安全生产工作会议上的讲话", "同志们：", OPENING, BODY];
    expect(mineText(page.join("\n")).speeches[0]!.title ?? "").not.toContain("首位");
  });

  it("takes a speaker with several posts, and of two titles as long the one nearer the speech", () => {
    const own = "在2024年第一季度全县安全生产例会上的讲话";
    const page = ["副县长在2024年一季度安全生产例会上的讲话", META, own];
    page.push(
      "县委常委、县人民政府副县长，县安全生产委员会副主任　×××",
      "（2024年4月18日）",
      "同志们：",
      OPENING,
      BODY,
    );
    const { speeches } = mineText(page.join("\n"));
    expect(speeches[0]!.title).toBe(own);
    expect(speeches[0]!.speaker).toBe("县委常委、县人民政府副县长，县安全生产委员会副主任×××");
    expect(speeches[0]!.blocks[0]!.text).toBe(OPENING);
  });
});
