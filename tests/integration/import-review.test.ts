// Issue 11, item 6: an honest import report. Each file gets a verdict (好 / 需要检查 / 失败) with reasons; in an
// import that holds files for review (uploads in the app) a 需要检查 file waits with its blocks outside the library
// until a clerk fixes its split and categories and confirms it; a refused upload leaves no empty import behind.
import { randomBytes } from "node:crypto";
import { strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCategoriesIfEmpty } from "@/lib/categories/seed-categories";
import { db } from "@/lib/db/client";
import { getImportReport } from "@/lib/corpus/import-report";
import { importFiles, startImport } from "@/lib/corpus/import-files";
import { undoImport } from "@/lib/corpus/undo-import";
import { closeImport } from "@/lib/imports/complete-import";
import { stopJobSender } from "@/lib/imports/job-queue";
import { processImportFile } from "@/lib/imports/process-import-file";
import { queueImportFile } from "@/lib/imports/queue-import-file";
import { confirmAllReviewFiles, confirmReviewFile, discardReviewFile, editReviewFile } from "@/lib/imports/review-file";
import { mineDocument } from "@/lib/mining/mine-document";
import { searchBlocks } from "@/lib/search/search-blocks";
import { disconnectSearchDb } from "@/lib/search/search-db";
import { createTestUser } from "@/lib/testing/factories";
import { joinedPage } from "@/lib/testing/joined-page";
import { bigImportText } from "@/lib/testing/big-import-file";
import { MAX_BLOCKS_SHOWN } from "@/lib/imports/held-files";
import * as confirmAllRoute from "@/app/api/corpus/imports/[id]/confirm-all/route";
import * as confirmRoute from "@/app/api/corpus/imports/[id]/files/[fileId]/confirm/route";
import * as discardRoute from "@/app/api/corpus/imports/[id]/files/[fileId]/discard/route";
import * as reviewRoute from "@/app/api/corpus/imports/[id]/files/[fileId]/review/route";
import { routeCaller } from "../support/route-call";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";

// A database of its own: the default categories are seeded here (the classifier's verdicts need them), which the
// shared database's other tests do not expect.
let iso: IsolatedDatabase;
const runDatabaseUrl = process.env.DATABASE_URL;
beforeAll(async () => {
  iso = await useIsolatedDatabase("review");
  process.env.DATABASE_URL = iso.url; // the job sender and the search pool connect by it
  await seedCategoriesIfEmpty();
});
afterAll(async () => {
  await stopJobSender();
  await disconnectSearchDb();
  process.env.DATABASE_URL = runDatabaseUrl;
  await iso.restore();
});

const marker = () => `评审${randomBytes(8).toString("hex")}`;
const utf8 = (s: string) => strToU8(s);

