// What an import did, for the report page: totals, per-file results with their verdicts, the files held for review,
// every removed line with its reason and, apart from them, the abbreviations the miner restored (with context).
import { db } from "../db/client";
import { AppError } from "../errors";
import type { Removed } from "../mining/types";
import { listHeldFiles } from "../imports/held-files";
import { isRestoration, restorationsOf } from "../imports/restorations";
import { documentDisplayName, type DocumentName } from "./document-display-name";
import { documentNames } from "./document-names";
import { totalsOf, type FileResult } from "./import-files";

export async function getImportReport(importId: string) {
  // The held files are read first: a file that has left them (stored meanwhile) is then in the results read after.
  // Read the other way round, a file finishing in between showed in neither, its held verdict left on the page.
  const held = await listHeldFiles(importId);
  const row = await db().corpusImport.findUnique({
    where: { id: importId },
    include: {
      createdBy: { select: { displayName: true } },
      documents: {
        // A document still being written (RAW) appears once its file has finished.
        where: { status: { not: "RAW" } },
        select: {
          id: true,
          fileName: true,
          encoding: true,
          removed: true,
          speeches: { select: { order: true, title: true, genre: true }, orderBy: { order: "asc" } },
        },
      },
    },
  });
  if (!row) throw new AppError("not_found", "找不到这次导入，可能已被删除。");
  const files = ((row.summary as { files?: FileResult[] } | null)?.files ?? []) as FileResult[];
  // The file's own text is read only where a restoration needs its context.
  const withRestorations = row.documents
    .filter((d) => ((d.removed as Removed[] | null) ?? []).some(isRestoration))
    .map((d) => d.id);
  const rawTexts = new Map(
    (withRestorations.length
      ? await db().sourceDocument.findMany({
          where: { id: { in: withRestorations } },
          select: { id: true, rawText: true },
        })
      : []
    ).map((d) => [d.id, d.rawText]),
  );
  // Each file under its document's on-screen name (a speech title for a machine-named file), as is the one it repeats.
  const names = await documentNames(files.flatMap((f) => [f.documentId ?? "", f.duplicateOf?.id ?? ""]));
  const named = (id: string | undefined, fileName: string): DocumentName =>
    (id && names.get(id)) || documentDisplayName(fileName, []);
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    undoneAt: row.undoneAt?.toISOString() ?? null,
    createdBy: row.createdBy?.displayName ?? null,
    files: files.map((f) => ({
      ...f,
      name: named(f.documentId, f.file),
      duplicateOfName: f.duplicateOf ? named(f.duplicateOf.id, f.duplicateOf.fileName) : undefined,
    })),
    totals: totalsOf(files),
    held,
    documents: row.documents.map((d) => ({
      id: d.id,
      fileName: d.fileName,
      name: documentDisplayName(
        d.fileName,
        d.speeches.map((s) => s.title),
      ),
      encoding: d.encoding,
      speeches: d.speeches,
      removed: ((d.removed as Removed[] | null) ?? []).filter((r) => !isRestoration(r)).slice(0, 2000),
      restorations: restorationsOf((d.removed as Removed[] | null) ?? [], rawTexts.get(d.id) ?? ""),
    })),
  };
}

export type ImportReport = Awaited<ReturnType<typeof getImportReport>>;

export async function listImports(take = 50) {
  const rows = await db().corpusImport.findMany({
    orderBy: { createdAt: "desc" },
    take,
    include: { createdBy: { select: { displayName: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy?.displayName ?? "系统",
    totals: totalsOf(((r.summary as { files?: FileResult[] } | null)?.files ?? []) as FileResult[]),
  }));
}
