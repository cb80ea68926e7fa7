import { describe, expect, it } from "vitest";
import { REVIEWED_PAGES as PAGES } from "../testing/boards-and-papers-review-pages";
import { speechesOf, textsOf } from "../testing/mined-page";

// The pages an outside review of 65a44b9 wrote to break the rules for sets 88 and 89 (a portal's list numbers, a
// poster's aside, a log's people, a journal's abstract and cited works, a BBS post's signature and its other authors'
// posts, terminal colour codes, 评论区见): each keeps here what 65a44b9 dropped or broke.

/** The page's blocks joined, to look for a line's words. */
const joined = (name: keyof typeof PAGES) => textsOf(PAGES[name]).join("\n");

describe("a speech's own numbered points", () => {
  it("keeps 1.–6. whose first opens （一）类…, and 1.–5. whose first opens 一、二级…, and the next heading", () => {
    expect(joined("p1")).toContain("1.（一）类风险企业要逐一建立台账");
    const blocks = speechesOf(PAGES.p2)[0]!.blocks;
    expect(blocks.map((b) => b.text).join("")).toContain("1.一、二级重大危险源企业");
    expect(blocks.find((b) => b.text.startsWith("三、强化保障"))?.kind).toBe("heading");
  });

  it("keeps a list of proposals ending in 让我们…, and a host's agenda", () => {
    expect(joined("p3")).toContain("1.牢固树立安全发展理念");
    expect(joined("p4")).toContain("1.县应急局局长周强通报");
  });
});

describe("a speech's own lines that look like a poster's or an app's", () => {
  it("keeps a measure under a 广告 label that names its day", () => {
    expect(joined("p6")).toContain("5月1日起全面拆除危旧户外广告牌");
  });

  it("keeps a 传达 speech's 这段是… lines", () => {
    expect(joined("p7")).toContain("这段是市长讲话中最重要的部分");
    expect(joined("p7")).toContain("上面这段是市里对我们县点名批评的内容");
  });

  it("keeps a ticket's roles (提交人：, 审批人：, 接收人：, 可见范围：)", () => {
    for (const role of ["提交人：作业班组负责人", "审批人：企业安全生产第一责任人", "接收人：现场监护人"])
      expect(joined("p8b")).toContain(role);
  });

  it("keeps a paper's abstract the speech quotes, and a quiz's questions", () => {
    expect(joined("p9")).toContain("摘要：本文从基层应急管理体制入手");
    expect(joined("p10")).toContain("发现火灾时，应首先拨打的报警电话是");
  });

  it("keeps figures in brackets ([2m及以上]) and a sentence with 评论区见缝插针", () => {
    expect(joined("p14")).toContain("2m及以上");
    expect(joined("p14")).toContain("24m以上");
    expect(joined("p19")).toContain("评论区见缝插针");
  });
});

describe("a BBS post's dashes and its authors", () => {
  it("keeps a speech under a poster's -- and one whose sentence runs on across --", () => {
    expect(speechesOf(PAGES.p15b)).toHaveLength(1);
    expect(joined("p15")).toContain("三、压实责任，确保各项措施落地见效");
  });

  it("keeps the speech another author posts in two posts under a request", () => {
    const speeches = speechesOf(PAGES.p12);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text).join("")).toContain("各级党委政府要切实扛起安全生产政治责任");
  });
});
