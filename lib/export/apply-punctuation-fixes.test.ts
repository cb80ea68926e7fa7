import { describe, expect, it } from "vitest";
import { nodeText } from "../speech-doc/doc-text";
import { applyPunctuationFixes } from "./apply-punctuation-fixes";
import { doc, p, run, t, title, v } from "./preflight-test-docs";

describe("applyPunctuationFixes", () => {
  it("applies replacements across marked text nodes and keeps the marks", () => {
    const d = doc(title("标题"), p([t("同志们"), t(", 今"), v("XX县", "unit"), t("要(抓"), t('好)落实"安全"')]));
    const fixed = applyPunctuationFixes(d, run(d));
    expect(nodeText(fixed.content[1]!)).toBe("同志们，今XX县要（抓好）落实“安全”");
    expect(fixed.content[1]!.content).toEqual([
      t("同志们"),
      t("，今"),
      v("XX县", "unit"),
      t("要（抓"),
      t("好）落实“安全”"),
    ]);
    // The original is untouched.
    expect(nodeText(d.content[1]!)).toBe('同志们, 今XX县要(抓好)落实"安全"');
  });

  it("handles a span that covers a whole text node and one that crosses two", () => {
    const d = doc(p([t("甲"), t(","), t("乙")]), p([t("丙?"), t("!丁")]));
    const fixed = applyPunctuationFixes(d, run(d));
    expect(fixed.content[0]!.content).toEqual([t("甲"), t("，"), t("乙")]);
    expect(fixed.content[1]!.content).toEqual([t("丙？！"), t("丁")]);
  });

  it("applies only the chosen issues and skips stale or unfixable ones", () => {
    const d = doc(title("标题"), p("甲,乙;丙"), p([v("会议(扩大)", "meetingName"), t("上")]));
    const issues = run(d);
    const first = issues.filter((i) => i.text === ",");
    expect(nodeText(applyPunctuationFixes(d, first).content[1]!)).toBe("甲，乙;丙");
    const stale = { ...first[0]!, text: "；" };
    expect(applyPunctuationFixes(d, [stale])).toBe(d);
    const inVariable = issues.filter((i) => i.nodeIndex === 2);
    expect(inVariable.length).toBeGreaterThan(0);
    expect(applyPunctuationFixes(d, inVariable)).toBe(d);
  });

  it("leaves a doc with nothing left to fix after fixing", () => {
    const d = doc(title("标题"), p('他说:"今天(周一)开会,大家准时!"'));
    const fixed = applyPunctuationFixes(d, run(d));
    expect(nodeText(fixed.content[1]!)).toBe("他说：“今天（周一）开会，大家准时！”");
    expect(run(fixed).filter((i) => i.replacement !== undefined)).toEqual([]);
  });
});
