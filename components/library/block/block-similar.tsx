// Alternatives: blocks of similar wording or on the same subject, the same category first (variants have their own
// section).
import Link from "next/link";
import type { BlockDetail } from "@/lib/blocks/get-block-detail";
import { BlockSection } from "./block-section";

export function BlockSimilar({ similar, variants }: { similar: BlockDetail["similar"]; variants: number }) {
  return (
    <BlockSection title="相似素材" count={similar.length} testId="block-similar">
      {similar.length ? (
        <ul className="space-y-3">
          {similar.map((s) => (
            <li key={s.id}>
              <Link href={`/library/blocks/${s.id}`} className="line-clamp-3 text-sm leading-7 hover:text-brand-700">
                {s.text}
              </Link>
              <p className="text-xs text-stone-400">
                {s.categoryName ?? "未分类"} · 相似度 {Math.round(s.score * 100)}%
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-500">{variants ? "除下方列出的变体外，" : ""}没有措辞或主题相近的其他素材。</p>
      )}
    </BlockSection>
  );
}
