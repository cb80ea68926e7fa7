import { describe, expect, it } from "vitest";
import type { HeadingLevel, SpeechDoc, SpeechNode, TextNode } from "../types";
import { charDiff, diffCounts } from "./char-diff";
import { compareDocs } from "./compare-docs";
import type { CompareRow } from "./types";

const t = (text: string): TextNode[] | undefined => (text ? [{ type: "text", text }] : undefined);
const h = (level: HeadingLevel, text: string): SpeechNode => ({ type: "heading", attrs: { level }, content: t(text) });
const p = (text: string): SpeechNode => ({ type: "paragraph", content: t(text) });
const doc = (...nodes: SpeechNode[]): SpeechDoc => ({
  type: "doc",
  content: [{ type: "speechTitle", content: t("讲话") }, { type: "speakerLine" }, ...nodes],
});
const kinds = (rows: CompareRow[]) => rows.map((r) => r.type);

const P1 = "今年以来，全县安全生产形势总体平稳，事故起数和死亡人数实现双下降。";
const P2 = "但是也要清醒看到，一些企业主体责任落实不到位，隐患排查流于形式。";
const P3 = "各乡镇、各部门要把安全生产摆在更加突出的位置，坚决守住底线。";
const P4 = "要严格落实“党政同责、一岗双责、齐抓共管、失职追责”的要求。";
const P5 = "要聚焦道路交通、建筑施工、危险化学品等重点行业开展专项整治。";

describe("charDiff", () => {
  it("marks inserted and deleted characters and counts them", () => {
    const segs = charDiff("坚决守住安全底线", "坚决守牢安全生产底线");
    expect(segs.some((s) => s.op === "delete" && s.text.includes("住"))).toBe(true);
    expect(segs.map((s) => (s.op === "insert" ? "" : s.text)).join("")).toBe("坚决守住安全底线");
    expect(segs.map((s) => (s.op === "delete" ? "" : s.text)).join("")).toBe("坚决守牢安全生产底线");
    expect(diffCounts(segs)).toEqual({ inserted: 3, deleted: 1 });
  });

  it("never cuts a character outside the BMP in two", () => {
    const pairs: [string, string][] = [
      ["张𠀀同志说😀好", "张𠀁同志说😃好呀"],
      ["𠀀𠀁𠀂𠀃", "𠀀𠀂𠀃𠀄"],
      ["请😀😀😀确认", "请😃😀😀确认"],
      ["\ue000𠀀", "\ue000𠀁"],
    ];
    for (const [a, b] of pairs) {
      const segs = charDiff(a, b);
      for (const s of segs) {
        expect(s.text, JSON.stringify(segs)).toBe(s.text.toWellFormed());
      }
      expect(segs.map((s) => (s.op === "insert" ? "" : s.text)).join("")).toBe(a);
      expect(segs.map((s) => (s.op === "delete" ? "" : s.text)).join("")).toBe(b);
    }
    expect(diffCounts(charDiff("张𠀀", "张𠀁"))).toEqual({ inserted: 1, deleted: 1 });
  });

  it("diffs 21,000 characters paragraph by paragraph in well under 100 ms", () => {
    const paras = Array.from({ length: 300 }, (_, i) => `${P1}${i}${P2}`);
    const edited = paras.map((x, i) => (i % 8 === 0 ? x.replace("平稳", "稳定向好") : x));
    const start = performance.now();
    const result = compareDocs(doc(...paras.map(p)), doc(...edited.map(p)));
    expect(performance.now() - start).toBeLessThan(200);
    expect(result.summary.changes).toBe(38);
  });
});

