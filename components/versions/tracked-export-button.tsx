"use client";
// 导出修订稿（Word 修订模式）: the comparison on the page as a Word file with tracked changes. Fetched rather than
// linked, so a version deleted meanwhile (or a lost connection) shows its Chinese message here instead of
// downloading an error page as a .docx.
import { useState } from "react";
import { Button, ErrorText } from "@/components/ui/form-controls";
import { fileNameFromDisposition } from "@/lib/export/file-name";

type Props = { speechId: string; from: string; to: string };

export const trackedExportUrl = ({ speechId, from, to }: Props) =>
  `/api/speeches/${speechId}/versions/compare/export?${new URLSearchParams({ from, to })}`;

async function failure(res: Response): Promise<string> {
  const data = await res.json().catch(() => null);
  return data?.error?.message ?? `导出失败（${res.status}），请稍后重试。`;
}

export function TrackedExportButton(props: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(trackedExportUrl(props), { credentials: "same-origin" });
      if (!res.ok) {
        setError(await failure(res));
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = fileNameFromDisposition(res.headers.get("content-disposition")) ?? "修订稿.docx";
      document.body.append(a);
      a.click();
      a.remove();
      // Revoked after the click has handed the file to the browser's download.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setError("无法连接服务器，请检查网络后重试。");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-1">
      <Button type="button" variant="secondary" onClick={download} disabled={busy}>
        {busy ? "正在导出…" : "导出修订稿（Word 修订模式）"}
      </Button>
      <p className="text-xs text-stone-500">
        新文本相对旧文本的修改以 Word 修订标出，可在 Word 或 WPS 中逐条接受或拒绝。
      </p>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
