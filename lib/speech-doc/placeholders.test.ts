import { describe, expect, it } from "vitest";
import { fillFor, speechPlaceholders, variableTargets } from "./placeholders";
import type { SpeechDoc, TextNode, VariableKey } from "./types";

const txt = (text: string): TextNode => ({ type: "text", text });
const marked = (text: string, name: VariableKey = "unit"): TextNode => ({
  type: "text",
  text,
  marks: [{ type: "variable", attrs: { name } }],
});

const DOC: SpeechDoc = {
  type: "doc",
  content: [
    { type: "speechTitle", content: [txt("在20XX年第一季度安全生产会议上的讲话")] },
    { type: "speakerLine", content: [txt("（X月X日）")] },
    { type: "salutation", content: [txt("同志们：")] },
    { type: "paragraph", content: [txt("今年以来，"), marked("平安县"), txt("共发生×起事故，××同志作了部署。")] },
    { type: "heading", attrs: { level: 1 }, content: [txt("提高认识")] },
    { type: "paragraph" },
  ],
};

/** Replaces each target span with fillFor's text, from the end so offsets stay valid. */
function fillAll(text: string, key: VariableKey, value: string, passValue = true): string {
  let out = text;
  for (const t of variableTargets(text, key, passValue ? value : undefined).reverse()) {
    out = out.slice(0, t.start) + fillFor(key, value, out.slice(t.start, t.end)) + out.slice(t.end);
  }
  return out;
}

