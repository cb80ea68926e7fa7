import { describe, expect, it } from "vitest";
import { DEFAULT_EXPORT_OPTIONS } from "./options";
import { printBlocks } from "./print-blocks";
import { optionsFromQuery, optionsToQuery } from "./options-query";
import { doc, h, p, t, title, v } from "./preflight-test-docs";
import { DEFAULT_SETTINGS, type SpeechNode } from "../speech-doc/types";

const byline: SpeechNode = { type: "speakerLine", content: [t("（2024年3月1日）")] };
const salutation: SpeechNode = { type: "salutation", content: [t("同志们：")] };
const speech = doc(
  title([t("在"), v("平安县", "unit"), t("安全生产会议上的讲话")]),
  byline,
  salutation,
  p("开场。"),
  h(1, "提高认识"),
  h(2, "认清形势"),
  p("正文\n第二行 "),
  h(2, ""),
  h(2, "压实责任"),
  h(3, "细则"),
  p(""),
  h(1, "抓好落实"),
);

describe("printBlocks", () => {
  it("writes heading numbers out, leaves empty nodes out and a blank line after the front matter", () => {
    expect(printBlocks(speech, DEFAULT_SETTINGS, DEFAULT_EXPORT_OPTIONS, "2024-03-01")).toEqual([
      { kind: "title", text: "在平安县安全生产会议上的讲话", nodeIndex: 0 },
      // The speaker line already names a day: no second date line.
      { kind: "byline", text: "（2024年3月1日）", nodeIndex: 1 },
      { kind: "blank" },
      { kind: "salutation", text: "同志们：", nodeIndex: 2 },
      { kind: "paragraph", text: "开场。", nodeIndex: 3 },
      { kind: "heading", level: 1, number: "一、", text: "提高认识", nodeIndex: 4 },
      { kind: "heading", level: 2, number: "（一）", text: "认清形势", nodeIndex: 5 },
      { kind: "paragraph", text: "正文 第二行", nodeIndex: 6 },
      // The empty （二） prints nothing but keeps its number, as in the editor.
      { kind: "heading", level: 2, number: "（三）", text: "压实责任", nodeIndex: 8 },
      { kind: "heading", level: 3, number: "1.", text: "细则", nodeIndex: 9 },
      { kind: "heading", level: 1, number: "二、", text: "抓好落实", nodeIndex: 11 },
    ]);
  });

  it("prints the day under the speaker, or under the title when there is none, and full-width punctuation", () => {
    const plain = doc(title([t("讲话")]), { type: "speakerLine", content: [t("县长 张三")] }, p("安全,生产(重要)!"));
    expect(printBlocks(plain, DEFAULT_SETTINGS, DEFAULT_EXPORT_OPTIONS, "2024-03-01").slice(0, 5)).toEqual([
      { kind: "title", text: "讲话", nodeIndex: 0 },
      { kind: "byline", text: "县长 张三", nodeIndex: 1 },
      { kind: "date", text: "（2024年3月1日）" },
      { kind: "blank" },
      { kind: "paragraph", text: "安全，生产（重要）！", nodeIndex: 2 },
    ]);
    // A day written in Chinese numerals (as an imported speech keeps it) is a day too: no second date line.
    const numerals = doc(
      title([t("讲话")]),
      { type: "speakerLine", content: [t("县长 张三（二〇二四年三月一日）")] },
      p("正文。"),
    );
    expect(
      printBlocks(numerals, DEFAULT_SETTINGS, DEFAULT_EXPORT_OPTIONS, "2024-03-01").some((b) => b.kind === "date"),
    ).toBe(false);
    const noSpeaker = doc(title([t("讲话")]), { type: "speakerLine" }, p("正文。"));
    expect(printBlocks(noSpeaker, DEFAULT_SETTINGS, DEFAULT_EXPORT_OPTIONS, "2024-03-01").map((b) => b.kind)).toEqual([
      "title",
      "date",
      "blank",
      "paragraph",
    ]);
  });

  it("applies the options: draft mark first, speaker line only when chosen, the speech's numbering styles", () => {
    const blocks = printBlocks(
      speech,
      { numbering: ["di-cn", "arabic-paren", "arabic-dot"] },
      { speakerLine: false, draftMark: "征求意见稿" },
    );
    expect(blocks[0]).toEqual({ kind: "mark", text: "征求意见稿" });
    expect(blocks.some((b) => b.kind === "byline")).toBe(false);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => (b.kind === "heading" ? b.number : ""))).toEqual([
      "第一，",
      "（1）",
      "（3）",
      "1.",
      "第二，",
    ]);
  });
});

describe("optionsFromQuery", () => {
  it("reads the options from the query string and keeps defaults for anything unknown", () => {
    expect(optionsFromQuery({})).toEqual(DEFAULT_EXPORT_OPTIONS);
    expect(
      optionsFromQuery({ fontSet: "common", pageNumbers: "center", speakerLine: "0", draftMark: "征求意见稿" }),
    ).toEqual({ fontSet: "common", pageNumbers: "center", speakerLine: false, draftMark: "征求意见稿" });
    expect(optionsFromQuery({ fontSet: "comic", pageNumbers: ["center", "outer"], speakerLine: "maybe" })).toEqual({
      ...DEFAULT_EXPORT_OPTIONS,
      pageNumbers: "center",
    });
    expect(optionsFromQuery({ draftMark: "绝密" }).draftMark).toBe("");
  });

  it("reads back what optionsToQuery writes, over any saved options", () => {
    const chosen = { fontSet: "common-en", pageNumbers: "center", speakerLine: false, draftMark: "送审稿" } as const;
    expect(optionsFromQuery(Object.fromEntries(optionsToQuery(chosen)), DEFAULT_EXPORT_OPTIONS)).toEqual(chosen);
  });
});
