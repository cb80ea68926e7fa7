"use client";

// The files of an import held for review, above the report's file list, with 全部确认入库 for a clerk who has
// looked them over and accepts them as they are.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api-client";
import { Button } from "@/components/ui/form-controls";
import type { HeldFile } from "@/lib/imports/held-files";
import { HeldFileReview } from "./held-file-review";
import type { CategoryOption } from "./review-block-row";

type Props = { importId: string; files: HeldFile[]; categories: CategoryOption[]; canEdit: boolean };

export function HeldFiles({ importId, files, categories, canEdit }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!files.length) return null;
  const waiting = files.filter((f) => f.state === "REVIEW").length;

  async function confirmAll() {
    // Files that do not look like speech material are named, so that none goes in unnoticed with the rest.
    const notSpeech = files.filter(
      (f) => f.state === "REVIEW" && f.verdict.reasons.some((r) => r.code === "not_speech"),
    ).length;
    const warning = notSpeech ? `其中 ${notSpeech} 个看起来不是讲话材料。` : "";
    if (!window.confirm(`把 ${waiting} 个需要检查的文件按现在的样子全部入库？${warning}`)) return;
    setBusy(true);
    setError(null);
    try {
      await api(`/api/corpus/imports/${importId}/confirm-all`, { method: "POST" });
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
    setBusy(false);
  }

  return (
    <section className="space-y-3" aria-label="需要检查的文件">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 className="font-semibold">需要检查的文件（尚未进入素材库）</h2>
          <p className="text-sm text-stone-600">
            可合并相邻段落、在句末拆分段落、更改类别；确认入库后，这些段落才会出现在素材库中。
          </p>
        </div>
        {canEdit && waiting > 1 ? (
          <Button variant="secondary" disabled={busy} onClick={() => void confirmAll()}>
            全部确认入库（{waiting} 个）
          </Button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" data-testid="form-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {files.map((f) => (
        <HeldFileReview key={f.id} importId={importId} file={f} categories={categories} canEdit={canEdit} />
      ))}
    </section>
  );
}
