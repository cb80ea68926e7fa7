import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of sets 116, 118 and 119's portals, news and enterprise sites: a news
// reprint of two speeches with a ▲ photo caption between paragraphs, a 政策解读 page's floated 解读 box, a CMS's
// three-part window title (headline, column, site), an enterprise site's counter of safe days, a Markdown export's
// italic caption, a 范文 site's 小编推荐 box starred between paragraphs.
const TITLE = "在全区安全生产工作会议上的讲话";
const OPENING =
  "刚才，几位同志通报了有关情况，我完全同意。借这个机会，我就做好全区安全生产工作再讲三点意见，请大家认真抓好落实。";
const SITUATION =
  "上个月，市安委会对我区开展安全巡查，共指出问题46个，其中有11个问题是去年检查中已经发现、至今没有整改到位的。";
const CHECK =
  "安全生产月期间，各部门要对全区所有企业开展一次拉网式排查，重点是危化品使用企业和粉尘涉爆企业，做到全覆盖、无死角。";
const DUTY = "管委会各部门要严格落实“三管三必须”的要求，分管领导要对分管领域的安全生产负起领导责任，年底纳入部门考核。";
const CLOSING = "同志们，安全发展是高质量发展的前提。希望大家把各项工作抓实抓细，为全区发展提供坚实的安全保障。";

describe("a news reprint with a ▲ photo caption between two paragraphs of a speech", () => {
  const page = ["经开区召开安全生产工作会议", "", TITLE, "管委会主任　孙××", "同志们："];
  page.push(OPENING, "一、要把思想认识再提高。", SITUATION, "▲孙××在会上讲话", "二、要把风险隐患再排查。", CHECK);
  page.push("三、要把安全责任再压实。", DUTY, CLOSING);

  it("removes the caption (a name, 在…上 and 讲话), so the speech stays one with its 。-ended headings", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const headings = mined.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toHaveLength(3);
    expect(removalReason(mined.removed, "▲孙××在会上讲话")).toBe("图片说明");
  });

  it("keeps a ▲ title in 在…上的讲话 form, which a caption never takes", () => {
    const own = "▲在全区安全生产工作会议上的讲话";
    expect(removalReason(mineText([own, "同志们：", OPENING, CHECK, CLOSING].join("\n")).removed, own)).toBeUndefined();
  });
});

describe("a 政策解读 page whose 解读 box lands between two sections", () => {
  const box = ["【解读】一图读懂全区安全生产工作会议精神", "● 关键数据：去年全区事故起数同比下降13.6%。"];
  box.push("● 重点任务：重大事故隐患动态清零。", "解读单位：区应急管理局政策法规科　　解读人：钟××");

  it("removes the head, its bulleted points and the interpreter's credit", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "一、认清形势",
      SITUATION,
      "",
      ...box,
      "",
      "二、抓好排查",
      CHECK,
      CLOSING,
    ];
    const mined = mineText(page.join("\n"));
    for (const line of box) expect(removalReason(mined.removed, line)).toBe("政策解读框");
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toContain(CHECK);
  });

  it("keeps a speech's own bulleted points with a label, where no 解读 head and credit enclose them", () => {
    const own = ["● 关键数据：去年全区事故起数同比下降13.6%。", "● 重点任务：重大事故隐患动态清零。"];
    const texts = textsOf([TITLE, "同志们：", OPENING, SITUATION, ...own, CHECK, CLOSING]).join("");
    for (const line of own) expect(texts).toContain(line.replace(/\s/g, ""));
  });
});

