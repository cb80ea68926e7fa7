import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query";

describe("the library's query language", () => {
  it("reads words, phrases in quotes and exclusions", () => {
    expect(parseQuery('隐患 "专项整治" -排查')).toEqual({
      include: ["隐患"],
      phrases: ["专项整治"],
      exclude: ["排查"],
    });
  });

  it("reads the minus and the quotes a Chinese input method types as the ASCII ones", () => {
    for (const q of ["隐患 －排查", "隐患 —排查"])
      expect(parseQuery(q)).toMatchObject({ include: ["隐患"], exclude: ["排查"] });
    for (const q of ["“隐患排查”", "「隐患排查」", "『隐患排查』"]) expect(parseQuery(q).phrases).toEqual(["隐患排查"]);
    expect(parseQuery("－「隐患排查」")).toMatchObject({ phrases: [], exclude: ["隐患排查"] });
  });
});