/** A short, well-formed speech: judged 好. */
const goodSpeech = (m: string) =>
  utf8(
    [
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务（${m}）。`,
      "一、突出重点领域，深入开展隐患排查整治",
      `要聚焦危险化学品、城镇燃气、建筑施工等重点行业领域，开展拉网式隐患排查，建立台账，整改销号（${m}）。`,
      "同志们，安全生产责任重于泰山。谢谢大家！",
    ].join("\n"),
  );

/** Uploads as the app does (files judged 需要检查 are held), works each file in this process and closes. */
async function heldImport(userId: string, files: { name: string; bytes: Uint8Array }[]) {
  const { id } = await startImport(userId, { holdForReview: true });
  const fileIds: string[] = [];
  for (const f of files) {
    const q = await queueImportFile(id, f, { sendJob: false });
    if (q.status === "QUEUED") await processImportFile(q.id);
    fileIds.push(q.id);
  }
  await closeImport(id);
  return { importId: id, fileIds };
}

const fileRow = (id: string) => db().importFile.findUniqueOrThrow({ where: { id } });
const blocksWith = (text: string) => db().block.findMany({ where: { text: { contains: text } } });
const searchIds = async (query: string) => (await searchBlocks({ query })).hits.map((h) => h.id);

describe("import verdicts and the review before the library", () => {
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

  it("lets the clerk split, merge and recategorise, then stores the reviewed draft, searchable", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker();
    const page = joinedPage(m);
    const { importId, fileIds } = await heldImport(user.id, [{ name: "joined.txt", bytes: utf8(page.text) }]);
    const ref = { importId, fileId: fileIds[0]! };
    const blocks = async () => (await getImportReport(importId)).held[0]!.speeches[0]!.blocks;
    const joined = (await blocks()).find((b) => b.text.includes(`${m}戊`))!;
    const p = joined.position;
    const cut = joined.text.indexOf("总之");
    const [body, closing] = [joined.text.slice(0, cut), joined.text.slice(cut)];
    expect(body).toContain(`${m}己`);
    expect(closing).toBe(page.paragraphs.at(-1));
    let { version } = await editReviewFile(
      ref,
      { version: 1, edit: { op: "split", speech: 1, position: p, at: cut } },
      user.id,
    );
    expect(version).toBe(2);
    // Split the closing once more, merge it back, and set a category on the paragraph split off.
    expect((await blocks())[p + 1]!.text).toBe(closing);
    ({ version } = await editReviewFile(
      ref,
      { version, edit: { op: "split", speech: 1, position: p + 1, at: closing.indexOf("。") + 1 } },
      user.id,
    ));
    ({ version } = await editReviewFile(ref, { version, edit: { op: "merge", speech: 1, position: p + 1 } }, user.id));
    ({ version } = await editReviewFile(
      ref,
      { version, edit: { op: "category", speech: 1, position: p, category: "应急管理" } },
      user.id,
    ));
    expect(version).toBe(5);
    const reviewed = (await getImportReport(importId)).held[0]!;
    expect(reviewed.speeches[0]!.blocks[p]).toMatchObject({ text: body, category: "应急管理", confidence: 1 });
    expect(reviewed.speeches[0]!.blocks[p + 1]!.text).toBe(closing);

    // An unknown category is refused; so is an edit from an older version.
    await expect(
      editReviewFile(ref, { version, edit: { op: "category", speech: 1, position: 0, category: "没有这类" } }, user.id),
    ).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("没有这个类别") });
    await expect(
      editReviewFile(ref, { version: 2, edit: { op: "merge", speech: 1, position: 0 } }, user.id),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("别人刚修改过") });

    await confirmReviewFile(ref, { version }, user.id, { sendJob: false });
    expect((await fileRow(ref.fileId)).status).toBe("QUEUED");
    // Confirmed means no more edits.
    await expect(
      editReviewFile(ref, { version, edit: { op: "merge", speech: 1, position: 0 } }, user.id),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await blocksWith(m)).toEqual([]); // not stored until the worker has done it
    await processImportFile(ref.fileId);

    const row = await fileRow(ref.fileId);
    expect(row).toMatchObject({ status: "DONE", draft: null });
    const split = await db().block.findFirstOrThrow({ where: { text: body }, include: { category: true } });
    expect(split).toMatchObject({ confidence: 1, category: { key: "应急管理" } });
    expect(await searchIds(`${m}己`)).toContain(split.id);
    const rest = await blocksWith(`${m}戊`);
    expect(rest).toHaveLength(1);
    expect(rest[0]!.text).toBe(closing);

    const report = await getImportReport(importId);
    expect(report.held).toEqual([]);
    expect(report.totals).toMatchObject({ files: 1, imported: 1, review: 0, importedToCheck: 1, restored: 1 });
    expect(report.files[0]).toMatchObject({ status: "imported", reviewed: true, verdict: { level: "需要检查" } });
    expect(report.documents[0]!.restorations).toEqual([expect.objectContaining({ original: "zf", restored: "政府" })]);
    expect(report.documents[0]!.removed.every((r) => !r.reason.includes("还原"))).toBe(true);
    const audit = await db().auditLog.findMany({ where: { targetId: ref.fileId }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([...Array(4).fill("corpus.review_edit"), "corpus.review_confirm"]);
  });

  it("serialises two clerks' edits of the same version: one wins, the other is told to refresh", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const page = joinedPage(marker());
    const { importId, fileIds } = await heldImport(user.id, [{ name: "j.txt", bytes: utf8(page.text) }]);
    const ref = { importId, fileId: fileIds[0]! };
    const results = await Promise.allSettled([
      editReviewFile(ref, { version: 1, edit: { op: "split", speech: 1, position: 0, at: 40 } }, user.id),
      editReviewFile(ref, { version: 1, edit: { op: "category", speech: 1, position: 0, category: "开场" } }, user.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "conflict" });
    expect((await fileRow(ref.fileId)).draftVersion).toBe(2);
  });

  it("discards a held file without storing anything, and accepts all the others as they are", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const [a, b, c] = [marker(), marker(), marker()];
    const { importId, fileIds } = await heldImport(user.id, [
      { name: "a.txt", bytes: utf8(joinedPage(a).text) },
      { name: "b.txt", bytes: utf8(joinedPage(b).text) },
      { name: "c.txt", bytes: utf8(joinedPage(c).text) },
    ]);
    await discardReviewFile({ importId, fileId: fileIds[0]! }, { version: 1 }, user.id);
    expect(await fileRow(fileIds[0]!)).toMatchObject({ status: "CANCELLED", draft: null });
    expect(await confirmAllReviewFiles(importId, user.id, { sendJob: false })).toEqual({ confirmed: 2 });
    for (const id of fileIds.slice(1)) await processImportFile(id);

    expect(await blocksWith(a)).toEqual([]);
    expect((await blocksWith(b)).length).toBeGreaterThan(0);
    expect((await blocksWith(c)).length).toBeGreaterThan(0);
    const report = await getImportReport(importId);
    expect(report.totals).toMatchObject({ files: 3, imported: 2, discarded: 1, review: 0 });
    expect(report.files[0]).toMatchObject({ status: "discarded" });
    // Undo still takes the import out whole.
    const undone = await undoImport(importId, user.id);
    expect(undone.documentsRemoved).toBe(2);
    expect(await blocksWith(b)).toEqual([]);
  });

  it("cancels held files when the import is undone, and refuses review changes after", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker();
    const { importId, fileIds } = await heldImport(user.id, [
      { name: "j.txt", bytes: utf8(joinedPage(m).text) },
      { name: "g.txt", bytes: goodSpeech(m) },
    ]);
    const undone = await undoImport(importId, user.id);
    expect(undone).toMatchObject({ documentsRemoved: 1, filesCancelled: 1 });
    expect(await fileRow(fileIds[0]!)).toMatchObject({ status: "CANCELLED", draft: null });
    await expect(
      confirmReviewFile({ importId, fileId: fileIds[0]! }, { version: 1 }, user.id, { sendJob: false }),
    ).rejects.toMatchObject({ code: "conflict", message: "这次导入已撤销。" });
    expect(await blocksWith(m)).toEqual([]);
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

describe("the review routes", () => {
  it("need the import permission, validate input in Chinese and answer a stale version with 409", async () => {
    const editor = await createTestUser({ role: "EDITOR" });
    const viewer = await createTestUser({ role: "VIEWER" });
    const { importId, fileIds } = await heldImport(editor.id, [
      { name: "j.txt", bytes: utf8(joinedPage(marker()).text) },
    ]);
    const params = { id: importId, fileId: fileIds[0]! };
    const asViewer = await routeCaller(viewer.id);
    const asEditor = await routeCaller(editor.id);

    const edit = { version: 1, edit: { op: "category", speech: 1, position: 0, category: "开场" } };
    for (const [handler, body] of [
      [reviewRoute.POST, edit],
      [confirmRoute.POST, { version: 1 }],
      [discardRoute.POST, { version: 1 }],
      [confirmAllRoute.POST, undefined],
    ] as const) {
      expect(await asViewer(handler, { method: "POST", body, params })).toMatchObject({
        status: 403,
        error: { code: "forbidden" },
      });
    }

    expect(await asEditor(reviewRoute.POST, { method: "POST", body: { version: 1 }, params })).toMatchObject({
      status: 400,
      error: { message: "请选择要做的修改：合并、拆分、更改类别或设为标题/正文。" },
    });
    expect(
      await asEditor(reviewRoute.POST, {
        method: "POST",
        body: { version: 1, edit: { op: "split", speech: 1, position: 0, at: 0 } },
        params,
      }),
    ).toMatchObject({ status: 400, error: { message: "拆分点必须在段落中间。" } });
    expect(await asEditor(confirmRoute.POST, { method: "POST", body: {}, params })).toMatchObject({
      status: 400,
      error: { message: "缺少文件的版本号，请刷新页面后再试。" },
    });

    expect(await asEditor(reviewRoute.POST, { method: "POST", body: edit, params })).toMatchObject({ status: 200 });
    expect(await asEditor(reviewRoute.POST, { method: "POST", body: edit, params })).toMatchObject({
      status: 409,
      error: { code: "conflict", message: expect.stringContaining("请刷新页面后再改") },
    });
    expect(await asEditor(confirmRoute.POST, { method: "POST", body: { version: 2 }, params })).toMatchObject({
      status: 202,
    });
    expect((await fileRow(fileIds[0]!)).status).toBe("QUEUED");
    expect(
      await asEditor(reviewRoute.POST, { method: "POST", body: edit, params: { ...params, fileId: "nope" } }),
    ).toMatchObject({ status: 404 });
  });
});
