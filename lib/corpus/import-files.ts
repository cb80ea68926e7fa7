// Corpus import: a batch (CorpusImport) receives files one by one, each mined and stored atomically, so a
// bad file leaves nothing behind and never blocks the others. The same file (same SHA-256) is not imported twice.
import { createHash } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import pLimit from "p-limit";
import { db } from "../db/client";
import { AppError, isAppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { mineDocument } from "../mining/mine-document";
import type { DecodeLimits } from "../mining/decode-document";
import { storeMinedDocument, type StoredDocumentSummary } from "./store-mined-document";

export type IncomingFile = { name: string; bytes: Uint8Array };

export type FileResult = {
  file: string;
  status: "imported" | "duplicate" | "failed";
  documentId?: string;
  duplicateOf?: { id: string; fileName: string };
  error?: string;
  summary?: StoredDocumentSummary;
};

export type ImportTotals = Omit<StoredDocumentSummary, "documentId"> & {
  files: number;
  imported: number;
  duplicates: number;
  failed: number;
};

export async function startImport(actorId: string | null): Promise<{ id: string }> {
  return db().corpusImport.create({ data: { createdById: actorId }, select: { id: true } });
}

async function knownCategories(): Promise<Set<string>> {
  const rows = await db().category.findMany({ where: { mergedIntoId: null }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}

export async function importFileIntoBatch(
  importId: string,
  file: IncomingFile,
  actorId: string | null,
  opts: { limits?: DecodeLimits; categories?: Set<string> } = {},
): Promise<FileResult> {
  const batch = await db().corpusImport.findUnique({ where: { id: importId }, select: { status: true } });
  if (!batch) throw new AppError("not_found", "找不到这次导入，请刷新页面后重新上传。");
  if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已撤销，请重新开始导入。");
  const name = file.name.slice(0, 255);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const existing = await db().sourceDocument.findUnique({ where: { sha256 }, select: { id: true, fileName: true } });
  const result: FileResult = existing
    ? { file: name, status: "duplicate", duplicateOf: existing }
    : await mineAndStore(importId, name, sha256, file.bytes, actorId, opts);
  await recordResult(importId, result);
  return result;
}

async function mineAndStore(
  importId: string,
  name: string,
  sha256: string,
  bytes: Uint8Array,
  actorId: string | null,
  opts: { limits?: DecodeLimits; categories?: Set<string> },
): Promise<FileResult> {
  try {
    const mined = await mineDocument(name, bytes, {
      limits: opts.limits,
      knownCategories: opts.categories ?? (await knownCategories()),
    });
    if (!mined.speeches.some((s) => s.blocks.length)) {
      throw new AppError("invalid_input", "文件中没有找到讲话内容（可能全是网页杂质或格式不对）。");
    }
    const store = () =>
      db().$transaction(
        (tx) =>
          storeMinedDocument(tx, {
            mined,
            fileName: name,
            sha256,
            sizeBytes: bytes.length,
            rawText: mined.rawText,
            importId,
            actorId,
          }),
        { timeout: 60_000, maxWait: 10_000 },
      );
    const summary = await storing(() => retryOnWriteConflict(store));
    return { file: name, status: "imported", documentId: summary.documentId, summary };
  } catch (err) {
    if (isUniqueViolation(err)) {
      const doc = await db().sourceDocument.findUnique({ where: { sha256 }, select: { id: true, fileName: true } });
      if (doc) return { file: name, status: "duplicate", duplicateOf: doc };
    }
    if (isAppError(err)) return { file: name, status: "failed", error: err.message };
    console.error("[import]", name, err);
    return { file: name, status: "failed", error: "文件处理失败，请确认文件内容完整后重试。" };
  }
}

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === "P2002";

/**
 * At most two files of this process are written at once: more only wait on each other's locks while holding
 * connections that other users' requests need (and then time out). The rest queue here, holding nothing.
 */
const STORING_AT_ONCE = 2;
const storing = pLimit(STORING_AT_ONCE);

/** PostgreSQL gave up on a deadlock (two imports joining the same near-duplicate groups in different orders). */
const isWriteConflict = (err: unknown) => (err as { code?: string })?.code === "P2034";
const CONFLICT_RETRIES = 5;

/** The whole transaction again, after a short random pause, when PostgreSQL chose it as a deadlock's victim. */
async function retryOnWriteConflict<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!isWriteConflict(err) || attempt >= CONFLICT_RETRIES) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50 * attempt));
    }
  }
}

async function recordResult(importId: string, result: FileResult): Promise<void> {
  // Results are appended in a row lock so parallel uploads into the same batch do not overwrite each other.
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM corpus_imports WHERE id = ${importId} FOR UPDATE`;
    const row = await tx.corpusImport.findUniqueOrThrow({ where: { id: importId }, select: { summary: true } });
    const summary = (row.summary as { files?: FileResult[] } | null) ?? {};
    const files = [...(summary.files ?? []), result];
    await tx.corpusImport.update({
      where: { id: importId },
      data: { summary: { ...summary, files, totals: totalsOf(files) } as unknown as Prisma.InputJsonValue },
    });
  });
}

export function totalsOf(files: FileResult[]): ImportTotals {
  const t: ImportTotals = {
    files: files.length,
    imported: 0,
    duplicates: 0,
    failed: 0,
    speeches: 0,
    blocks: 0,
    newBlocks: 0,
    exactRepeats: 0,
    nearDuplicates: 0,
    removed: 0,
    byCategory: {},
  };
  for (const f of files) {
    if (f.status === "imported") t.imported++;
    else if (f.status === "duplicate") t.duplicates++;
    else t.failed++;
    const s = f.summary;
    if (!s) continue;
    t.speeches += s.speeches;
    t.blocks += s.blocks;
    t.newBlocks += s.newBlocks;
    t.exactRepeats += s.exactRepeats;
    t.nearDuplicates += s.nearDuplicates;
    t.removed += s.removed;
    for (const [k, v] of Object.entries(s.byCategory)) t.byCategory[k] = (t.byCategory[k] ?? 0) + v;
  }
  return t;
}

export async function finishImport(importId: string, actorId: string | null): Promise<ImportTotals> {
  const batch = await db().corpusImport.findUnique({ where: { id: importId }, select: { status: true } });
  if (!batch) throw new AppError("not_found", "找不到这次导入，请刷新页面后重新上传。");
  if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已撤销。");
  const row = await db().corpusImport.update({
    where: { id: importId },
    data: { status: "DONE", finishedAt: new Date() },
    select: { summary: true },
  });
  const totals = totalsOf(((row.summary as { files?: FileResult[] } | null)?.files ?? []) as FileResult[]);
  await writeAudit({
    action: "corpus.import",
    userId: actorId,
    targetType: "import",
    targetId: importId,
    details: totals as unknown as Prisma.InputJsonValue,
  });
  return totals;
}

/** A whole import in one call (command line, first-start seed). */
export async function importFiles(
  files: IncomingFile[],
  actorId: string | null,
  opts: { limits?: DecodeLimits; onFile?: (r: FileResult, index: number) => void } = {},
): Promise<{ importId: string; results: FileResult[]; totals: ImportTotals }> {
  const { id } = await startImport(actorId);
  const categories = await knownCategories();
  const results: FileResult[] = [];
  for (const [i, f] of files.entries()) {
    const r = await importFileIntoBatch(id, f, actorId, { limits: opts.limits, categories });
    results.push(r);
    opts.onFile?.(r, i);
  }
  const totals = await finishImport(id, actorId);
  return { importId: id, results, totals };
}
