import { describe, expect, it } from "vitest";
import { normHash } from "../mining/near-duplicates";
import type { MinedBlock, MinedDocument } from "../mining/types";
import { applyReviewEdit, type DraftSpeeches } from "./review-draft";

const block = (text: string, position: number, over: Partial<MinedBlock> = {}): MinedBlock => ({
  kind: "paragraph",
  level: null,
  text,
  headingPath: ["一、压实责任"],
  role: "body",
  position,
  lineNo: position + 1,
  category: "责任落实",
  confidence: 0.4,
  tags: [],
  placeholders: [],
  charCount: [...text].length,
  normHash: normHash(text),
  ...over,
});

const A = "要严格落实党政同责、一岗双责。";
const B = "企业要落实全员安全生产责任制。";
const C = "全县共发生事故×起。";

const draft = (): MinedDocument => ({
  file: "a.txt",
  encoding: "utf-8",
  format: "txt",
  rawText: "",
  cleanedText: "",
  removed: [],
  speeches: [
    {
      order: 1,
      title: "讲话",
      speaker: null,
      date: null,
      salutation: null,
      blocks: [
        block("一、压实责任", 0, { kind: "heading", level: 1, headingPath: [] }),
        block(A + B, 1, { tags: ["县/区"] }),
        block(C, 2, { tags: ["安全生产月"], placeholders: [{ text: "×", start: 8, end: 9 }] }),
      ],
    },
  ],
});

const texts = (d: DraftSpeeches) => d.speeches[0]!.blocks.map((b) => b.text);

