// A clerk's review of a file held as 需要检查 (hold-for-review.ts): fix its split and categories, then confirm it
// (the worker stores the reviewed draft, as it stores any file) or discard it. Every change names the draft version
// it started from, so two clerks editing the same file never overwrite each other; the import row is locked first,
// in the order an undo takes it, so an undo and a review wait for each other instead of crossing.
import { Prisma } from "../db/generated/client";
import { db, type DbTx } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import type { FileResult } from "../corpus/import-files";
import { pendingCounts } from "./hold-for-review";
import { sendMineFileJob } from "./job-queue";
import { recordFileResult } from "./record-file-result";
import { applyReviewEdit, type DraftSpeeches, type ReviewEdit } from "./review-draft";

export type ReviewFileRef = { importId: string; fileId: string };

/** The held file, locked: its draft's speeches only (an edit never reads or rewrites the file's text). */
type Locked = { fileName: string; speeches: DraftSpeeches; version: number; result: FileResult };

const EDIT_LABEL: Record<ReviewEdit["op"], string> = {
  merge: "合并段落",
  split: "拆分段落",
  category: "更改类别",
  heading: "设为标题",
  paragraph: "设为正文",
};

async function lockReviewFile(tx: DbTx, ref: ReviewFileRef, version: number | null): Promise<Locked> {
  const [batch] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text FROM corpus_imports WHERE id = ${ref.importId} FOR UPDATE`;
  if (!batch) throw new AppError("not_found", "找不到这次导入，可能已被删除。");
  if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已撤销。");
  const [file] = await tx.$queryRaw<
    {
      status: string;
      draft_version: number;
      file_name: string;
      speeches: DraftSpeeches["speeches"] | null;
      result: FileResult | null;
    }[]
  >`
    SELECT status::text, draft_version, file_name, draft->'mined'->'speeches' AS speeches, result
    FROM import_files
    WHERE id = ${ref.fileId} AND import_id = ${ref.importId} FOR UPDATE`;
  if (!file) throw new AppError("not_found", "找不到这个文件，请刷新页面。");
  if (file.status !== "REVIEW") throw new AppError("conflict", "这个文件已经确认入库或已放弃，请刷新页面。");
  if (version !== null && file.draft_version !== version) {
    throw new AppError("conflict", "别人刚修改过这个文件的分段或类别，请刷新页面后再改。");
  }
  return {
    fileName: file.file_name,
    speeches: { speeches: file.speeches ?? [] },
    version: file.draft_version,
    result: file.result!,
  };
}

async function assertKnownCategory(tx: DbTx, key: string): Promise<void> {
  const found = await tx.category.findFirst({ where: { key, mergedIntoId: null }, select: { id: true } });
  if (!found) throw new AppError("invalid_input", "没有这个类别，请刷新页面后重新选择。");
}

/** One edit of the draft; returns the draft's new version. */
export async function editReviewFile(
  ref: ReviewFileRef,
  input: { version: number; edit: ReviewEdit },
  actorId: string | null,
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const locked = await lockReviewFile(tx, ref, input.version);
    if (input.edit.op === "category") await assertKnownCategory(tx, input.edit.category);
    const edited = applyReviewEdit(locked.speeches, input.edit);
    const version = locked.version + 1;
    const result: FileResult = { ...locked.result, pending: pendingCounts(edited) };
    await tx.$executeRaw`
      UPDATE import_files
      SET draft = jsonb_set(draft, '{mined,speeches}', ${JSON.stringify(edited.speeches)}::jsonb),
          draft_version = ${version}, paragraphs_total = ${result.pending!.blocks},
          result = ${JSON.stringify(result)}::jsonb
      WHERE id = ${ref.fileId}`;
    await recordFileResult(ref.importId, result, tx);
    await writeAudit(
      {
        action: "corpus.review_edit",
        userId: actorId,
        targetType: "import_file",
        targetId: ref.fileId,
        details: { file: locked.fileName, change: EDIT_LABEL[input.edit.op] },
      },
      tx,
    );
    return { version };
  });
}

/** Back to the worker's queue: it stores the reviewed draft (no mining), in batches, as any upload. */
async function requeue(tx: DbTx, ref: ReviewFileRef, locked: Locked, actorId: string | null): Promise<void> {
  await tx.importFile.update({
    where: { id: ref.fileId },
    select: { id: true },
    data: {
      status: "QUEUED",
      attempts: 0,
      leaseUntil: null,
      finishedAt: null,
      documentId: null,
      paragraphsStored: 0,
      paragraphsTotal: pendingCounts(locked.speeches).blocks,
    },
  });
  await writeAudit(
    {
      action: "corpus.review_confirm",
      userId: actorId,
      targetType: "import_file",
      targetId: ref.fileId,
      details: { file: locked.fileName },
    },
    tx,
  );
}

const sendJob = (fileId: string) =>
  // Without the job the file still gets stored: the worker's sweep finds files nobody holds.
  sendMineFileJob(fileId).catch((err) => console.error("[导入] 任务未能入队，将由巡检补发：", err));

/** 确认入库: the file, as the clerk left it, goes into the library. */
export async function confirmReviewFile(
  ref: ReviewFileRef,
  input: { version: number },
  actorId: string | null,
  opts: { sendJob?: boolean } = {},
): Promise<{ status: "QUEUED" }> {
  await db().$transaction(async (tx) => requeue(tx, ref, await lockReviewFile(tx, ref, input.version), actorId));
  if (opts.sendJob !== false) await sendJob(ref.fileId);
  return { status: "QUEUED" };
}

/** 全部确认入库: every file of the import still held, as it is now. */
export async function confirmAllReviewFiles(
  importId: string,
  actorId: string | null,
  opts: { sendJob?: boolean } = {},
): Promise<{ confirmed: number }> {
  const ids = await db().$transaction(async (tx) => {
    const held = await tx.importFile.findMany({ where: { importId, status: "REVIEW" }, select: { id: true } });
    for (const f of held) {
      const ref = { importId, fileId: f.id };
      await requeue(tx, ref, await lockReviewFile(tx, ref, null), actorId);
    }
    return held.map((f) => f.id);
  });
  if (opts.sendJob !== false) for (const id of ids) await sendJob(id);
  return { confirmed: ids.length };
}

/** 放弃: the file is not imported; the import's report keeps it as discarded. */
export async function discardReviewFile(
  ref: ReviewFileRef,
  input: { version: number },
  actorId: string | null,
): Promise<{ status: "CANCELLED" }> {
  await db().$transaction(async (tx) => {
    const locked = await lockReviewFile(tx, ref, input.version);
    const result: FileResult = { ...locked.result, status: "discarded", pending: undefined };
    await tx.importFile.update({
      where: { id: ref.fileId },
      select: { id: true },
      data: {
        status: "CANCELLED",
        draft: Prisma.DbNull,
        result: result as unknown as Prisma.InputJsonValue,
        error: "检查后放弃，未入库",
        finishedAt: new Date(),
      },
    });
    await recordFileResult(ref.importId, result, tx);
    await writeAudit(
      {
        action: "corpus.review_discard",
        userId: actorId,
        targetType: "import_file",
        targetId: ref.fileId,
        details: { file: locked.fileName },
      },
      tx,
    );
  });
  return { status: "CANCELLED" };
}
