import { describe, expect, it } from "vitest";
import { INDUSTRY_TAGS, OCCASION_TAGS, speechLevel, tagBlock } from "./tags";

describe("tagBlock", () => {
  it("tags industries and fields named in the text", () => {
    const tags = tagBlock("要深入开展城镇燃气、危险化学品和建筑施工领域专项整治，严查酒驾醉驾");
    expect(tags).toEqual(expect.arrayContaining(["城镇燃气", "危险化学品", "建筑施工", "道路交通"]));
    expect(tags).not.toContain("矿山");
  });

  it("takes the occasion from the block or the speech title", () => {
    expect(tagBlock("要做好值班值守", { title: "在2024年第一季度安全生产会议上的讲话" })).toContain("一季度");
    expect(tagBlock("主汛期即将到来，要落实防汛责任")).toEqual(expect.arrayContaining(["汛期", "防汛"]));
  });

  it("finds words that overlap in the text, each with its tag", () => {
    // 学校 and 校车 share 校; 道路交通 and 交通安全 share 交通.
    expect(tagBlock("学校车辆接送要规范")).toEqual(expect.arrayContaining(["校园", "道路交通"]));
    expect(tagBlock("加强学校周边道路交通安全管理").sort()).toEqual(["校园", "道路交通"].sort());
  });

  it("has no word that begins another tag's word (one pass finds one word per position)", () => {
    for (const dict of [INDUSTRY_TAGS, OCCASION_TAGS]) {
      const words = Object.entries(dict).flatMap(([tag, ws]) => ws.map((w) => ({ tag, w })));
      const clashes = words.flatMap((a) => words.filter((b) => b.w !== a.w && b.w.startsWith(a.w) && b.tag !== a.tag));
      expect(clashes).toEqual([]);
    }
  });

  it("adds the speech's administrative level", () => {
    expect(tagBlock("要压实责任", { level: "县/区" })).toContain("县/区");
  });
});

describe("speechLevel", () => {
  it("picks the level named most often", () => {
    expect(speechLevel("全县上下……我县……县委县政府……全市")).toBe("县/区");
    expect(speechLevel("全市各级各部门……我市")).toBe("市");
    expect(speechLevel("没有层级信息")).toBeNull();
  });
});
