// Issue 11, item 6: an honest import report. Each file gets a verdict (好 / 需要检查 / 失败) with reasons; in an
// import that holds files for review (uploads in the app) a 需要检查 file waits outside the library, a long one shown
// in part; a refused upload leaves no empty import behind. (The clerk's review itself: import-review-edits.test.ts.)
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getImportReport } from "@/lib/corpus/import-report";
import { importFiles, startImport } from "@/lib/corpus/import-files";
import { undoImport } from "@/lib/corpus/undo-import";
import { closeImport } from "@/lib/imports/complete-import";
import { processImportFile } from "@/lib/imports/process-import-file";
import { queueImportFile } from "@/lib/imports/queue-import-file";
import { confirmReviewFile } from "@/lib/imports/review-file";
import { mineDocument } from "@/lib/mining/mine-document";
import { createTestUser } from "@/lib/testing/factories";
import { joinedPage } from "@/lib/testing/joined-page";
import { bigImportText } from "@/lib/testing/big-import-file";
import { MAX_BLOCKS_SHOWN } from "@/lib/imports/held-files";
import {
  blocksWith,
  fileRow,
  goodSpeech,
  heldImport,
  marker,
  searchIds,
  setUpReviewDatabase,
  utf8,
} from "../support/held-imports";

setUpReviewDatabase();

describe("import verdicts", () => {
  it("holds a joined-paragraph page as 需要检查 with its reasons, outside the library; a good file goes straight in", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker();
    const good = marker();
    const page = joinedPage(m);
    const { importId, fileIds } = await heldImport(user.id, [
      { name: "joined.txt", bytes: utf8(page.text) },
      { name: "good.txt", bytes: goodSpeech(good) },
      { name: "empty.txt", bytes: new Uint8Array() },
    ]);

    const held = await fileRow(fileIds[0]!);
    expect(held.status).toBe("REVIEW");
    expect(held.bytes).toBeNull(); // the draft holds what storing needs
    // Nothing of it in the library: no document, no block, not found by search.
    expect(await db().sourceDocument.count({ where: { importId, fileName: "joined.txt" } })).toBe(0);
    expect(await blocksWith(m)).toEqual([]);
    expect(await searchIds(`${m}甲`)).toEqual([]);
    const report = await getImportReport(importId);
    expect(report.files[1]!.verdict).toEqual({ level: "好", reasons: [] });
    expect((await blocksWith(good)).length).toBeGreaterThan(0);
    expect(report.status).toBe("DONE"); // the worker is done; the clerk's review is not the import's progress
    expect(report.totals).toMatchObject({ files: 3, imported: 1, review: 1, failed: 1, restored: 0 });
    const [joined, ok, empty] = report.files;
    expect(joined).toMatchObject({ status: "review", verdict: { level: "需要检查" }, pending: { speeches: 1 } });
    expect(joined!.verdict!.reasons.map((r) => r.code)).toContain("inferred_splits");
    expect(joined!.verdict!.reasons.find((r) => r.code === "inferred_splits")!.message).toMatch(
      /第 5 行按句末空格拆分段落，成 5 段.*请核对分段/,
    );
    expect(ok).toMatchObject({ status: "imported", verdict: { level: "好", reasons: [] } });
    expect(empty).toMatchObject({ status: "failed", verdict: { level: "失败" } });
    expect(empty!.verdict!.reasons[0]!.message).toContain("空");

    // The held file in the report: its blocks, and the restored abbreviation apart from the removed noise.
    expect(report.held).toHaveLength(1);
    const h = report.held[0]!;
    expect(h).toMatchObject({ id: fileIds[0], version: 1, state: "REVIEW" });
    // Split at the spaces; the two paragraphs the page ran together without one are one block, for the clerk.
    expect(h.speeches[0]!.blocks.filter((b) => b.text.includes(`${m}乙`))).toHaveLength(1);
    expect(h.speeches[0]!.blocks.filter((b) => b.text.includes(`${m}己`) && b.text.includes(`${m}戊`))).toHaveLength(1);
    expect(h.restorations).toEqual([
      expect.objectContaining({
        original: "zf",
        restored: "政府",
        before: expect.stringContaining("决不姑息迁就。区"),
      }),
    ]);
    expect(h.restorations[0]!.after.startsWith("安委办")).toBe(true);
    expect(h.removed.some((r) => r.text.includes("浏览次数"))).toBe(true);
    expect(h.removed.every((r) => !r.reason.includes("还原"))).toBe(true);
  });
});

