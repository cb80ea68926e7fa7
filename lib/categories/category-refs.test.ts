import { describe, expect, it } from "vitest";
import { resolveCategoryRef, type CategoryRow } from "./category-refs";

const rows: CategoryRow[] = [
  { id: "c_live", key: "隐患排查", mergedIntoId: null },
  { id: "c_old", key: "排查整治", mergedIntoId: "c_mid" },
  { id: "c_mid", key: "专项整治", mergedIntoId: "c_live" },
  { id: "c_loop1", key: "甲", mergedIntoId: "c_loop2" },
  { id: "c_loop2", key: "乙", mergedIntoId: "c_loop1" },
  { id: "c_dangling", key: "丙", mergedIntoId: "c_gone" },
];
const live = { id: "c_live", key: "隐患排查" };

describe("resolveCategoryRef", () => {
  it("finds a category by key or by id (links written before the URL used keys)", () => {
    expect(resolveCategoryRef("隐患排查", rows)).toEqual(live);
    expect(resolveCategoryRef(" 隐患排查 ", rows)).toEqual(live);
    expect(resolveCategoryRef("c_live", rows)).toEqual(live);
  });

  it("follows merges to the surviving category, however many", () => {
    expect(resolveCategoryRef("专项整治", rows)).toEqual(live);
    expect(resolveCategoryRef("排查整治", rows)).toEqual(live);
    expect(resolveCategoryRef("c_old", rows)).toEqual(live);
  });

  it("names nothing for an unknown value, a merge cycle or a merge into a category that is gone", () => {
    expect(resolveCategoryRef("no-such-category", rows)).toBeNull();
    expect(resolveCategoryRef("甲", rows)).toBeNull();
    expect(resolveCategoryRef("丙", rows)).toBeNull();
    expect(resolveCategoryRef("", rows)).toBeNull();
  });
});
