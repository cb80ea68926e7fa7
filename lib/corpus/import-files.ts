// Corpus import: a batch (CorpusImport) receives files one by one; each is mined and stored on its own
// (lib/imports/), so a bad file leaves nothing behind and never blocks the others. The same file (same SHA-256)
// is not imported twice. Uploads in the app go through the background queue; this module also runs a whole
// import in the calling process (command line, first-start seed, tests).
import pLimit from "p-limit";
import { db } from "../db/client";
import type { DecodeLimits } from "../mining/decode-document";
import type { StoredDocumentSummary } from "./store-mined-document";
import { queueImportFile } from "../imports/queue-import-file";
import { processImportFile } from "../imports/process-import-file";
import { closeImport } from "../imports/complete-import";

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
