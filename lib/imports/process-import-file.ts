// The background work for one uploaded file: mine it, then write its paragraphs in short batches, each committed
// with the count stored so far. A worker that dies leaves a resumable file: the next one (after the lease runs
// out) mines the same bytes again and continues after the last committed batch. A file that fails for good is
// rolled back whole, so the library never keeps half a document. Each file gets a quality verdict
// (file-verdict.ts); where the import holds files for review, one judged 需要检查 waits for a clerk instead
// (hold-for-review.ts), and once confirmed its reviewed draft is stored instead of mining the bytes again.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { AppError, isAppError } from "../errors";
import { mineDocument, type MineOptions } from "../mining/mine-document";
import type { MinedDocument } from "../mining/types";
import type { FileResult } from "../corpus/import-files";
import { removeDocuments } from "../corpus/remove-documents";
import {
  addCounts,
  categoryIdsByKey,
  createDocumentShell,
  finishDocument,
  paragraphsOf,
  speechIdsByOrder,
  storeParagraphBatch,
  type BatchCounts,
  type StoredDocumentSummary,
} from "../corpus/store-mined-document";
import { recordFileResult } from "./record-file-result";
import { failedVerdict, judgeMinedFile } from "./file-verdict";
import { holdForReview } from "./hold-for-review";
import { isRestoration } from "./restorations";
import type { ReviewDraft } from "./review-draft";
import { completeImportIfFinished } from "./complete-import";
import { retryOnWriteConflict } from "./write-conflicts";
import { duplicateResult, storedWithSameContent, type StoredDocumentRef } from "./same-content";
import { nothingToStore, refuseNotSpeech } from "./not-speech";

export type MineFile = (name: string, bytes: Uint8Array, opts: MineOptions) => Promise<MinedDocument>;

export type ProcessOptions = {
  mine?: MineFile;
  limits?: MineOptions["limits"];
  /** Paragraphs per transaction: small enough that no lock or connection is held long. */
  batchSize?: number;
  leaseSeconds?: number;
  /** Attempts after which a file that keeps failing is given up and rolled back. */
  maxAttempts?: number;
  /** The worker is stopping: the file is let go after the batch in hand, to be resumed by the next worker. */
  signal?: AbortSignal;
};

/** Thrown when a stopping worker lets a file go between two batches (not a failure of the file). */
export class ImportPaused extends Error {
  constructor() {
    super("import paused: the worker is stopping");
  }
}

export const PARAGRAPHS_PER_BATCH = 200;
const LEASE_SECONDS = 300;
const MAX_ATTEMPTS = 3;
const GENERIC_FAILURE = "文件处理失败，请确认文件内容完整后重试。";

type Claimed = {
  id: string;
  importId: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  bytes: Uint8Array;
  documentId: string | null;
  paragraphsStored: number;
  result: Prisma.JsonValue;
  attempts: number;
  createdById: string | null;
  holdForReview: boolean;
  /** A reviewed draft, confirmed by a clerk: stored as it is */
  draft: ReviewDraft | null;
};

/** Takes the file unless it is finished or another worker holds a live lease on it. */
async function claim(fileId: string, leaseSeconds: number): Promise<Claimed | null> {
  const [row] = await db().$queryRaw<Claimed[]>`
    UPDATE import_files f SET attempts = f.attempts + 1, lease_until = now() + make_interval(secs => ${leaseSeconds}),
           status = CASE WHEN f.status = 'QUEUED' THEN 'MINING'::"ImportFileStatus" ELSE f.status END,
           started_at = COALESCE(f.started_at, now())
    FROM corpus_imports i
    WHERE f.id = ${fileId} AND i.id = f.import_id AND (f.bytes IS NOT NULL OR f.draft IS NOT NULL)
      AND f.status IN ('QUEUED', 'MINING', 'STORING') AND (f.lease_until IS NULL OR f.lease_until < now())
    RETURNING f.id, f.import_id AS "importId", f.file_name AS "fileName", f.sha256, f.size_bytes AS "sizeBytes",
              f.document_id AS "documentId", f.paragraphs_stored AS "paragraphsStored", f.result,
              f.attempts, i.created_by_id AS "createdById", i.hold_for_review AS "holdForReview"`;
  if (!row) return null;
  // Read apart from the claim: Prisma's raw queries cannot return a bytea column.
  const { bytes, draft } = await db().importFile.findUniqueOrThrow({
    where: { id: fileId },
    select: { bytes: true, draft: true },
  });
  return { ...row, bytes: bytes ?? new Uint8Array(), draft: draft as ReviewDraft | null };
}

