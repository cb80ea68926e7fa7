import { describe, expect, it } from "vitest";
import { REVIEWED_PAGES as PAGES } from "../testing/ai-and-galleries-review-pages";
import { speechesOf, textsOf } from "../testing/mined-page";

// The pages an outside review of 8b7a307 wrote to break the rules for set 90 (a gallery's counters, comments stamped
// after the province, a news lead, a report after the closing, a document site's AI tools): each keeps here what
// 8b7a307 dropped.

const joined = (name: keyof typeof PAGES) => textsOf(PAGES[name]).join("\n");

describe("a speech's own lines that look like a gallery's or a comment's", () => {
  it("keeps a 讲解词's narration under its slide numbers (图 1/3)", () => {
    expect(joined("p4")).toContain("这是去年某化工企业爆炸事故现场");
    expect(joined("p4")).toContain("事故发生前，企业私拉乱接电线");
  });

  it("keeps a speech's cases stamped with the day and the way they were reported", () => {
    expect(joined("c1")).toContain("群众反映楼道堆放杂物、占用消防通道");
    expect(joined("c1")).toContain("河西乡某加工厂");
  });
});

describe("a short address of its own before a speech", () => {
  it.each(["q1", "q2"] as const)("keeps %s's first-person address as a speech", (name) => {
    expect(speechesOf(PAGES[name])).toHaveLength(2);
    expect(joined(name)).toContain("现在我宣布");
  });
});

describe("a host's or speaker's own words after the closing", () => {
  it("keeps 启动仪式结束后，请… in a 主持词, and 活动结束后，请… after a 致辞", () => {
    expect(joined("n1")).toContain("启动仪式结束后，请各位领导移步广场东侧");
    expect(joined("n2")).toContain("活动结束后，请各参演单位认真总结经验");
  });
});

describe("a speech's own lines that look like a document site's AI tools", () => {
  it("keeps a list of a platform's modules under AI问答, and one tool on a line", () => {
    expect(joined("a1")).toContain("执法检查");
    expect(joined("a1")).toContain("数据大屏");
    expect(joined("a2")).toContain("AI一键生成PPT");
    expect(joined("p1")).toContain("隐患台账");
  });
});
