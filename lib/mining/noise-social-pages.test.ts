import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of a 微博 long post, a county media app, a scanned 文件 with 版记.
const TITLE = "在全镇冬春火灾防控工作会议上的讲话";
const OPENING = "今天召开全镇冬春火灾防控工作会议，主要任务是分析当前火灾防控形势，部署冬春季节重点工作。";
const BODY = "各村要对独居老人、出租房屋和小作坊逐户开展消防安全检查，发现电线私拉乱接的，当场督促整改。";
const BODY2 = "镇消防站要加强对重点单位的监督检查，对检查中发现的重大火灾隐患，依法采取临时查封措施。";
const CLOSING = "同志们，防火工作责任重大，希望大家守土尽责，确保全镇火灾形势平稳。";

describe("social and news-app pages", () => {
  it("cuts topic tags, removes the sort bar over comments and the comments under it, and 收起全文", () => {
    const page = [TITLE, "同志们：", `#冬春火灾防控# ${OPENING}`, BODY, BODY2, CLOSING, "收起全文", "按热度 按时间"];
    page.push("青山下的老李：说得好，村里的电线确实该查查了", "12-04 08:15 来自浙江 回复 赞 9");
    // A reply longer than a link is still a comment, not the start of text.
    page.push("镇应急办 回复@青山下的老李：感谢支持！近期镇里就会安排电工逐户上门检查线路，请大家在家配合一下");
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING]);
    expect(removed.find((r) => r.text === "#冬春火灾防控#")?.reason).toBe("话题标签");
    // A mention inside a sentence goes with the space that ends it; 1#楼 and 2#车间 are numbers, not topics.
    const mention = removeNoiseFromPage([TITLE, "同志们：", "镇消防站@平安青山 要加强巡查。"]);
    expect(mention.kept).toContain("镇消防站要加强巡查。");
    expect(removeNoiseFromPage([TITLE, "请发邮件至anquan@163.com 报名。"]).kept).toContain(
      "请发邮件至anquan@163.com报名。",
    );
    expect(removeNoiseFromPage([TITLE, "1#楼和2#车间要配齐灭火器。"]).kept).toContain("1#楼和2#车间要配齐灭火器。");
  });

  it("cuts a blog post's time and tag after its title, and keeps a date alone for the header", () => {
    const page = ["老秘书的博客", "博文目录", `${TITLE}(2024-12-03 20:41:17)转载▼`, "同志们：", OPENING, BODY, CLOSING];
    const [speech] = mineText(page.join("\n")).speeches;
    expect(speech!.title).toBe(TITLE);
    expect(speech!.blocks[0]!.text).toBe(OPENING);
    expect(removeNoiseFromPage([`${TITLE}（2024-12-03）`, "同志们：", OPENING]).kept[0]).toBe(`${TITLE}（2024-12-03）`);
  });

  it("removes a news app's related headlines with their times, and its 监制 line", () => {
    const page = [TITLE, "同志们：", OPENING, BODY, CLOSING, "责任编辑：王敏", "监制：刘强", "相关新闻"];
    page.push("我镇开展冬季消防安全大检查", "3小时前", "镇卫生院举办应急疏散演练", "昨天 09:30");
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, CLOSING]);
    expect(removalReason(removed, "我镇开展冬季消防安全大检查")).toBe("相关文章列表");
  });

  it("reads ▲ and a place and time ending in 现场 as a caption, commas and all", () => {
    const page = [TITLE, "▲12月3日，全镇冬春火灾防控工作会议现场", "同志们：", OPENING, BODY];
    expect(removalReason(removeNoiseFromPage(page).removed, page[1]!)).toBe("图片说明");
  });

  it("removes a document's distribution lines, and lets a running footer go at each page break", () => {
    const footer = "扫描全能王 创建";
    const page = [TITLE, "同志们：", OPENING, "— 1 —", "", footer, BODY, "— 2 —", "", footer, BODY2, "— 3 —", footer];
    page.push(CLOSING, "抄送：镇党委办公室，镇人大主席团。", "— 4 —", footer);
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING]);
    expect(removed.filter((r) => r.reason === "页码")).toHaveLength(4);
    expect(removalReason(removed, "抄送：镇党委办公室，镇人大主席团。")).toBe("公文版记");
  });

  it("removes a forum's stamped comments between two posts, their 楼中楼 button and the next poster's name", () => {
    const page = [TITLE, "同志们：", OPENING, BODY, "2楼　2024-12-03 21:10", "回复(2)"];
    page.push("    山里人家：写得实在，收藏了　2024-12-3 21:15");
    page.push("    青山笔客 回复 山里人家：下半篇马上发　2024-12-3 21:20", "    说点什么", "", "青山笔客", "楼主　Lv7");
    page.push(BODY2, CLOSING);
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING]);
    expect(removalReason(removed, "山里人家：写得实在，收藏了　2024-12-3 21:15")).toBe("网友评论");
    expect(removalReason(removed, "说点什么")).toBe("夹在网站杂质之间的短行");
  });

  it("keeps a speech's own stamped lines and short lines: only a thread's chrome makes them comments or buttons", () => {
    // A duty log read out: the shape of stamped comments, but no 回复(N) or floor opens them, and the sentence
    // before it announces it (the learned model alone took it for chrome about half the time).
    const log = ["去年汛期那个晚上的值班记录，我念给大家听听：", "镇长王强：水位还在涨，请求支援 2024-07-21 23:10"];
    const read = removeNoiseFromPage([TITLE, "同志们：", OPENING, ...log, BODY, CLOSING]);
    expect(read.kept).toContain("镇长王强：水位还在涨，请求支援2024-07-21 23:10");
    expect(read.removed.filter((r) => r.reason === "网友评论")).toEqual([]);
    // A slogan, an unnumbered heading and 结束语 between captions or page numbers are the speech's.
    const page = [TITLE, "同志们：", OPENING, "▲图为会议现场", "守牢安全底线", "▲图为检查组在企业检查", BODY];
    page.push("安全第一", "预防为主", "综合治理", "▲图为执法人员现场检查", BODY2, "— 2 —", "结束语", "— 3 —", CLOSING);
    const { kept } = removeNoiseFromPage(page);
    for (const line of ["守牢安全底线", "安全第一", "预防为主", "综合治理", "结束语"]) expect(kept).toContain(line);
    // A time with 发表于 but no date is no account's byline.
    const noted = "上午9:30发表于县融媒体中心";
    expect(removalReason(mineText([noted, TITLE, OPENING].join("\n")).removed, noted)).not.toBe("公众号界面文字");
  });

  it("removes a 公众号 article's byline (原创, account, time posted, province) under a news headline", () => {
    const headline = "镇里召开冬春火灾防控工作会议";
    const byline = "原创　青山发布　青山发布　2024-12-04 18:30　发表于浙江";
    const lead = "12月3日，全镇冬春火灾防控工作会议召开，副镇长刘芳出席会议并讲话。现将讲话全文刊发如下：";
    const mined = mineText(
      [headline, "", byline, "", lead, "", TITLE, "副镇长　刘芳", "同志们：", OPENING, BODY].join("\n"),
    );
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY]);
    expect(removalReason(mined.removed, byline)).toBe("公众号界面文字");
  });

  it("removes a personal library's toolbar and source line after the speech, and an editor's note of a cut", () => {
    const page = [TITLE, "同志们：", OPENING, `${BODY}（此处原稿点名了两个村，已删去）`, CLOSING];
    page.push(
      "本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。",
      "转藏",
      "分享",
      "献花(0)",
    );
    page.push("来自： 青山文档 > 《安全生产》", "举报/认领");
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, CLOSING]);
  });
});

describe("a page's headline over the speech's own title", () => {
  it("takes the later title, and removes the headline and what stands between", () => {
    const page = [`副镇长${TITLE}`, "镇融媒体中心 · 阅读 1.2万", TITLE, "副镇长 刘芳", "同志们：", OPENING, BODY];
    const [speech, ...rest] = mineText(page.join("\n")).speeches;
    expect(rest).toEqual([]);
    expect(speech!.title).toBe(TITLE);
    expect(speech!.blocks.map((b) => b.text)).toEqual([OPENING, BODY]);
  });

  it("keeps a collection's 第N篇 marker over its repeated title to the collection rules", () => {
    const page = [`第二篇：副镇长${TITLE}`, TITLE, "同志们：", OPENING, BODY];
    expect(mineText(page.join("\n")).speeches[0]!.title).toBe(`副镇长${TITLE}`);
  });

  it("removes a dated news lead above the speech it prints", () => {
    const lead = "12月3日上午，全镇冬春火灾防控工作会议召开，副镇长刘芳出席会议并讲话。现将讲话全文刊发如下。";
    const mined = mineText([lead, "", TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING].join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).not.toContain(lead);
  });
});
