"use client";

// The files of one import with their live progress. The uploader shows one per import (the one it is sending
// and any still running from before a reload); the report page shows one above the report while the import runs.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { formatDateTime } from "@/components/ui/format-date";
import type { ImportProgress } from "@/lib/imports/import-progress";
import type { ImportStatus } from "@/lib/imports/import-stages";
import { describeServerFile, describeUpload, isFinished, type UploadRow } from "./import-file-status";
import { ImportFileRow } from "./import-file-row";
import { useImportProgress } from "./use-import-progress";

type Props = {
  importId: string | null;
  initial?: ImportProgress | null;
  /** This page's own upload into the import, in the order the files were chosen */
  uploads?: UploadRow[];
  /** Changes when an upload was answered or the import closed: poll at once */
  pulse?: number;
  caption?: ReactNode;
  /** Say 导入完成 with a link to the report when it is done (the uploader) */
  reportLink?: boolean;
  /** How many files the page meant to send before it was reloaded, to tell how many never arrived */
  filesChosen?: number;
  /** Say when the import began (imports shown again after a reload) */
  showStart?: boolean;
  onStatus?: (importId: string, status: ImportStatus) => void;
};

export function ImportProgressGroup(props: Props) {
  const { importId, initial = null, uploads = [], pulse = 0, reportLink, filesChosen, showStart, onStatus } = props;
  const router = useRouter();
  const { progress, pollError, refresh } = useImportProgress(importId, initial);
  const status = progress?.status;

  useEffect(() => {
    if (pulse) refresh();
  }, [pulse, refresh]);

  // When the import ends while this page watches it, the page's server-rendered parts (report, history) follow.
  const lastStatus = useRef(status);
  useEffect(() => {
    if (lastStatus.current === "RUNNING" && status && status !== "RUNNING") router.refresh();
    lastStatus.current = status;
    if (importId && status) onStatus?.(importId, status);
  }, [importId, status, router, onStatus]);

  const serverFiles = progress?.files ?? [];
  const held = serverFiles.filter((f) => f.status === "REVIEW").length;
  const byId = new Map(serverFiles.map((f) => [f.id, f]));
  // While this page uploads, its own list is the truth (a file the server has but whose answer has not come yet
  // is not shown twice); after a reload the server's list is all there is.
  const rows = uploads.length
    ? uploads.map((u) => ({ key: u.key, name: u.name, view: describeUpload(u, u.queued && byId.get(u.queued.id)) }))
    : serverFiles.map((f) => ({ key: f.id, name: f.fileName, view: describeServerFile(f) }));
  const neverArrived = progress && filesChosen ? filesChosen - serverFiles.length : 0;
  const waitingForUploader =
    progress && status === "RUNNING" && !progress.closed && !uploads.length && serverFiles.every(isFinished);

  const caption = showStart && progress ? `${formatDateTime(progress.createdAt)} 开始的导入` : props.caption;

  if (!rows.length && !caption && !pollError) return null;
  return (
    <div data-testid="import-progress">
      {caption ? <p className="mb-2 text-sm text-stone-600">{caption}</p> : null}
      {rows.length ? (
        <ul className="space-y-2" aria-label="导入进度">
          {rows.map((r) => (
            <ImportFileRow key={r.key} name={r.name} view={r.view} />
          ))}
        </ul>
      ) : null}
      {neverArrived > 0 ? (
        <p className="mt-2 text-sm text-amber-800">
          刷新页面前有 {neverArrived} 个文件没有送达（未上传完或上传失败），如需导入请重新选择这些文件。
        </p>
      ) : null}
      {waitingForUploader ? (
        <p className="mt-2 text-sm text-stone-600">已收到的文件都已处理完，这次导入还在等待其余文件上传。</p>
      ) : null}
      {pollError ? (
        <p role="status" className="mt-2 text-xs text-stone-500" data-testid="poll-note">
          {pollError}
        </p>
      ) : null}
      {importId && reportLink && (status === "DONE" || status === "FAILED") ? (
        <p className="mt-3 text-sm" data-testid="import-done">
          {held
            ? `导入完成，${held} 个文件需要检查，确认后才进入素材库。`
            : status === "DONE"
              ? "导入完成。"
              : "导入未能完成。"}
          <Link href={`/corpus/imports/${importId}`} className="font-medium text-brand-700 underline">
            {held ? "去检查" : "查看导入报告"}
          </Link>
        </p>
      ) : null}
      {status === "UNDONE" ? <p className="mt-3 text-sm text-stone-600">这次导入已撤销。</p> : null}
    </div>
  );
}