describe("review edits of a held file", () => {
  it("splits a paragraph at the chosen point; each part's length and repeat hash follow its text", () => {
    const d = applyReviewEdit(draft(), { op: "split", speech: 1, position: 1, at: A.length });
    expect(texts(d)).toEqual(["一、压实责任", A, B, C]);
    expect(d.speeches[0]!.blocks.map((b) => b.position)).toEqual([0, 1, 2, 3]);
    const [, a, b] = d.speeches[0]!.blocks;
    expect(a).toMatchObject({ charCount: [...A].length, normHash: normHash(A), category: "责任落实", tags: ["县/区"] });
    expect(b).toMatchObject({ charCount: [...B].length, normHash: normHash(B) });
  });

  it("splits anywhere the clerk clicks, leaving no comma at the start of the second part", () => {
    const d = draft();
    d.speeches[0]!.blocks[1] = block("一、提高认识，" + A, 1);
    const at = "一、提高认识".length; // before the comma
    expect(texts(applyReviewEdit(d, { op: "split", speech: 1, position: 1, at }))).toEqual([
      "一、压实责任",
      "一、提高认识",
      A,
      C,
    ]);
    // After the comma, the heading does not keep it; before a stop, the stop stays with its sentence.
    const after = applyReviewEdit(d, { op: "split", speech: 1, position: 1, at: at + 1 });
    expect(texts(after)).toEqual(["一、压实责任", "一、提高认识", A, C]);
    d.speeches[0]!.blocks[1] = block(A + B, 1);
    const beforeStop = applyReviewEdit(d, { op: "split", speech: 1, position: 1, at: A.length - 1 });
    expect(texts(beforeStop)).toEqual(["一、压实责任", A, B, C]);
  });

  it("takes from each part of a split the industries only the other part names", () => {
    const roads = "要加强道路交通安全管理，严查酒驾。";
    const schools = "要抓好学校周边安全，守护师生平安。";
    const d = draft();
    d.speeches[0]!.blocks[1] = block(roads + schools, 1, { tags: ["道路交通", "校园", "消防", "县/区"] });
    const [, a, b] = applyReviewEdit(d, { op: "split", speech: 1, position: 1, at: roads.length }).speeches[0]!.blocks;
    // 消防, which neither part names (a curator's tag), stays with both.
    expect([a!.tags, b!.tags]).toEqual([
      ["道路交通", "消防", "县/区"],
      ["校园", "消防", "县/区"],
    ]);
  });

  it("merges a paragraph with the next one, keeping the first's category and both tags and blanks", () => {
    const d = applyReviewEdit(draft(), { op: "merge", speech: 1, position: 1 });
    expect(texts(d)).toEqual(["一、压实责任", A + B + C]);
    const merged = d.speeches[0]!.blocks[1]!;
    expect(merged).toMatchObject({ position: 1, category: "责任落实", tags: ["县/区", "安全生产月"] });
    expect(merged.normHash).toBe(normHash(A + B + C));
    expect(merged.placeholders.map((p) => p.text)).toEqual(["×"]);
  });

  it("changes a category, as a person's choice (confidence 1)", () => {
    const d = applyReviewEdit(draft(), { op: "category", speech: 1, position: 2, category: "形势分析" });
    expect(d.speeches[0]!.blocks[2]).toMatchObject({ category: "形势分析", confidence: 1 });
  });

  it("refuses a merge into a heading or past the end, a split at an end, and a block that is not there", () => {
    expect(() => applyReviewEdit(draft(), { op: "merge", speech: 1, position: 0 })).toThrow("标题不能合并");
    expect(() => applyReviewEdit(draft(), { op: "merge", speech: 1, position: 2 })).toThrow("最后一段");
    expect(() => applyReviewEdit(draft(), { op: "split", speech: 1, position: 1, at: (A + B).length })).toThrow(
      "拆分点必须在段落中间",
    );
    expect(() => applyReviewEdit(draft(), { op: "split", speech: 1, position: 0, at: 2 })).toThrow("只能拆分正文");
    expect(() => applyReviewEdit(draft(), { op: "category", speech: 2, position: 0, category: "x" })).toThrow(
      "请刷新后再试",
    );
    expect(() => applyReviewEdit(draft(), { op: "category", speech: 1, position: 9, category: "x" })).toThrow(
      "请刷新后再试",
    );
  });

  it("turns a paragraph into a heading: the blocks after it are enclosed by it, as the parser would place them", () => {
    const d = draft();
    const blocks = d.speeches[0]!.blocks;
    blocks.splice(2, 0, block("二、强化监管", 2, { category: "监管执法" }));
    const edited = applyReviewEdit(d, { op: "heading", speech: 1, position: 2, level: 1 }).speeches[0]!.blocks;
    expect(edited.map((b) => [b.kind, b.level, b.headingPath, b.role, b.position])).toEqual([
      ["heading", 1, [], "body", 0],
      ["paragraph", null, ["一、压实责任"], "body", 1],
      ["heading", 1, [], "body", 2],
      ["paragraph", null, ["二、强化监管"], "body", 3],
    ]);
    expect(edited[2]).toMatchObject({ text: "二、强化监管", category: "监管执法" });
    const nested = applyReviewEdit(d, { op: "heading", speech: 1, position: 2, level: 2 }).speeches[0]!.blocks;
    expect(nested[3]!.headingPath).toEqual(["一、压实责任", "二、强化监管"]);
  });

  it("turns a heading back into a paragraph: what it enclosed loses it, and what stands before any heading opens", () => {
    const edited = applyReviewEdit(draft(), { op: "paragraph", speech: 1, position: 0 }).speeches[0]!.blocks;
    expect(edited.map((b) => [b.kind, b.level, b.headingPath, b.role])).toEqual([
      ["paragraph", null, [], "opening"],
      ["paragraph", null, [], "body"],
      ["paragraph", null, [], "body"],
    ]);
  });

  it("refuses to make a long paragraph a heading, and says to split off the heading first", () => {
    expect(() => applyReviewEdit(draft(), { op: "heading", speech: 1, position: 1, level: 1 })).not.toThrow();
    const d = draft();
    d.speeches[0]!.blocks[1] = block("一、压实责任" + A.repeat(6), 1);
    expect(() => applyReviewEdit(d, { op: "heading", speech: 1, position: 1, level: 1 })).toThrow("请先在标题后“拆分”");
  });

  it("leaves the draft it was given unchanged", () => {
    const d = draft();
    applyReviewEdit(d, { op: "split", speech: 1, position: 1, at: A.length });
    expect(d).toEqual(draft());
  });
});