describe("a long file held for review", () => {
  it("shows its first blocks in the report and stores all of them when confirmed", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker();
    const text = `${bigImportText({ targetBytes: 400_000, seed: 11 }).text}\n${joinedPage(m).text}`;
    const { importId, fileIds } = await heldImport(user.id, [{ name: "long.txt", bytes: utf8(text) }]);
    const [held] = (await getImportReport(importId)).held;
    const shown = held!.speeches.reduce((n, s) => n + s.blocks.length, 0);
    const total = (await fileRow(fileIds[0]!)).paragraphsTotal!;
    expect(total).toBeGreaterThan(MAX_BLOCKS_SHOWN);
    expect(shown).toBe(MAX_BLOCKS_SHOWN);
    expect(held!.blocksNotShown).toBe(total - MAX_BLOCKS_SHOWN);

    await confirmReviewFile({ importId, fileId: fileIds[0]! }, { version: 1 }, user.id, { sendJob: false });
    await processImportFile(fileIds[0]!);
    expect((await getImportReport(importId)).totals).toMatchObject({ imported: 1, blocks: total });
    expect((await blocksWith(`${m}甲`)).length).toBe(1);
    await undoImport(importId, user.id); // its generated paragraphs would otherwise be other tests' repeats
  });
});

describe("refused uploads", () => {
  it("leave no empty import behind: an import that received no file is removed at close", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const { id } = await startImport(user.id, { holdForReview: true });
    expect(await closeImport(id)).toEqual({ done: true, removed: true });
    expect(await db().corpusImport.findUnique({ where: { id } })).toBeNull();
  });

  it("end an import of only unreadable files as FAILED (not 已导入), with nothing stored", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const before = await db().sourceDocument.count();
    const r = await importFiles(
      [
        { name: "scan.pdf", bytes: utf8("%PDF-1.4 binary") },
        { name: "empty.txt", bytes: new Uint8Array() },
      ],
      user.id,
    );
    expect(r.totals).toMatchObject({ files: 2, imported: 0, failed: 2 });
    const report = await getImportReport(r.importId);
    expect(report.status).toBe("FAILED");
    expect(report.files.map((f) => f.verdict?.level)).toEqual(["失败", "失败"]);
    expect(await db().sourceDocument.count()).toBe(before);
  });

  it("refuse a file the miner says is not a speech unless a clerk confirms it", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker();
    const notSpeech = async (name: string, bytes: Uint8Array) => ({
      ...(await mineDocument(name, bytes)),
      notSpeech: { reason: "内容是一张账户配置表，没有成句的中文" },
    });
    const bytes = goodSpeech(m);

    // No clerk to ask (command line, seed): refused with the explanation, nothing stored.
    const { id: cli } = await startImport(user.id);
    const q1 = await queueImportFile(cli, { name: "passwd.txt", bytes }, { sendJob: false });
    const refused = await processImportFile(q1.id, { mine: notSpeech });
    expect(refused).toMatchObject({ status: "failed", verdict: { level: "失败" } });
    expect(refused!.error).toContain("看起来不是讲话材料：内容是一张账户配置表");
    expect(await blocksWith(m)).toEqual([]);
    await closeImport(cli);
    expect((await getImportReport(cli)).status).toBe("FAILED");

    // Uploaded in the app: held as 需要检查 with the reason; stored once a clerk confirms.
    const { id } = await startImport(user.id, { holdForReview: true });
    const q2 = await queueImportFile(id, { name: "passwd.txt", bytes }, { sendJob: false });
    expect(await processImportFile(q2.id, { mine: notSpeech })).toMatchObject({
      status: "review",
      verdict: { level: "需要检查", reasons: [{ code: "not_speech" }] },
    });
    expect(await blocksWith(m)).toEqual([]);
    await confirmReviewFile({ importId: id, fileId: q2.id }, { version: 1 }, user.id, { sendJob: false });
    await processImportFile(q2.id, { mine: notSpeech });
    expect((await blocksWith(m)).length).toBeGreaterThan(0);
  });
});
