// Corpus import: a batch (CorpusImport) receives files one by one; each is mined and stored on its own
// (lib/imports/), so a bad file leaves nothing behind and never blocks the others. The same file (same SHA-256)
// is not imported twice. Uploads in the app go through the background queue; this module also runs a whole
// import in the calling process (command line, first-start seed, tests).
import pLimit from "p-limit";
import { db } from "../db/client";
import type { DecodeLimits } from "../mining/decode-document";
import type { FileVerdict } from "../imports/file-verdict";
import type { StoredDocumentSummary } from "./store-mined-document";
import { queueImportFile } from "../imports/queue-import-file";
import { processImportFile } from "../imports/process-import-file";
import { closeImport } from "../imports/complete-import";

export type IncomingFile = { name: string; bytes: Uint8Array };

/**
 * What became of one file. `review`: mined and held for a clerk's review (its blocks not in the library yet);
 * `discarded`: the clerk chose not to import it. A file's later result replaces its earlier one (by fileId).
 */
export type FileResult = {
  file: string;
  /** The import_files row (absent in results recorded before reviews existed) */
  fileId?: string;
  status: "imported" | "duplicate" | "failed" | "review" | "discarded";
  documentId?: string;
  duplicateOf?: { id: string; fileName: string };
  /** A duplicate by its text, not its bytes (another encoding or format), with the report's note in Chinese */
  sameContent?: boolean;
  note?: string;
  error?: string;
  summary?: StoredDocumentSummary;
  /** The quality verdict (好 / 需要检查 / 失败) with its reasons */
  verdict?: FileVerdict;
  /** Held for review: what the draft holds */
  pending?: { speeches: number; blocks: number };
  /** Stored after a clerk reviewed (and perhaps fixed) it */
  reviewed?: boolean;
  /** Abbreviations the miner restored (zf → 政府); not counted among the removals */
  restored?: number;
};

export type ImportTotals = Omit<StoredDocumentSummary, "documentId"> & {
  files: number;
  imported: number;
  duplicates: number;
  failed: number;
  /** Held for review */
  review: number;
  discarded: number;
  /** Imported files whose verdict was 需要检查 (stored anyway, or after review) */
  importedToCheck: number;
  restored: number;
};

/** Opens an import. `holdForReview`: files judged 需要检查 wait for a clerk's review (uploads in the app). */
export async function startImport(
  actorId: string | null,
  opts: { holdForReview?: boolean } = {},
): Promise<{ id: string }> {
  return db().corpusImport.create({
    data: { createdById: actorId, holdForReview: opts.holdForReview ?? false },
    select: { id: true },
  });
}

export function totalsOf(files: FileResult[]): ImportTotals {
  const t: ImportTotals = {
    files: files.length,
    imported: 0,
    duplicates: 0,
    failed: 0,
    review: 0,
    discarded: 0,
    importedToCheck: 0,
    restored: 0,
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
    else if (f.status === "review") t.review++;
    else if (f.status === "discarded") t.discarded++;
    else t.failed++;
    if (f.status === "imported" && f.verdict?.level === "需要检查") t.importedToCheck++;
    const s = f.summary;
    t.restored += f.restored ?? 0;
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

/**
 * At most two files of this process are written at once: more only wait on each other's locks while holding
 * connections that other users' requests need. The rest queue here, holding nothing.
 */
const processing = pLimit(2);

/** A passing failure is tried again at once; after its last attempt the file gives up on its own (failed). */
async function processUntilFinished(fileId: string, limits?: DecodeLimits): Promise<FileResult> {
  for (let tries = 1; ; tries++) {
    try {
      const result = await processImportFile(fileId, { limits });
      if (!result) throw new Error(`import file ${fileId} is held by another worker`);
      return result;
    } catch (err) {
      if (tries >= 5) throw err;
    }
  }
}

/** A whole import in one call, worked in this process (command line, first-start seed, tests). */
export async function importFiles(
  files: IncomingFile[],
  actorId: string | null,
  opts: { limits?: DecodeLimits; onFile?: (r: FileResult, index: number) => void } = {},
): Promise<{ importId: string; results: FileResult[]; totals: ImportTotals }> {
  const { id } = await startImport(actorId);
  const results: FileResult[] = [];
  for (const [i, f] of files.entries()) {
    const queued = await queueImportFile(id, f, { sendJob: false });
    const r = queued.result ?? (await processing(() => processUntilFinished(queued.id, opts.limits)));
    results.push(r);
    opts.onFile?.(r, i);
  }
  await closeImport(id);
  return { importId: id, results, totals: totalsOf(results) };
}
