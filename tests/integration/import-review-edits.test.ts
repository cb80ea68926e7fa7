// Issue 11, item 6: a 需要检查 file held for review (uploads in the app) waits with its blocks outside the library
// until a clerk fixes its split and categories and confirms it, or discards it; an undo cancels it. (The verdicts and
// the report: import-review-verdicts.test.ts.)
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getImportReport } from "@/lib/corpus/import-report";
import { undoImport } from "@/lib/corpus/undo-import";
import { processImportFile } from "@/lib/imports/process-import-file";
import { confirmAllReviewFiles, confirmReviewFile, discardReviewFile, editReviewFile } from "@/lib/imports/review-file";
import { createTestUser } from "@/lib/testing/factories";
import { joinedPage } from "@/lib/testing/joined-page";
import * as confirmAllRoute from "@/app/api/corpus/imports/[id]/confirm-all/route";
import * as confirmRoute from "@/app/api/corpus/imports/[id]/files/[fileId]/confirm/route";
import * as discardRoute from "@/app/api/corpus/imports/[id]/files/[fileId]/discard/route";
import * as reviewRoute from "@/app/api/corpus/imports/[id]/files/[fileId]/review/route";
import { routeCaller } from "../support/route-call";
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

describe("the clerk's review before the library", () => {
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
