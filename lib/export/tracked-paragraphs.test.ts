import { describe, expect, it } from "vitest";
import { DEFAULT_EXPORT_OPTIONS } from "./options";
import { printBlocks } from "./print-blocks";
import { resolveAll } from "../../tests/support/docx-revisions";
import { cutSegments, trackedParagraphs, printedText } from "./tracked-paragraphs";
import { DEFAULT_SETTINGS, type SpeechDoc } from "../speech-doc/types";
import { headingNode, paragraphNode, testDoc, titleNode } from "../testing/speech-docs";

const P1 = "今年以来，全县安全生产形势总体平稳，事故起数和死亡人数实现双下降。";
const P2 = "但是也要清醒看到，一些企业主体责任落实不到位，隐患排查流于形式。";
const P3 = "各乡镇、各部门要把安全生产摆在更加突出的位置，坚决守住底线。";

const blocks = (doc: SpeechDoc) =>
  printBlocks(
    doc,
    { numbering: DEFAULT_SETTINGS.numbering },
    { ...DEFAULT_EXPORT_OPTIONS, draftMark: "送审稿" },
    "2024-03-01",
  );
const lines = (doc: SpeechDoc) => blocks(doc).map(printedText);

/** Tracked paragraphs of two docs, checked to resolve to each side exactly. */
function tracked(older: SpeechDoc, newer: SpeechDoc) {
  const out = trackedParagraphs(blocks(older), blocks(newer));
  expect(resolveAll(out, "accept")).toEqual(lines(newer));
  expect(resolveAll(out, "reject")).toEqual(lines(older));
  return out;
}
const doc = (...body: Parameters<typeof testDoc>) => testDoc(titleNode("讲话"), ...body);

describe("cutSegments", () => {
  const segs = [
    { op: "equal" as const, text: "甲乙" },
    { op: "delete" as const, text: "丙" },
    { op: "insert" as const, text: "丁戊" },
    { op: "equal" as const, text: "己" },
  ];
  it("cuts the newer text's pieces at the given lengths, deletions staying where they fall", () => {
    expect(cutSegments(segs, [3, 2], "new")).toEqual([
      [segs[0], segs[1], { op: "insert", text: "丁" }],
      [{ op: "insert", text: "戊" }, segs[3]],
    ]);
  });
  it("cuts the older text's pieces likewise", () => {
    expect(cutSegments(segs, [2, 2], "old")).toEqual([[segs[0]], [segs[1], segs[2], segs[3]]]);
  });
});

describe("trackedParagraphs", () => {
  it("leaves equal texts untouched, the export's own lines (draft mark, date, blank line) included", () => {
    const d = doc(headingNode(1, "形势"), paragraphNode(P1));
    const out = tracked(d, d);
    expect(out.every((p) => p.mark === "equal" && p.pieces.every((x) => x.op === "equal"))).toBe(true);
    expect(out.map((p) => p.block.kind)).toEqual(["mark", "title", "date", "blank", "heading", "paragraph"]);
  });

  it("compares the printed text: a half-width comma the export turns full-width is no change", () => {
    const out = tracked(doc(paragraphNode(P1)), doc(paragraphNode(P1.replace("，", ","))));
    expect(out.flatMap((p) => p.pieces).every((x) => x.op === "equal")).toBe(true);
  });

  it("inserts and deletes whole paragraphs with their marks, also at the end of the text", () => {
    const out = tracked(doc(paragraphNode(P1), paragraphNode(P3)), doc(paragraphNode(P2), paragraphNode(P1)));
    const changed = out.filter((p) => p.mark !== "equal");
    expect(changed.map((p) => [p.mark, printedText(p.block)])).toEqual([
      ["insert", P2],
      ["delete", P3],
    ]);
    expect(changed.every((p) => p.pieces.length === 1 && p.pieces[0]!.op === p.mark)).toBe(true);
  });

  it("splits a paragraph with an inserted mark and merges two with a deleted one", () => {
    const [a, b] = [P1.slice(0, 17), P1.slice(17)];
    const split = tracked(
      doc(paragraphNode(P1), paragraphNode(P3)),
      doc(paragraphNode(a), paragraphNode(b), paragraphNode(P3)),
    );
    expect(split.filter((p) => p.mark === "insert").map((p) => printedText(p.block))).toEqual([a]);
    const merged = tracked(
      doc(paragraphNode(a), paragraphNode(b), paragraphNode(P3)),
      doc(paragraphNode(P1), paragraphNode(P3)),
    );
    expect(merged.filter((p) => p.mark === "delete").map((p) => printedText(p.block))).toEqual([a]);
  });

  it("shows a section's renumbering as a change of its number only", () => {
    const older = doc(headingNode(1, "形势"), paragraphNode(P1), headingNode(1, "任务"), paragraphNode(P3));
    const newer = doc(
      headingNode(1, "新增一节"),
      paragraphNode(P2),
      headingNode(1, "形势"),
      paragraphNode(P1),
      headingNode(1, "任务"),
      paragraphNode(P3),
    );
    const out = tracked(older, newer);
    const renumbered = out.find((p) => p.block.kind === "heading" && p.block.text === "任务")!;
    expect(renumbered.mark).toBe("equal");
    expect(renumbered.pieces).toEqual([
      { op: "delete", text: "二" },
      { op: "insert", text: "三" },
      { op: "equal", text: "、任务" },
    ]);
  });
});
