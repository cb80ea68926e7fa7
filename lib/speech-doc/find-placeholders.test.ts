import { describe, expect, it } from "vitest";
import { findSpeechPlaceholders } from "./find-placeholders";

describe("findSpeechPlaceholders", () => {
  it("counts a date blank once", () => {
    expect(findSpeechPlaceholders("20XX年X月X日召开").map((p) => p.text)).toEqual(["20XX年X月X日"]);
    expect(findSpeechPlaceholders("20××年×月").map((p) => p.text)).toEqual(["20××年×月"]);
    expect(findSpeechPlaceholders("定于X月X日召开，3月×日前报送").map((p) => p.text)).toEqual(["X月X日", "3月×日"]);
    expect(findSpeechPlaceholders("X月份以来，发生×起").map((p) => p.text)).toEqual(["X", "×"]);
  });
  it("counts a date blank once whatever its year looks like", () => {
    const found = (t: string) => findSpeechPlaceholders(t).map((p) => p.text);
    expect(found("在××××年×月×日前完成排查")).toEqual(["××××年×月×日"]);
    expect(found("XXXX年XX月XX日，××年×月×日")).toEqual(["XXXX年XX月XX日", "××年×月×日"]);
    expect(found("二〇××年×月×日，二〇二四年三月×日")).toEqual(["二〇××年×月×日", "二〇二四年三月×日"]);
    // A blank year after the century's digits is a year of another time (a birth date), left to its own blanks.
    expect(found("张××同志，19××年×月出生")).toEqual(["××", "××", "×"]);
    expect(found("一九××年×月参加工作")).not.toContain("××年×月");
    // A year all blank and alone is no date: ××年来 is a blank of its own.
    expect(found("这是××年来首次")).toEqual(["××"]);
    expect(found("二〇二四年三月一日")).toEqual([]);
  });
  it("leaves real dates alone and finds other blanks", () => {
    expect(findSpeechPlaceholders("2024年3月1日，××县发生×起事故").map((p) => p.text)).toEqual(["××", "×"]);
  });
  it("gives UTF-16 offsets", () => {
    const text = "今年××县";
    const [p] = findSpeechPlaceholders(text);
    expect(text.slice(p.start, p.end)).toBe("××");
  });
});
