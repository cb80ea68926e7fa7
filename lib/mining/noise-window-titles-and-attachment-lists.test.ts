import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { widgetLineReason } from "./noise-widget-lines";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 134's portals: a city portal saved under its window title
// (the CMS's headline names the speaker before the title the page prints bare), with the site's banner and its
// search box's placeholder over the speech; and an education bureau's page whose attachments, numbered file names,
// stand under a 【下载附件】 button below the speech (or under no label at all).
const TITLE = "在全区汛期安全生产工作会议上的讲话";
const OPENING =
  "今天召开全区汛期安全生产工作会议，主要任务是分析当前形势，部署汛期各项安全防范工作。下面，我讲三点意见。";
const SITUATION =
  "今年以来，全区共发生生产安全事故5起、死亡4人，同比分别下降16%和20%，没有发生较大事故，总体形势平稳。";
const CHECK =
  "各街道要在六月底前对辖区地下空间、在建工地和低洼易涝点开展一次全面排查，查出的隐患要建立台账，逐项明确整改责任人。";
const CLOSING = "同志们，汛期安全责任重大，希望大家克服麻痹思想，抓紧抓实各项工作，确保全区安全度汛。";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a portal page saved under its window title, the speaker named before the title", () => {
  const window = `郑××${TITLE}_领导讲话_桂溪区人民政府`;
  const head = [
    window,
    "桂溪区人民政府门户网站",
    "首页　　政务公开　　政务服务　　互动交流",
    "请输入关键词搜索本站内容",
  ];
  head.push("您当前的位置：首页 > 政务公开 > 领导讲话", "", TITLE, "来源：区政府办公室　　发布时间：2024-06-03");
  const page = [...head, "", "区长　郑××", "（2024年6月2日）", "", "同志们：", OPENING, SITUATION, CHECK, CLOSING];

  it("removes the window title, the site's banner and the search box's placeholder; the title and speaker stay", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => [s.title, s.speaker])).toEqual([[TITLE, "区长郑××"]]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CHECK, CLOSING]);
    expect(removalReason(mined.removed, window)).toBe("网页窗口标题");
    expect(removalReason(mined.removed, "桂溪区人民政府门户网站")).toBe("网页窗口标题");
    expect(removalReason(mined.removed, "请输入关键词搜索本站内容")).toBe("网站页眉页脚");
  });

  it("keeps a speech's first line that names a speaker and the title with no site after it", () => {
    const own = `郑××${TITLE}`;
    expect(
      mineText([own, "同志们：", OPENING, SITUATION, CLOSING].join("\n")).removed.map((r) => r.reason),
    ).not.toContain("网页窗口标题");
  });

  it("keeps a speech's sentence about the portal's own site and its search box", () => {
    const site = "桂溪区人民政府门户网站要开设防汛专栏，及时公布易涝点和避险转移路线。";
    const search = "请输入关键词搜索本站内容这一功能，各街道要教会网格员使用，群众来问时能当场查到。";
    const body = [TITLE, "区长　郑××", "同志们：", OPENING, site, search, CHECK, CLOSING];
    expect(blocksOf([window, "", ...body])).toEqual(expect.arrayContaining([site, search]));
  });
});

describe("a search box's placeholder on a line of its own", () => {
  it("reads the usual placeholders as the page's header", () => {
    for (const t of [
      "请输入关键词搜索本站内容",
      "请输入关键字",
      "输入关键词搜索",
      "请输入您要搜索的内容",
      "请输入搜索内容…",
    ])
      expect(widgetLineReason(t)).toBe("网站页眉页脚");
  });

  it("keeps sentences that tell hearers what to type", () => {
    for (const t of ["请输入关键词。", "请输入正确的验证码", "请输入关键词后点击查询，系统会列出本单位的隐患记录。"])
      expect(widgetLineReason(t)).toBeNull();
  });
});

describe("a page's attachments, numbered file names, below the speech", () => {
  const files = [
    "1. 桂溪区2024年汛期隐患排查表.xlsx",
    "2. 街道防汛安全责任书（2024版）.docx",
    "3. 易涝点台账（样表）.xls",
  ];
  const body = [TITLE, "区长　郑××", "同志们：", OPENING, SITUATION, CHECK, CLOSING, ""];

  it("removes them under a 【下载附件】 button", () => {
    const mined = mineText([...body, "【下载附件】", ...files, "上一篇：区防指召开防汛调度会"].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CHECK, CLOSING]);
    for (const line of ["【下载附件】", ...files]) expect(removalReason(mined.removed, line)).toBe("文件名");
  });

  it("removes them when no label stands over them, numbered or not", () => {
    const bare = files.map((f) => f.replace(/^\d\.\s*/, ""));
    for (const list of [files, bare]) {
      const mined = mineText([...body, ...list].join("\n"));
      expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CHECK, CLOSING]);
      for (const line of list) expect(removalReason(mined.removed, line)).toBeDefined();
    }
    // (the numbered ones by this rule: the unnumbered may read as other documents' names, 其他文件)
    for (const line of files)
      expect(removalReason(mineText([...body, ...files].join("\n")).removed, line)).toBe("文件名");
  });

  it("keeps file names the speech announces, and a sentence naming one file", () => {
    const announce = "会后，请各街道对照下面两张表逐项自查：";
    const own = "区应急管理局已经把《汛期隐患排查表.xlsx》发到各街道邮箱，请大家按表填报。";
    const page = [TITLE, "同志们：", OPENING, announce, ...files.slice(0, 2), own, CHECK, CLOSING];
    const mined = mineText(page.join("\n"));
    for (const line of files.slice(0, 2)) expect(removalReason(mined.removed, line)).toBeUndefined();
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toContain(own);
  });
});
