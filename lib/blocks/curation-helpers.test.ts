import { describe, expect, it } from "vitest";
import { headingPathAt } from "./block-sources";
import { cleanBlockText, cleanTag } from "./plain-text";
import { changedFields, hasValues, revisionAction, type FieldValues } from "./revision-fields";
import { keyWords, probeClauses } from "./similar-blocks";
import { partsCoverText } from "./split-block";

describe("cleanBlockText", () => {
  it("keeps plain text: line breaks normalised, controls and invisible marks dropped, ends trimmed", () => {
    expect(cleanBlockText("\u3000\u3000第一行 \r\n第二行\r第三行\u2028\u0000\u200b\ufeff")).toBe(
      "第一行\n第二行\n第三行",
    );
    expect(cleanBlockText("甲\n\n\n\n乙\t丙")).toBe("甲\n\n乙\t丙");
    expect(cleanBlockText("<p>不是 HTML</p>")).toBe("<p>不是 HTML</p>");
    expect(cleanTag("  燃气\n安全 ")).toBe("燃气 安全");
  });
});

describe("partsCoverText", () => {
  const text = "第一句。\n第二句，  第三句。";
  it("accepts parts that are the text cut at any place, whitespace at the cut dropped", () => {
    expect(partsCoverText(text, ["第一句。", "第二句，", "第三句。"])).toBe(true);
    expect(partsCoverText(text, ["第一", "句。\n第二句，  第三句。"])).toBe(true);
  });
  it("refuses lost, invented, reordered or empty parts", () => {
    expect(partsCoverText(text, ["第一句。", "第二句，"])).toBe(false);
    expect(partsCoverText(text, ["第一句。", "第二句，第三句。"])).toBe(false);
    expect(partsCoverText(text, ["第二句，", "第一句。", "第三句。"])).toBe(false);
    expect(partsCoverText(text, ["第一句。", "", "第二句，  第三句。"])).toBe(false);
  });
});

describe("revision fields", () => {
  const current: FieldValues = {
    text: "甲",
    categoryId: null,
    confidence: 0.4,
    tags: ["a"],
    curated: false,
    hidden: false,
  };
  it("keeps only what changes and names flag-only changes", () => {
    expect(changedFields(current, { text: "甲", tags: ["a"], curated: true })).toEqual({
      before: { curated: false },
      after: { curated: true },
    });
    expect(revisionAction({ curated: true })).toBe("curate");
    expect(revisionAction({ hidden: true })).toBe("hide");
    expect(revisionAction({ hidden: true, tags: [] })).toBe("update");
    expect(hasValues(current, { tags: ["a"], text: "甲" })).toBe(true);
    expect(hasValues(current, { tags: ["b"] })).toBe(false);
  });
});

describe("headingPathAt", () => {
  const headings = [
    { text: "一、形势", level: 1, position: 1 },
    { text: "（一）成绩", level: 2, position: 2 },
    { text: "二、任务", level: 1, position: 5 },
    { text: "（一）排查", level: 2, position: 6 },
  ];
  it("gives the enclosing headings of a paragraph, and the parents of a heading", () => {
    expect(headingPathAt(headings, 0)).toEqual([]);
    expect(headingPathAt(headings, 3)).toEqual(["一、形势", "（一）成绩"]);
    expect(headingPathAt(headings, 7)).toEqual(["二、任务", "（一）排查"]);
    expect(headingPathAt(headings, 6, 2)).toEqual(["二、任务"]);
  });
});

describe("probeClauses", () => {
  it("takes the middles of the two longest clauses, or the beginning of a text without one", () => {
    expect(probeClauses("要压实责任，深入开展城镇燃气安全专项整治工作，确保安全生产。")).toEqual([
      "深入开展城镇燃气安全专项整治工作",
      "确保安全生产",
    ]);
    expect(probeClauses("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄")).toEqual([
      "乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄",
    ]);
    expect(probeClauses("一、形势")).toEqual(["一、形势"]);
  });
});

describe("keyWords", () => {
  it("keeps the longest words that say what the text is about, not the ones every speech uses", () => {
    const words = keyWords("要深入开展城镇燃气安全专项整治，全面排查老旧管网和餐饮场所隐患，切实加强工作。");
    expect(words.length).toBeLessThanOrEqual(8);
    expect(words).toEqual(expect.arrayContaining(["城镇", "燃气", "专项", "整治", "排查"]));
    for (const generic of ["深入开展", "全面", "切实加强", "工作", "要", "老"]) expect(words).not.toContain(generic);
  });
});
