import { readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { listSourceDocuments } from "../../lib/corpus/list-documents";
import { getImportReport } from "../../lib/corpus/import-report";
import { importFiles } from "../../lib/corpus/import-files";
import { undoImport } from "../../lib/corpus/undo-import";
import { createTestSpeech, createTestUser, unique } from "../../lib/testing/factories";
import { makeDocx } from "../support/make-docx";

const corpus = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "data", "corpus", name)));

/**
 * A small speech with a unique marker so that each test's text is new to the shared database. Markers are long
 * and random so that two tests' speeches are never near-duplicates of each other (which would make groups span tests).
 */
const marker = (label: string) => `${unique(label)}${randomBytes(24).toString("hex")}`;

function speech(marker: string, extra = "") {
  return strToU8(
    [
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务。${marker}`,
      "一、提高政治站位，切实增强做好安全生产工作的责任感",
      `近年来，全县安全生产形势总体平稳，事故起数和死亡人数同比分别下降12%和15%。${marker}`,
      "二、突出重点领域，深入开展隐患排查整治",
      `要聚焦危险化学品、城镇燃气、建筑施工等重点行业领域，开展拉网式隐患排查，建立台账，整改销号。${marker}${extra}`,
      "同志们，安全生产责任重于泰山。让我们以更加务实的作风抓好各项工作。谢谢大家！",
    ].join("\n"),
  );
}

describe("corpus import (real database)", () => {
  it("mines files into speeches and blocks, records removed lines, and recognises a repeated file by its hash", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker("m");
    const bytes = speech(m);
    const first = await importFiles([{ name: "a.txt", bytes }], user.id);
    expect(first.results[0]!.status).toBe("imported");
    expect(first.totals.speeches).toBe(1);
    expect(first.totals.blocks).toBeGreaterThanOrEqual(5);

    const docId = first.results[0]!.documentId!;
    // Headings carry no marker, so other tests may have imported them first: look blocks up by their sources.
    const sources = await db().blockSource.findMany({ where: { documentId: docId } });
    const blocks = await db().block.findMany({ where: { id: { in: sources.map((s) => s.blockId) } } });
    expect(blocks).toHaveLength(sources.length);
    expect(blocks.length).toBe(first.totals.blocks);
    expect(blocks.some((b) => b.kind === "HEADING" && b.level === 1)).toBe(true);
    expect(blocks.every((b) => b.normHash && b.lshBands.length === 16)).toBe(true);

    const again = await importFiles([{ name: "a-copy.txt", bytes }], user.id);
    expect(again.results[0]).toMatchObject({ status: "duplicate", duplicateOf: { id: docId, fileName: "a.txt" } });
    expect(
      await db().sourceDocument.count({
        where: { sha256: (await db().sourceDocument.findUniqueOrThrow({ where: { id: docId } })).sha256 },
      }),
    ).toBe(1);
  });

  it("merges exact repeats into one block with every source kept, and groups near-duplicates", async () => {
    const m = marker("dup");
    const a = await importFiles([{ name: "a.txt", bytes: speech(m) }], null);
    // Same speech with one paragraph lightly edited and different punctuation elsewhere: a different file.
    const b = await importFiles([{ name: "b.txt", bytes: speech(m, "，确保问题隐患动态清零") }], null);
    expect(b.results[0]!.status).toBe("imported");
    expect(b.totals.exactRepeats).toBeGreaterThanOrEqual(4);
    expect(b.totals.nearDuplicates).toBeGreaterThanOrEqual(1);

    const opening = await db().block.findFirstOrThrow({
      where: { text: { contains: `总结工作、部署任务。${m}` } },
      include: { sources: true },
    });
    expect(opening.sources.map((s) => s.documentId).sort()).toEqual(
      [a.results[0]!.documentId, b.results[0]!.documentId].sort(),
    );

    const variants = await db().block.findMany({ where: { text: { contains: `整改销号。${m}` } } });
    expect(variants).toHaveLength(2);
    expect(variants[0]!.dupGroupId).toBeTruthy();
    expect(variants[0]!.dupGroupId).toBe(variants[1]!.dupGroupId);
    expect(variants.filter((v) => v.isCanonical)).toHaveLength(1);
    expect(variants.find((v) => v.isCanonical)!.sourceDocumentId).toBe(a.results[0]!.documentId);

    // The file list counts b's paragraphs, stored once as blocks of a's or not: as many as its import reported.
    const listed = (await listSourceDocuments()).find((d) => d.id === b.results[0]!.documentId)!;
    expect(listed._count.sources).toBe(b.results[0]!.summary!.blocks);
    expect(listed._count.sources).toBeGreaterThan(listed._count.blocks);
  });

  it("reports a bad file with a Chinese error, leaves nothing of it behind, and still imports the others", async () => {
    const before = await db().sourceDocument.count();
    const r = await importFiles(
      [
        { name: "scan.pdf", bytes: strToU8("%PDF-1.4 binary") },
        { name: "broken.docx", bytes: makeDocx([{ text: "同志们：" }]).slice(0, 100) },
        { name: "empty.txt", bytes: new Uint8Array() },
        { name: "good.txt", bytes: speech(marker("ok")) },
      ],
      null,
    );
    expect(r.results.map((x) => x.status)).toEqual(["failed", "failed", "failed", "imported"]);
    expect(r.results[0]!.error).toContain("PDF");
    expect(r.results[1]!.error).toMatch(/损坏|不完整/);
    expect(r.results[2]!.error).toContain("空");
    expect(await db().sourceDocument.count()).toBe(before + 1);
  });

  it("imports a .docx through the same pipeline", async () => {
    const m = marker("docx");
    const bytes = makeDocx([
      { text: "在全市安全生产工作会议上的讲话" },
      { text: "同志们：" },
      { text: `今天召开会议，部署今年的安全生产工作。${m}` },
      { text: "压实安全生产责任", style: "Heading1" },
      { text: `要坚持党政同责、一岗双责、齐抓共管、失职追责，严格考核问责。${m}` },
    ]);
    const r = await importFiles([{ name: "speech.docx", bytes }], null);
    expect(r.results[0]!.status).toBe("imported");
    const doc = await db().sourceDocument.findUniqueOrThrow({ where: { id: r.results[0]!.documentId! } });
    expect(doc.format).toBe("docx");
    const heading = await db().block.findFirstOrThrow({ where: { sourceDocumentId: doc.id, kind: "HEADING" } });
    expect(heading.level).toBe(1);
  });

  it("undo removes the import's blocks, keeps blocks a speech uses, and says so", async () => {
    const m = marker("undo");
    const r = await importFiles([{ name: "u.txt", bytes: speech(m) }], null);
    const docId = r.results[0]!.documentId!;
    const blocks = await db().block.findMany({ where: { sourceDocumentId: docId } });
    const used = blocks[1]!;
    const draft = await createTestSpeech();
    await db().blockUsage.create({ data: { blockId: used.id, speechId: draft.id } });

    const result = await undoImport(r.importId, null);
    expect(result.blocksKeptInUse).toBe(1);
    expect(result.blocksRemoved).toBe(blocks.length - 1);
    expect(await db().block.count({ where: { id: { in: blocks.map((b) => b.id) } } })).toBe(1);
    expect(await db().block.findUnique({ where: { id: used.id } })).not.toBeNull();
    const report = await getImportReport(r.importId);
    expect(report.status).toBe("UNDONE");
    await expect(undoImport(r.importId, null)).rejects.toThrow("已经撤销");
  });

  it("imports the five sample files with the expected speech counts", async () => {
    // The sample corpus may already be in this database (another test): compare against what the hash finds.
    const names = [
      "000_9e95fdba000a8061.txt",
      "001_a031bda74d871ab3.txt",
      "002_f4e58f1689a559a6.txt",
      "003_aaab11ed25220a3c.txt",
      "004_46ebd7ac5d9d9c86.txt",
    ];
    const r = await importFiles(
      names.map((n) => ({ name: n, bytes: corpus(n) })),
      null,
    );
    const docIds = r.results.map((x) => x.documentId ?? x.duplicateOf!.id);
    const counts = await Promise.all(docIds.map((id) => db().corpusSpeech.count({ where: { documentId: id } })));
    expect(counts).toEqual([2, 1, 1, 1, 5]);
    const report = await getImportReport(r.importId);
    expect(report.totals.files).toBe(5);
  });
});
