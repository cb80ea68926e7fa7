"use client";
// Near-duplicate variants side by side with this block, the differences marked, and a way to merge them.
import Link from "next/link";
import { api } from "@/components/ui/api-client";
import { Button } from "@/components/ui/form-controls";
import type { BlockDetail } from "@/lib/blocks/get-block-detail";
import { BlockSection } from "./block-section";
import { MutationError } from "./mutation-error";
import { useBlockMutation } from "./use-block-mutation";

type Part = BlockDetail["variants"][number]["parts"][number];

/** One side of the comparison: the left shows what the variant lacks, the right what it adds. */
function DiffSide({ parts, side }: { parts: Part[]; side: "this" | "variant" }) {
  return (
    <p className="text-sm leading-7">
      {parts.map((p, i) => {
        if (p.removed)
          return side === "this" ? (
            <del key={i} className="bg-red-100 text-red-900 decoration-red-400">
              {p.value}
            </del>
          ) : null;
        if (p.added)
          return side === "variant" ? (
            <ins key={i} className="bg-green-100 text-green-900 no-underline">
              {p.value}
            </ins>
          ) : null;
        return <span key={i}>{p.value}</span>;
      })}
    </p>
  );
}

export function BlockVariants({
  blockId,
  variants,
  canEdit,
}: {
  blockId: string;
  variants: BlockDetail["variants"];
  canEdit: boolean;
}) {
  const { run, busy, error, refresh } = useBlockMutation();
  const merge = (absorbedId: string) => {
    if (!window.confirm("把这条变体合并到当前素材？变体的来源和使用记录会并入当前素材，之后可在修改记录中撤销。"))
      return;
    void run(() => api(`/api/blocks/${blockId}/merge`, { body: { absorbedId } }));
  };
  return (
    <BlockSection title="近似变体" count={variants.length} testId="block-variants">
      {variants.length ? (
        <ul className="space-y-4">
          {variants.map((v) => (
            <li key={v.id} className="rounded-lg border border-stone-200 p-3" data-testid="variant">
              <div className="grid gap-3 md:grid-cols-2">
                <div>
                  <p className="mb-1 text-xs text-stone-500">本条</p>
                  <DiffSide parts={v.parts} side="this" />
                </div>
                <div>
                  <p className="mb-1 text-xs text-stone-500">
                    变体{v.isCanonical ? "（组内代表）" : ""} ·{" "}
                    <Link className="underline" href={`/library/blocks/${v.id}`}>
                      打开
                    </Link>
                  </p>
                  <DiffSide parts={v.parts} side="variant" />
                </div>
              </div>
              {canEdit ? (
                <div className="mt-2 text-right">
                  <Button variant="secondary" disabled={busy} onClick={() => merge(v.id)}>
                    合并到本条
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-500">没有发现近似的变体。</p>
      )}
      <MutationError error={error} onRefresh={refresh} />
    </BlockSection>
  );
}
