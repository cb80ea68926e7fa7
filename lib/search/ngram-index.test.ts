import { describe, expect, it } from "vitest";
import { containsQuery, tsvectorLiteral } from "./ngram-index";
import { parseQuery, toTsquery } from "./parse-query";
import { segmentWords } from "./segment-words";

describe("n-gram search index", () => {
  it("indexes unigrams at odd and bigrams at even positions, skipping punctuation", () => {
    expect(tsvectorLiteral("燃气，安全")).toBe("'燃':1 '燃气':2 '气':3 '安':7 '安全':8 '全':9");
  });

  it("keeps placeholders and numbers as characters of their own grams", () => {
    const v = tsvectorLiteral("发生×起事故，下降12.5%");
    expect(v).toContain("'×起'");
    expect(v).toContain("'12'");
    expect(v).toContain("'2.'");
    expect(v).toContain("'5%'");
  });

  it("turns a word into its unigram or a phrase of its bigrams", () => {
    expect(containsQuery("燃")).toBe("'燃'");
    expect(containsQuery("燃气")).toBe("'燃气'");
    expect(containsQuery("城镇燃气")).toBe("('城镇' <2> '镇燃' <2> '燃气')");
    expect(containsQuery("，。")).toBeNull();
    expect(containsQuery("安全、生产")).toBe("('安全' & '生产')");
  });
});

describe("query language", () => {
  it("parses words, quoted phrases and exclusions", () => {
    expect(parseQuery('燃气 "隐患排查" -汛期 “主体责任”')).toEqual({
      include: ["燃气"],
      phrases: ["隐患排查", "主体责任"],
      exclude: ["汛期"],
    });
  });

  it("splits a long unspaced Chinese query into words, keeping numbers whole", () => {
    expect(segmentWords("城镇燃气隐患排查")).toEqual(expect.arrayContaining(["城镇", "燃气", "隐患", "排查"]));
    expect(segmentWords("下降12.5%的××事故")).toEqual(expect.arrayContaining(["12.5%", "××"]));
  });

  it("builds a tsquery that ANDs terms and negates exclusions", () => {
    expect(toTsquery(parseQuery("燃气 -汛期"))).toBe("'燃气' & !'汛期'");
    expect(toTsquery(parseQuery("-汛期"))).toBeNull();
  });
});