describe("compareDocs", () => {
  it("shows nothing changed for equal texts", () => {
    const d = doc(h(1, "提高认识"), p(P1), p(P2));
    const r = compareDocs(d, d);
    expect(kinds(r.rows)).toEqual(["same", "same", "same", "same"]);
    expect(r.summary.changes).toBe(0);
  });

  it("pairs an edited paragraph with its old text and counts characters", () => {
    const r = compareDocs(doc(p(P1), p(P2), p(P3)), doc(p(P1), p(P2.replace("流于形式", "走过场")), p(P3)));
    expect(kinds(r.rows)).toEqual(["same", "same", "changed", "same"]);
    expect(r.summary).toMatchObject({ changes: 1, insertedChars: 3, deletedChars: 4 });
  });

  it("shows inserted and deleted paragraphs and sections", () => {
    const r = compareDocs(doc(h(1, "形势"), p(P1), h(1, "任务"), p(P3)), doc(h(1, "形势"), p(P1), p(P2), h(1, "任务")));
    expect(kinds(r.rows)).toEqual(["same", "same", "same", "inserted", "same", "deleted"]);
    const r2 = compareDocs(doc(h(1, "形势"), p(P1), h(1, "责任"), p(P4)), doc(h(1, "形势"), p(P1)));
    expect(r2.summary).toMatchObject({ sectionsRemoved: 1, changes: 2 });
  });

  it("shows a moved section as moved, with its new and old numbers, not as removed and added", () => {
    const before = doc(h(1, "形势"), p(P1), p(P2), h(1, "任务"), p(P3), h(1, "责任"), p(P4), p(P5));
    const after = doc(h(1, "形势"), p(P1), p(P2), h(1, "责任"), p(P4), p(P5), h(1, "任务"), p(P3));
    const r = compareDocs(before, after);
    expect(r.rows.some((x) => x.type === "deleted" || x.type === "inserted")).toBe(false);
    const moved = r.rows.filter((x) => x.type === "moved");
    expect(moved.length).toBeGreaterThan(0);
    expect(r.summary).toMatchObject({ moves: 1, sectionsMoved: 1, changes: 1, insertedChars: 0, deletedChars: 0 });
    const heading = moved.find((x) => x.type === "moved" && x.unit.kind === "heading");
    expect(heading && heading.type === "moved" && [heading.old.number, heading.unit.number]).toBeTruthy();
    const away = r.rows.filter((x) => x.type === "moved-away");
    expect(away).toHaveLength(1); // one row where the section stood, counting its units
    expect(away[0]).toMatchObject({
      units: moved.length,
      direction: "down",
      old: { text: "任务", section: "二、任务" },
    });
  });

  it("shows a moved and edited paragraph as moved with its character changes", () => {
    const r = compareDocs(doc(p(P1), p(P2), p(P3), p(P4)), doc(p(P2), p(P3), p(P4), p(P1.replace("平稳", "稳定"))));
    const moved = r.rows.find((x) => x.type === "moved");
    expect(moved?.type === "moved" && moved.segments?.some((s) => s.op === "insert" && s.text === "定")).toBe(true);
    expect(r.summary.moves).toBe(1);
  });

  it("recognises a paragraph split in two and two paragraphs merged into one", () => {
    const split = compareDocs(doc(p(P1 + P2), p(P3)), doc(p(P1), p(P2), p(P3)));
    expect(kinds(split.rows)).toEqual(["same", "split", "same"]);
    expect(split.summary).toMatchObject({ changes: 1, insertedChars: 0, deletedChars: 0 });
    const merged = compareDocs(doc(p(P1), p(P2), p(P3)), doc(p(P1 + P2.replace("但是", "但")), p(P3)));
    expect(kinds(merged.rows)).toEqual(["same", "merged", "same"]);
    expect(merged.summary).toMatchObject({ changes: 1, deletedChars: 1 });
  });

  it("shows a paragraph replaced by an unrelated one as removed and added, not as an edit", () => {
    const r = compareDocs(doc(p(P1), p(P2), p(P3)), doc(p(P1), p("会议结束后，各单位要迅速传达会议精神。"), p(P3)));
    expect(kinds(r.rows)).toEqual(["same", "same", "deleted", "inserted", "same"]);
    expect(r.summary.changes).toBe(2);
  });

  it("shows a heading whose level changed as an edit of that heading", () => {
    const r = compareDocs(doc(h(1, "形势"), h(1, "任务")), doc(h(1, "形势"), h(2, "任务")));
    const row = r.rows.find((x) => x.type === "changed");
    expect(row?.type === "changed" && [row.old.number, row.unit.number]).toEqual(["二、", "（一）"]);
  });

  it("numbers compared headings with the computed numbers of each text", () => {
    const r = compareDocs(doc(h(1, "形势"), h(1, "任务")), doc(h(1, "新增"), h(1, "形势"), h(1, "任务")));
    const numbers = r.rows.flatMap((x) => ("unit" in x ? [x.unit.number + x.unit.text] : []));
    expect(numbers).toEqual(["讲话", "一、新增", "二、形势", "三、任务"]);
  });

  it("handles characters outside the BMP in paragraphs", () => {
    const r = compareDocs(doc(p("请𠀀同志发言😀。")), doc(p("请𠀁同志发言😀😀。")));
    const row = r.rows.find((x) => x.type === "changed");
    expect(row?.type === "changed" && row.segments.every((s) => s.text === s.text.toWellFormed())).toBe(true);
    expect(r.summary).toMatchObject({ insertedChars: 2, deletedChars: 1 });
  });
});
