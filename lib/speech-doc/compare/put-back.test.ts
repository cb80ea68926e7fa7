import { describe, expect, it } from "vitest";
import { nodeText } from "../doc-text";
import type { HeadingLevel, SpeechDoc, SpeechNode, TextNode } from "../types";
import { compareDocs } from "./compare-docs";
import { canPutBack, putBackRow } from "./put-back";

const t = (text: string): TextNode[] | undefined => (text ? [{ type: "text", text }] : undefined);
const h = (level: HeadingLevel, text: string): SpeechNode => ({ type: "heading", attrs: { level }, content: t(text) });
const p = (text: string, blockId: string | null = null): SpeechNode => ({
  type: "paragraph",
  attrs: { blockId, blockVersion: blockId ? 2 : null, sourceHash: blockId ? "0badcafe" : null },
  content: t(text),
});
const doc = (...nodes: SpeechNode[]): SpeechDoc => ({
  type: "doc",
  content: [{ type: "speechTitle", content: t("讲话") }, { type: "speakerLine" }, { type: "salutation" }, ...nodes],
});
const texts = (d: SpeechDoc) => d.content.slice(3).map(nodeText);

const P1 = "今年以来，全县安全生产形势总体平稳，事故起数和死亡人数实现双下降。";
const P2 = "但是也要清醒看到，一些企业主体责任落实不到位，隐患排查流于形式。";
const P3 = "各乡镇、各部门要把安全生产摆在更加突出的位置，坚决守住底线。";
const P4 = "要严格落实“党政同责、一岗双责、齐抓共管、失职追责”的要求。";

/** Puts back the first row of the given type and returns the resulting document. */
function putBack(older: SpeechDoc, current: SpeechDoc, type: string) {
  const { rows } = compareDocs(older, current);
  const index = rows.findIndex((r) => r.type === type);
  expect(index, `no ${type} row in ${rows.map((r) => r.type).join(",")}`).toBeGreaterThanOrEqual(0);
  return putBackRow(older, current, rows, index)!;
}

describe("putBackRow", () => {
  it("replaces the changed paragraph with the old one, provenance included, and leaves the rest alone", () => {
    const older = doc(h(1, "认清形势"), p(P1, "blk1"), p(P2));
    const current = doc(h(1, "认清形势"), p(P1.replace("总体平稳", "稳定向好")), p(P2 + "必须整改。"));
    const { rows } = compareDocs(older, current);
    const first = rows.findIndex((r) => r.type === "changed");
    const result = putBackRow(older, current, rows, first)!;
    expect(texts(result)).toEqual(["认清形势", P1, P2 + "必须整改。"]);
    expect(result.content[4]).toEqual(older.content[4]);
    expect(texts(current)[1]).toContain("稳定向好"); // the input is not changed
    expect(compareDocs(older, result).summary.changes).toBe(1);
  });

  it("puts a deleted paragraph back where it stood, after the row above it", () => {
    const older = doc(h(1, "认清形势"), p(P1), p(P2), p(P3));
    const current = doc(h(1, "认清形势"), p(P1), p(P3));
    expect(texts(putBack(older, current, "deleted"))).toEqual(["认清形势", P1, P2, P3]);
  });

  it("puts a deleted first paragraph back after the salutation, before the first heading", () => {
    const older = doc(p(P4), h(1, "认清形势"), p(P1));
    const current = doc(h(1, "认清形势"), p(P1));
    const result = putBack(older, current, "deleted");
    expect(result.content.map((n) => n.type)).toEqual([
      "speechTitle",
      "speakerLine",
      "salutation",
      "paragraph",
      "heading",
      "paragraph",
    ]);
    expect(texts(result)).toEqual([P4, "认清形势", P1]);
  });

  it("puts back a heading's old level and wording", () => {
    const older = doc(h(1, "认清形势"), p(P1));
    const current = doc(h(2, "认清当前形势"), p(P1));
    const result = putBack(older, current, "changed");
    expect(result.content[3]).toEqual({ type: "heading", attrs: { level: 1 }, content: t("认清形势") });
  });

  it("joins a split paragraph again and splits a merged one again", () => {
    const older = doc(p(P1 + P2), p(P3), p(P4));
    const current = doc(p(P1), p(P2), p(P3 + P4));
    const rows = compareDocs(older, current).rows;
    expect(rows.map((r) => r.type)).toEqual(["same", "split", "merged"]); // the title, then the body
    expect(texts(putBackRow(older, current, rows, 1)!)).toEqual([P1 + P2, P3 + P4]);
    expect(texts(putBackRow(older, current, rows, 2)!)).toEqual([P1, P2, P3, P4]);
  });

  it("offers nothing to put back for unchanged, added and moved rows, nor for the title", () => {
    const older = { ...doc(h(1, "认清形势"), p(P1), h(1, "压实责任"), p(P2)) };
    older.content[0] = { type: "speechTitle", content: t("旧标题") };
    const current = doc(h(1, "压实责任"), p(P2), h(1, "认清形势"), p(P1), p(P3));
    const { rows } = compareDocs(older, current);
    for (const [i, row] of rows.entries()) {
      expect(canPutBack(row), row.type).toBe(false);
      expect(putBackRow(older, current, rows, i)).toBeNull();
    }
    expect(rows.map((r) => r.type)).toEqual(
      expect.arrayContaining(["deleted", "moved", "moved-away", "inserted", "same"]),
    );
    expect(putBackRow(older, current, rows, rows.length)).toBeNull();
  });
});
