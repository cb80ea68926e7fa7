import { describe, expect, it } from "vitest";
import { categoryForHeading } from "./category-for-heading";

const categories = [
  { id: "a", key: "形势分析", name: "形势分析", signals: ["同比下降"] },
  { id: "b", key: "隐患排查", name: "隐患排查", signals: ["专项整治"] },
  { id: "c", key: "责任落实", name: "责任落实", signals: ["一岗双责"] },
];

describe("categoryForHeading", () => {
  it("finds the category a three-point outline's headings are about", () => {
    expect(categoryForHeading("充分认清当前安全生产形势", categories)).toBe("a");
    expect(categoryForHeading("全力抓好隐患排查整治", categories)).toBe("b");
    expect(categoryForHeading("切实压紧压实安全生产责任", categories)).toBe("c");
  });
  it("uses signal phrases", () => {
    expect(categoryForHeading("深入开展专项整治行动", categories)).toBe("b");
  });
  it("gives null when nothing matches", () => {
    expect(categoryForHeading("谢谢大家", categories)).toBeNull();
    expect(categoryForHeading("", categories)).toBeNull();
  });
});