describe("speechPlaceholders", () => {
  it("lists every blank with its node, offsets and context, in document order", () => {
    const found = speechPlaceholders(DOC);
    expect(found.map((p) => [p.nodeIndex, p.text])).toEqual([
      [0, "20XX年"],
      [1, "X月X日"],
      [3, "×"],
      [3, "××"],
    ]);
    for (const p of found) {
      const node = DOC.content[p.nodeIndex]!;
      const text = (node.content ?? []).map((t) => t.text).join("");
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it("gives up to 12 characters either side, with … where cut", () => {
    const [, , x] = speechPlaceholders(DOC);
    expect(x).toMatchObject({
      start: 11,
      end: 12,
      before: "今年以来，平安县共发生",
      after: "起事故，××同志作了部署",
    });
    expect(x!.context).toBe("今年以来，平安县共发生×起事故，××同志作了部署…");
    const [year] = speechPlaceholders(DOC);
    expect(year!.context).toBe("在20XX年第一季度安全生产会议上的…");
  });

  it("ignores text a variable filled, even when the value looks like a blank", () => {
    const doc: SpeechDoc = {
      type: "doc",
      content: [{ type: "paragraph", content: [marked("XX县"), txt("XX"), marked("××", "date"), txt("县")] }],
    };
    expect(speechPlaceholders(doc).map((p) => [p.start, p.text])).toEqual([[3, "XX"]]);
  });

  it("counts a date blank once and leaves real dates alone", () => {
    const doc: SpeechDoc = {
      type: "doc",
      content: [{ type: "paragraph", content: [txt("20XX年X月X日召开会议，2024年3月1日发生×起事故。")] }],
    };
    expect(speechPlaceholders(doc).map((p) => p.text)).toEqual(["20XX年X月X日", "×"]);
  });

  it("does not split a surrogate pair in the context", () => {
    const text = "𠮷".repeat(10) + "×" + "𠮷".repeat(10);
    const [p] = speechPlaceholders({ type: "doc", content: [{ type: "paragraph", content: [txt(text)] }] });
    expect(p!.before).toBe("𠮷".repeat(6));
    expect(p!.after).toBe("𠮷".repeat(6));
    expect(p!.context).toBe(`…${"𠮷".repeat(6)}×${"𠮷".repeat(6)}…`);
  });

  it("is empty for a speech with no blanks", () => {
    expect(speechPlaceholders({ type: "doc", content: [{ type: "paragraph", content: [txt("全文。")] }] })).toEqual([]);
    expect(speechPlaceholders({ type: "doc", content: [] })).toEqual([]);
  });
});

describe("variableTargets and fillFor", () => {
  it("unit: a blank followed by 县/市/区/镇/乡/街道, suffix included", () => {
    const text = "××县发生×起事故，X市、某某区、○○镇、□□乡、**街道";
    expect(variableTargets(text, "unit").map((t) => text.slice(t.start, t.end))).toEqual([
      "××县",
      "X市",
      "某某区",
      "○○镇",
      "□□乡",
      "**街道",
    ]);
    expect(variableTargets("全县发生×起事故，××同志指出", "unit")).toEqual([]);
  });

  it("unit: fills with the value's own suffix, or adds the blank's", () => {
    expect(fillAll("××县安委会要求", "unit", "平安县")).toBe("平安县安委会要求");
    expect(fillAll("××县安委会要求", "unit", "平安")).toBe("平安县安委会要求");
    expect(fillFor("unit", " 平安县 ", "××县")).toBe("平安县");
    expect(fillFor("unit", "平安", "XX市")).toBe("平安市");
    expect(fillFor("unit", "城关街道", "××街道")).toBe("城关街道");
  });

  it("unit: a value ending in 县 does not go into ××镇 (a town in the county)", () => {
    expect(fillAll("××县××镇××村发生火灾", "unit", "平安县")).toBe("平安县××镇××村发生火灾");
    // Without the value every unit blank is a target, and fillFor never doubles a suffix.
    expect(variableTargets("××县××镇", "unit")).toHaveLength(2);
    expect(fillFor("unit", "平安县", "××镇")).toBe("平安县");
  });

  it("date: the date blanks, each filled with the parts it asks for", () => {
    const text = "20XX年X月X日召开，X月X日前报送，20××年全年，2024年X月完成";
    expect(variableTargets(text, "date").map((t) => text.slice(t.start, t.end))).toEqual([
      "20XX年X月X日",
      "X月X日",
      "20××年",
      "2024年X月",
    ]);
    expect(fillAll(text, "date", "2025年3月15日")).toBe("2025年3月15日召开，3月15日前报送，2025年全年，2025年3月完成");
    expect(variableTargets("共发生×起事故", "date")).toEqual([]);
  });

  it("date: a blank year of its own (××××年, 二〇××年) is filled with the rest of the date, not left half blank", () => {
    const text = "在××××年×月×日前完成排查，二〇××年×月×日召开";
    expect(fillAll(text, "date", "2026年12月15日")).toBe("在2026年12月15日前完成排查，2026年12月15日召开");
  });

  it("date: a value that does not read as a date, or lacks a part, goes in whole", () => {
    expect(fillFor("date", "下周一", "X月X日")).toBe("下周一");
    expect(fillFor("date", "2025年", "X月X日")).toBe("2025年");
    expect(fillFor("date", "二〇二五年三月十五日", "X月X日")).toBe("三月十五日");
  });

  it("meetingName: a blank before 会议/大会, or between 在 and 上", () => {
    const text = "在××会议上，在XX大会上，在……上的讲话，在……之际";
    expect(variableTargets(text, "meetingName").map((t) => text.slice(t.start, t.end))).toEqual([
      "××会议",
      "XX大会",
      "……",
    ]);
    expect(fillAll("在××会议上的讲话", "meetingName", "全县安全生产工作会议")).toBe("在全县安全生产工作会议上的讲话");
    expect(fillAll("在××会议上的讲话", "meetingName", "全县安全生产工作")).toBe("在全县安全生产工作会议上的讲话");
    expect(fillAll("在……上的讲话", "meetingName", "安委会全体会议")).toBe("在安委会全体会议上的讲话");
    expect(fillFor("meetingName", "警示教育大会", "××会议")).toBe("警示教育大会");
  });

  it("place and speakerTitle: no automatic targets", () => {
    for (const key of ["place", "speakerTitle"] as const) {
      expect(variableTargets("在××召开，××同志，××县", key)).toEqual([]);
      expect(fillFor(key, " 县长 ", "××")).toBe("县长");
    }
  });

  it("never targets a date blank for unit or meetingName", () => {
    expect(variableTargets("X月X日县里开会", "unit")).toEqual([]);
    expect(variableTargets("20XX年大会", "meetingName")).toEqual([]);
  });
});
