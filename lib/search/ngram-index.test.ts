import { describe, expect, it } from "vitest";
import { containsQuery, gramsQuery, isPhrase, tsvectorLiteral } from "./ngram-index";
import { parseQuery, toGinTsquery } from "./parse-query";
import { asWritten, rankTerms } from "./relevance";
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

  it("reduces a word to its distinct grams for the index, and tells which words are phrases", () => {
    expect(gramsQuery("城镇燃气")).toBe("('城镇' & '镇燃' & '燃气')");
    expect(gramsQuery("哈哈哈")).toBe("'哈哈'");
    expect(gramsQuery("燃")).toBe("'燃'");
    expect(gramsQuery("，")).toBeNull();
    expect(isPhrase("城镇燃气")).toBe(true);
    expect(isPhrase("12.5%")).toBe(true);
    expect(isPhrase("燃气")).toBe(false);
    expect(isPhrase("××")).toBe(false);
    expect(isPhrase("安全、生产")).toBe(false);
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
    expect(toGinTsquery(parseQuery("燃气 -汛期"))).toBe("'燃气' & !'汛期'");
    expect(toGinTsquery(parseQuery("-汛期"))).toBeNull();
    expect(toGinTsquery(parseQuery("城镇燃气 -防汛救灾"))).toBe(
      "('城镇' & '镇燃' & '燃气') & !('防汛' <2> '汛救' <2> '救灾')",
    );
  });

  it("knows the query as written and the terms that count for relevance", () => {
    expect(asWritten("隐患 排查")).toBe("隐患排查");
    expect(asWritten('燃气 "隐患排查" -汛期')).toBe("燃气隐患排查");
    expect(asWritten("PM 2.5")).toBe("PM 2.5");
    expect(rankTerms(parseQuery('燃气 "隐患排查" -汛期 燃气'))).toEqual(["燃气", "隐患排查"]);
  });
});