/** Mines and stores one queued file. Returns its result, or null when there was nothing for this worker to do. */
export async function processImportFile(fileId: string, opts: ProcessOptions = {}): Promise<FileResult | null> {
  const leaseSeconds = opts.leaseSeconds ?? LEASE_SECONDS;
  const file = await claim(fileId, leaseSeconds);
  if (!file) return null;
  try {
    return await mineAndStore(file, opts, leaseSeconds);
  } catch (err) {
    const permanent =
      !(err instanceof ImportPaused) && (isAppError(err) || file.attempts >= (opts.maxAttempts ?? MAX_ATTEMPTS));
    if (!permanent) {
      // Let the queue try again later; the next attempt resumes after the last committed batch. A pause does
      // not count as an attempt.
      if (!(err instanceof ImportPaused)) {
        console.error(`[导入] “${file.fileName}”第 ${file.attempts} 次处理失败，稍后重试：`, (err as Error).message);
      }
      await db().importFile.update({
        where: { id: file.id },
        select: { id: true },
        data: { leaseUntil: null, ...(err instanceof ImportPaused ? { attempts: { decrement: 1 } } : {}) },
      });
      throw err;
    }
    if (!isAppError(err)) console.error("[导入]", file.fileName, err);
    const cancelled = isAppError(err) && err.code === "conflict";
    return giveUp(file, cancelled ? "CANCELLED" : "FAILED", isAppError(err) ? err.message : GENERIC_FAILURE);
  }
}

