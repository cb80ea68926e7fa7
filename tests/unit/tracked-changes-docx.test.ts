// The comparison of two versions as a .docx with tracked changes: unzipped, its w:ins and w:del sit around exactly
// the changed characters (three edits, a moved section and the number it changed), each with the author, the
// date and its own id; accepting every change gives the newer text's plain export and rejecting every change
// the older one's, paragraph for paragraph; the layout is the plain export's.
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { speechDocx } from "@/lib/export/speech-docx";
import { trackedChangesDocx } from "@/lib/export/tracked-docx";
import { DEFAULT_SETTINGS, type SpeechDoc } from "@/lib/speech-doc/types";
import { all, parseXml, runFormat, stylesIndex, textOf, unzipDocx, type DocxParts } from "../support/docx-xml";
import { resolveAll, revisedParagraphs, revisions } from "../support/docx-revisions";
import { NEWER, OLDER } from "../support/tracked-fixture";

const AT = new Date("2024-03-01T02:30:00Z");
const common = { numbering: DEFAULT_SETTINGS.numbering, date: "2024-03-01", options: DEFAULT_EXPORT_OPTIONS };

async function plainParagraphs(doc: SpeechDoc): Promise<string[]> {
  const parts = unzipDocx(await speechDocx({ ...common, doc, highlightPlaceholders: false }));
  return all(parseXml(parts["word/document.xml"]!), "p").map(textOf);
}

describe("tracked-changes export", () => {
  let parts: DocxParts = {};
  let xml = "";
  beforeAll(async () => {
    parts = unzipDocx(await trackedChangesDocx({ ...common, older: OLDER, newer: NEWER, author: "王秘书", at: AT }));
    xml = parts["word/document.xml"]!;
  });

  it("marks exactly the changed characters, each change with author, Beijing time and its own id", () => {
    const revs = revisions(xml);
    const LAST = "这是第六段，要求各地各部门认真落实安全生产责任。";
    // In reading order: three edits in place, the moved section inserted at its new place (text and paragraph
    // marks), the number of the section it passed (二 → 三), and the section deleted where it stood.
    expect(revs.map((r) => [r.kind, r.text])).toEqual([
      ["ins", "，做到守土有责"],
      ["del", "各部门"],
      ["ins", ""], // paragraph mark of 二、压实责任
      ["ins", "二、压实责任"],
      ["ins", ""],
      ["ins", LAST],
      ["del", "二"],
      ["ins", "三"],
      ["del", "认真落实"],
      ["ins", "全面贯彻"],
      ["del", ""],
      ["del", "三、压实责任"],
      ["del", ""],
      ["del", LAST],
    ]);
    // Date is Beijing wall-clock time written as Word writes it (local time with Z).
    expect(revs.every((r) => r.author === "王秘书" && r.date === "2024-03-01T10:30:00Z")).toBe(true);
    expect(new Set(revs.map((r) => r.id)).size).toBe(revs.length);
    expect(revs.every((r) => /^\d+$/.test(r.id))).toBe(true);
    // Deleted text is w:delText (Word shows nothing of a w:t inside w:del), inserted text w:t.
    expect(
      all(parseXml(xml), "delText")
        .map((t) => t.textContent)
        .join(""),
    ).toBe("各部门二认真落实三、压实责任" + LAST);
  });

  it("marks the paragraph marks of whole inserted and deleted paragraphs only", () => {
    const paragraphs = revisedParagraphs(xml);
    const marks = paragraphs.map((p) => p.mark);
    expect(marks.filter((m) => m === "insert")).toHaveLength(2);
    expect(marks.filter((m) => m === "delete")).toHaveLength(2);
    for (const p of paragraphs.filter((x) => x.mark !== "equal"))
      expect(p.pieces.every((x) => x.op === p.mark)).toBe(true);
  });

  it("keeps the plain export's layout: styles, fonts and sizes of changed runs as of the unchanged ones", () => {
    const styles = stylesIndex(parts["word/styles.xml"]!);
    const doc = parseXml(xml);
    const heading = all(doc, "p").find((p) => textOf(p).includes("压实责任"))!;
    const runs = all(heading, "r").map((r) => runFormat(r, heading, styles));
    expect(runs.map((r) => [r.eastAsia, r.size, r.color])).toEqual(runs.map(() => ["黑体", "32", "000000"]));
    const renumbered = all(doc, "p").find((p) => all(p, "t").some((t) => t.textContent === "三"))!;
    expect(all(renumbered, "r").map((r) => runFormat(r, renumbered, styles).eastAsia)).toEqual(
      all(renumbered, "r").map(() => "黑体"),
    );
    const settings = parts["word/settings.xml"]!;
    expect(settings).toContain("<w:trackRevisions/>");
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).not.toMatch(/lineRule="exactly"/);
  });

  it("wraps a long newer title where the plain export wraps it, changed words and all", async () => {
    const long = "在2026年第四季度全县安全生产工作会议上的讲话";
    const newer: SpeechDoc = {
      ...NEWER,
      content: [{ ...NEWER.content[0]!, content: [{ type: "text", text: long }] }, ...NEWER.content.slice(1)],
    } as SpeechDoc;
    const tracked = unzipDocx(await trackedChangesDocx({ ...common, older: OLDER, newer, author: "王秘书", at: AT }))[
      "word/document.xml"
    ]!;
    const title = all(parseXml(tracked), "p").find((p) => all(p, "br").length)!;
    const runs = all(title, "r");
    const broken = runs.findIndex((r) => all(r, "br").length > 0);
    const kept = (rs: Element[]) =>
      rs
        .filter((r) => !all(r, "delText").length)
        .map(textOf)
        .join("");
    expect(kept(runs.slice(0, broken))).toBe("在2026年第四季度全县");
    expect(kept(runs.slice(broken))).toBe("安全生产工作会议上的讲话");
    expect(runs.filter((r) => all(r, "br").length)).toHaveLength(1);
  });

  it("gives the newer text's export when every change is accepted and the older one's when every change is rejected", async () => {
    const paragraphs = revisedParagraphs(xml);
    expect(resolveAll(paragraphs, "accept")).toEqual(await plainParagraphs(NEWER));
    expect(resolveAll(paragraphs, "reject")).toEqual(await plainParagraphs(OLDER));
  });
});
