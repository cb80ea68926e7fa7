import { describe, expect, it } from "vitest";
import { categoryForHeading, categoryForSection } from "./category-for-heading";

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

describe("categoryForSection", () => {
  const t = (s: string) => [{ type: "text" as const, text: s }];
  const doc = {
    type: "doc" as const,
    content: [
      { type: "speechTitle" as const },
      { type: "speakerLine" as const },
      { type: "paragraph" as const, content: t("开场白") },
      { type: "heading" as const, attrs: { level: 1 as const }, content: t("全力抓好隐患排查整治") },
      { type: "heading" as const, attrs: { level: 2 as const }, content: t("聚焦重点行业") },
      { type: "paragraph" as const, content: t("正文") },
    ],
  };
  const withOpening = [...categories, { id: "o", key: "开场", name: "开场" }];
  it("follows the level-1 heading above, and the opening before any heading", () => {
    expect(categoryForSection(doc, 5, withOpening)).toBe("b");
    expect(categoryForSection(doc, 2, withOpening)).toBe("o");
  });
});