async function mineAndStore(file: Claimed, opts: ProcessOptions, leaseSeconds: number): Promise<FileResult> {
  const mine = opts.mine ?? mineDocument;
  const categories = new Set(
    (await db().category.findMany({ where: { mergedIntoId: null }, select: { key: true } })).map((c) => c.key),
  );
  const mined =
    file.draft?.mined ?? (await mine(file.fileName, file.bytes, { limits: opts.limits, knownCategories: categories }));
  const paragraphs = paragraphsOf(mined);
  if (!paragraphs.length) throw new AppError("invalid_input", nothingToStore(mined));
  // The same speech stored before from other bytes (another encoding, a .docx): a duplicate, held for no one.
  const same = file.documentId ? null : await storedWithSameContent(file.sha256, mined.contentHash);
  if (same) return finishDuplicate(file, same);
  const verdict = file.draft?.verdict ?? judgeMinedFile(mined);
  if (!file.draft && verdict.level !== "好") {
    if (file.holdForReview) return holdForReview(file, mined, verdict);
    refuseNotSpeech(verdict); // no clerk to confirm it (command line, seed)
  }
  const lease = () => new Date(Date.now() + leaseSeconds * 1000);

  let documentId = file.documentId;
  if (!documentId) {
    // One transaction for the document row (the raw and cleaned text of up to 20 MB) and every speech.
    documentId = await db().$transaction(
      async (tx) => {
        const id = await createDocumentShell(tx, {
          mined,
          fileName: file.fileName,
          sha256: file.sha256,
          sizeBytes: file.sizeBytes,
          importId: file.importId,
          actorId: file.createdById,
        });
        if (!id) return null;
        await tx.importFile.update({
          where: { id: file.id },
          select: { id: true },
          data: { documentId: id, status: "STORING", paragraphsTotal: paragraphs.length, leaseUntil: lease() },
        });
        return id;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (!documentId) return sameContentStoredMeanwhile(file, mined.contentHash);
  }
  const speechIds = await speechIdsByOrder(db(), documentId);
  const categoryIds = await categoryIdsByKey(db());
  const batchSize = opts.batchSize ?? PARAGRAPHS_PER_BATCH;
  let counts = ((file.result as { counts?: BatchCounts } | null)?.counts ?? emptyCounts()) as BatchCounts;
  for (let start = file.paragraphsStored; start < paragraphs.length; start += batchSize) {
    if (opts.signal?.aborted) throw new ImportPaused();
    const end = Math.min(start + batchSize, paragraphs.length);
    counts = await retryOnWriteConflict(() =>
      db().$transaction(
        async (tx) => {
          const batch = await storeParagraphBatch(tx, {
            documentId: documentId!,
            importId: file.importId,
            actorId: file.createdById,
            paragraphs: paragraphs.slice(start, end),
            speechIds,
            categoryIds,
          });
          const total = addCounts(counts, batch);
          await tx.importFile.update({
            where: { id: file.id },
            select: { id: true },
            data: { paragraphsStored: end, result: { counts: total } as Prisma.InputJsonValue, leaseUntil: lease() },
          });
          return total;
        },
        { timeout: 30_000, maxWait: 10_000 },
      ),
    );
  }
  const summary: StoredDocumentSummary = {
    documentId,
    speeches: mined.speeches.length,
    removed: mined.removed.filter((r) => !isRestoration(r)).length,
    ...counts,
  };
  const result: FileResult = {
    file: file.fileName,
    fileId: file.id,
    status: "imported",
    documentId,
    summary,
    verdict,
    restored: mined.removed.length - summary.removed,
    ...(file.draft ? { reviewed: true } : {}),
  };
  await finish(file, "DONE", result, async (tx) => finishDocument(tx, documentId!));
  return result;
}

/** Another upload of the same content (bytes or text) was stored first: this file is its duplicate. */
async function sameContentStoredMeanwhile(file: Claimed, contentHash: string | undefined): Promise<FileResult> {
  const doc = await storedWithSameContent(file.sha256, contentHash);
  if (!doc) throw new Error("sha256 or content hash conflict without a document");
  return finishDuplicate(file, doc);
}

async function finishDuplicate(file: Claimed, doc: StoredDocumentRef): Promise<FileResult> {
  const result = duplicateResult(file, doc);
  await finish(file, "DUPLICATE", result);
  return result;
}

async function giveUp(file: Claimed, status: "FAILED" | "CANCELLED", message: string): Promise<FileResult> {
  const result: FileResult = {
    file: file.fileName,
    fileId: file.id,
    status: "failed",
    error: message,
    verdict: failedVerdict(message),
  };
  await finish(file, status, result, async (tx) => {
    // Whatever batches of it were committed go again, so the library keeps no half document.
    const doc = await tx.importFile.findUnique({ where: { id: file.id }, select: { documentId: true } });
    if (doc?.documentId) await removeDocuments(tx, [doc.documentId]);
  });
  return result;
}

async function finish(
  file: Claimed,
  status: "DONE" | "DUPLICATE" | "FAILED" | "CANCELLED",
  result: FileResult,
  more?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<void> {
  await db().$transaction(
    async (tx) => {
      await more?.(tx);
      await tx.importFile.update({
        where: { id: file.id },
        select: { id: true },
        data: {
          status,
          result: result as unknown as Prisma.InputJsonValue,
          error: result.error ?? null,
          bytes: null, // the upload is not needed any more
          draft: Prisma.DbNull,
          leaseUntil: null,
          finishedAt: new Date(),
        },
      });
      // An undone import's summary stays as the undo left it.
      if (status !== "CANCELLED") await recordFileResult(file.importId, result, tx);
    },
    { timeout: 60_000 },
  );
  await completeImportIfFinished(file.importId);
}

const emptyCounts = (): BatchCounts => ({
  blocks: 0,
  newBlocks: 0,
  exactRepeats: 0,
  nearDuplicates: 0,
  byCategory: {},
});
