// The tracked-changes export as LibreOffice reads it: every change arrives as a tracked change (LibreOffice writes
// each back with its author and date, and accepting or rejecting all of them in its file gives the newer or the
// older text), and its PDF shows the changes in place (old and new text side by side, as in Word's 所有标记 view).
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { speechExportText } from "@/lib/export/speech-text";
import { trackedChangesDocx } from "@/lib/export/tracked-docx";
import { DEFAULT_SETTINGS, type SpeechDoc } from "@/lib/speech-doc/types";
import { unzipDocx } from "../support/docx-xml";
import { resolveAll, revisedParagraphs, revisions, type Revision } from "../support/docx-revisions";
import {
  docxThroughLibreOffice,
  docxToPdf,
  missingRenderTools,
  pdfPages,
  RENDER_TOOLS_MESSAGE,
} from "../support/render-pdf";
import { NEWER, OLDER } from "../support/tracked-fixture";

const common = { numbering: DEFAULT_SETTINGS.numbering, date: "2024-03-01", options: DEFAULT_EXPORT_OPTIONS };
/** The plain export's lines (the blank line after the front matter left out, as the plain-text export does). */
const plain = (doc: SpeechDoc) => speechExportText(doc, common.numbering, common.date, common.options).split("\n");
const summary = (revs: Revision[]) => revs.map((r) => `${r.kind}|${r.author}|${r.date}|${r.text}`).sort();

describe("tracked-changes export read by LibreOffice", () => {
  let ours: Uint8Array = new Uint8Array();
  let resaved = "";
  let pdfText: string[] = [];

  beforeAll(async () => {
    const missing = missingRenderTools();
    if (missing.length) throw new Error(`${RENDER_TOOLS_MESSAGE}（缺少 ${missing.join("、")}）`);
    ours = await trackedChangesDocx({
      ...common,
      older: OLDER,
      newer: NEWER,
      author: "王秘书",
      at: new Date("2024-03-01T02:30:00Z"),
    });
    resaved = unzipDocx(docxThroughLibreOffice(ours))["word/document.xml"]!;
    pdfText = pdfPages(docxToPdf(ours, "tracked")).flatMap((p) => p.lines.map((l) => l.text));
  }, 240_000);

  it("takes every insertion and deletion as a tracked change with its author and date", () => {
    const original = revisions(unzipDocx(ours)["word/document.xml"]!);
    const read = revisions(resaved);
    expect(read.length).toBe(original.length);
    expect(summary(read)).toEqual(summary(original));
  });

  it("gives the newer text when all are accepted and the older text when all are rejected", () => {
    const paragraphs = revisedParagraphs(resaved);
    expect(resolveAll(paragraphs, "accept").filter(Boolean)).toEqual(plain(NEWER));
    expect(resolveAll(paragraphs, "reject").filter(Boolean)).toEqual(plain(OLDER));
  });

  it("renders the changes in place: deleted and inserted text both shown", () => {
    expect(pdfText).toContain("二三、排查隐患");
    expect(pdfText.some((l) => l.includes("认真落实全面贯彻"))).toBe(true);
    expect(pdfText.filter((l) => l === "三、压实责任")).toHaveLength(1);
    expect(pdfText.filter((l) => l === "二、压实责任")).toHaveLength(1);
  });
});
