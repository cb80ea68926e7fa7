"use client";
// The toolbar of a block: copy for everyone; edit, curate, hide, favourite and split for 编辑 and 管理员.
import { useState } from "react";
import { api } from "@/components/ui/api-client";
import { copyText } from "@/components/ui/copy-text";
import { Button } from "@/components/ui/form-controls";
import { MutationError } from "./mutation-error";
import { useBlockMutation } from "./use-block-mutation";

type ActionBlock = { id: string; text: string; curated: boolean; hidden: boolean; favourite: boolean; version: number };

export function BlockActions({
  block,
  canEdit,
  onEdit,
  onSplit,
  onCopied,
}: {
  block: ActionBlock;
  canEdit: boolean;
  onEdit: () => void;
  onSplit: () => void;
  onCopied: (ok: boolean) => void;
}) {
  const { run, busy, error, refresh } = useBlockMutation();
  const [pending, setPending] = useState<string | null>(null);
  const flag = (field: "curated" | "hidden", value: boolean) => async () => {
    setPending(field);
    await run(() =>
      api(`/api/blocks/${block.id}`, { method: "PATCH", body: { version: block.version, [field]: value } }),
    );
    setPending(null);
  };
  const favourite = async () => {
    setPending("favourite");
    await run(() => api(`/api/blocks/${block.id}/favourite`, { method: "PUT", body: { on: !block.favourite } }));
    setPending(null);
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2" role="toolbar" aria-label="素材操作">
        <Button variant="secondary" onClick={async () => onCopied(await copyText(block.text))}>
          复制文本
        </Button>
        {canEdit ? (
          <>
            <Button onClick={onEdit}>编辑</Button>
            <Button
              variant="secondary"
              disabled={busy}
              aria-pressed={block.curated}
              onClick={flag("curated", !block.curated)}
            >
              {pending === "curated" ? "…" : block.curated ? "取消精选" : "标为精选"}
            </Button>
            <Button variant="secondary" disabled={busy} aria-pressed={block.favourite} onClick={favourite}>
              {pending === "favourite" ? "…" : block.favourite ? "取消收藏" : "收藏"}
            </Button>
            <Button variant="secondary" onClick={onSplit}>
              拆分
            </Button>
            <Button
              variant={block.hidden ? "secondary" : "danger"}
              disabled={busy}
              onClick={flag("hidden", !block.hidden)}
            >
              {pending === "hidden" ? "…" : block.hidden ? "恢复到检索结果" : "从检索中隐藏"}
            </Button>
          </>
        ) : null}
      </div>
      <MutationError error={error} onRefresh={refresh} />
    </div>
  );
}
