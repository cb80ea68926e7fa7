import { describe, expect, it } from "vitest";
import { PATHOLOGICAL_NORMALISE } from "../testing/pathological-text";
import { normaliseText } from "./normalise";

describe("normaliseText", () => {
  it("keeps one output line per input line, whatever the line endings", () => {
    expect(normaliseText("甲\r\n乙\r丙\n丁\u2028戊")).toBe("甲\n乙\n丙\n丁\n戊");
    expect(normaliseText("a\n\n\nb").split("\n")).toHaveLength(4);
    expect(normaliseText("")).toBe("");
  });

  it("removes zero-width characters, BOM, soft hyphens and controls", () => {
    expect(normaliseText("\ufeff安\u200b全\u200d生\u00ad产\u0007")).toBe("安全生产");
  });

  it("turns odd spaces into plain ones and removes them between Chinese characters", () => {
    expect(normaliseText("隐患\u3000排查\u00a0整治")).toBe("隐患排查整治");
    expect(normaliseText("麻 痹 侥幸，还 没有")).toBe("麻痹侥幸，还没有");
    expect(normaliseText("落实。 严格执行")).toBe("落实。严格执行");
    expect(normaliseText("发生 ****特别重大事故")).toBe("发生****特别重大事故");
    expect(normaliseText("” 这段话")).toBe("”这段话");
  });

  it("collapses spaces between Latin words and joins letter-spaced runs", () => {
    expect(normaliseText("Powered   by Discuz")).toBe("Powered by Discuz");
    expect(normaliseText("带血的G D P，不能")).toBe("带血的GDP，不能");
    expect(normaliseText("A B")).toBe("A B");
  });

  it("keeps leading indentation (a paragraph signal) but trims line ends", () => {
    expect(normaliseText("\u3000\u3000同志们：  ")).toBe("    同志们：");
    expect(normaliseText("   ")).toBe("");
  });

  it("makes half-width , : ; ? ! ( ) full-width inside Chinese text", () => {
    expect(normaliseText("要抓住关键环节,明确打击重点;同志们:")).toBe("要抓住关键环节，明确打击重点；同志们：");
    expect(normaliseText("问责过轻?对症下药!")).toBe("问责过轻？对症下药！");
    expect(normaliseText("(一) 以血的教训为镜鉴")).toBe("（一）以血的教训为镜鉴");
    expect(normaliseText("全体(扩大)会议")).toBe("全体（扩大）会议");
    expect(normaliseText("(1) 加强领导")).toBe("（1）加强领导");
    // A heading's number with a half-width dot keeps a dot the outline reads (．), with or without the space.
    expect(normaliseText("一. 提高认识")).toBe("一．提高认识");
    expect(normaliseText("  第二.压实责任")).toBe("  第二．压实责任");
    expect(normaliseText("一.是加强")).toBe("一.是加强");
    // 五.一 / 十.一: a holiday, not a heading's number.
    expect(normaliseText("五.一期间，要严格执行领导带班制度。")).not.toContain("．");
  });

  it("leaves ASCII punctuation in numbers, times, addresses and code alone", () => {
    expect(normaliseText("共1,000人，12:30开会")).toBe("共1,000人，12:30开会");
    expect(normaliseText("Email:test#qq.com")).toBe("Email:test#qq.com");
    expect(normaliseText("f(x) = y; a?b")).toBe("f(x) = y; a?b");
    expect(normaliseText("Discuz!技术支持")).toBe("Discuz!技术支持");
  });

  it("preserves placeholders exactly", () => {
    const s = "×起×事故致×人死亡，X同志、XX书记，上升*%，**同志，在……之际";
    expect(normaliseText(s)).toBe(s);
  });

  it("decodes HTML entities but never adds a line", () => {
    expect(normaliseText("安全&nbsp;生产&ldquo;两个至上&rdquo;&amp;")).toBe("安全生产“两个至上”&");
    expect(normaliseText("甲&#10;乙")).toBe("甲乙");
  });

  it("converts full-width digits", () => {
    expect(normaliseText("第１页")).toBe("第1页");
  });

  // Its time is measured by the mining benchmark (normalise_pathological_ms).
  it("normalises pathological input: deep brackets, a long run of spaces", () => {
    expect(normaliseText(PATHOLOGICAL_NORMALISE.nested)).toContain("安");
    expect(normaliseText(PATHOLOGICAL_NORMALISE.spaces)).toBe("a b");
  });
});