describe("a CMS window title in three parts over a speech", () => {
  const opening = OPENING.replace("几位同志", "王立新总经理");

  it("removes the title bar (headline, column, site of any name) and the site's name under it", () => {
    const bar = `${TITLE}--安全生产--××煤业集团新闻中心`;
    const page = [bar, "××煤业集团新闻中心", "首页 | 集团概况 | 新闻中心 | 安全生产", "", TITLE, "董事长　刘××"];
    page.push("（2024年3月8日）", "同志们：", opening, CHECK, DUTY, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(removalReason(mined.removed, bar)).toBe("网页窗口标题");
    expect(removalReason(mined.removed, "××煤业集团新闻中心")).toBe("网页窗口标题");
  });

  it("removes a news headline's title bar too, its headline standing again below", () => {
    const news = "全县交通运输安全生产工作会议召开";
    const bar = `${news}_工作动态_××县交通运输局`;
    const page = [bar, "××县交通运输局", "", news, "", TITLE, "局长　马××", "同志们：", opening, CHECK, CLOSING];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(removalReason(mined.removed, bar)).toBe("网页窗口标题");
  });

  it("keeps a first line in three parts whose headline comes nowhere again", () => {
    const own = `${TITLE}——守牢底线——压实责任`;
    const mined = mineText([own, "同志们：", opening, CHECK, CLOSING].join("\n"));
    expect(mined.removed.map((r) => r.reason)).not.toContain("网页窗口标题");
  });
});

describe("an enterprise site's counter of safe days", () => {
  const counter = "★安全运行天数★　集团公司已实现安全生产 1286 天（截至2024年3月11日）";

  it("removes the counter's line, its label framed by stars, wherever it stands", () => {
    const page = [TITLE, "同志们：", OPENING, counter, SITUATION, CHECK, CLOSING];
    const mined = mineText(page.join("\n"));
    expect(removalReason(mined.removed, counter)).toBe("网站页眉页脚");
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CHECK, CLOSING]);
  });

  it("keeps the speech's own count of safe days, in a sentence", () => {
    const own = "截至今年2月底，集团公司已连续安全生产1274天。这些成绩来之不易，是全体干部职工共同努力的结果。";
    expect(textsOf([TITLE, "同志们：", OPENING, own, CHECK, CLOSING])).toContain(own);
  });
});

describe("a Markdown export with an image's italic caption", () => {
  const head = ["---", "title: 节前安全这根弦一刻也不能松", "author: ××安环", "---", "", `# ${TITLE}`, ""];
  const body = ["同志们：", "", OPENING, "", "## 一、认清形势", "", SITUATION, "", "## 二、抓好排查", "", CHECK];
  body.push("", CLOSING);

  it("takes the stars off a whole italic line, so the caption (▲…现场（摄影：…）) goes", () => {
    const caption = "*▲ 部署会现场（摄影：徐××）*";
    const mined = mineText([...head, "![图片](https://example.com/1.jpeg)", "", caption, "", ...body].join("\n"));
    expect(removalReason(mined.removed, "▲ 部署会现场（摄影：徐××）")).toBe("图片说明");
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).not.toContain(caption);
  });

  it("keeps an italic sentence of the speech, without its stars", () => {
    const own = "安全这个东西，你糊弄它一时，它就糊弄你一辈子，大家一定要记住这句话。";
    const texts = textsOf([...head, ...body.slice(0, 4), `*${own}*`, "", ...body.slice(4)]);
    expect(texts).toContain(own);
  });
});

describe("a 范文 site's 小编推荐 box starred between two paragraphs", () => {
  const links = ["★ 2024年学校安全工作计划（通用5篇）", "★ 开学第一课安全教育讲话稿", "★ 校园安全隐患排查整改报告范文"];

  it("removes every starred link, the last over a paragraph of the speech too", () => {
    const page = [TITLE, "老师们：", OPENING, SITUATION, "", "小编推荐：", ...links, "", CHECK, DUTY, CLOSING];
    const mined = mineText(page.join("\n"));
    for (const link of links) expect(removalReason(mined.removed, link)).toBe("相关文章列表");
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CHECK, DUTY, CLOSING]);
  });

  it("keeps a speech's own starred points, under no list's header", () => {
    const own = ["★ 校门口和校车这两块要盯紧，上下学高峰值周老师要准时到岗。", "★ 宿舍用电要每周查一次。"];
    const texts = textsOf([TITLE, "老师们：", OPENING, ...own, CHECK, CLOSING]).join("");
    for (const line of own) expect(texts).toContain(line.replace(/\s/g, ""));
  });
});
