// Nothing matched: say so, and offer the closest blocks the server found (most words, or most character pairs).
import Link from "next/link";
import { HighlightedText } from "./highlighted-text";
import type { SearchHit } from "./types";

export function NoResults({ near, terms }: { near: SearchHit[]; terms: string[] }) {
  return (
    <div className="space-y-3" data-testid="no-results">
      <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-8 text-center text-stone-600">
        没有找到符合条件的素材。可以减少关键词或清除筛选条件后再试。
      </p>
      {near.length ? (
        <section aria-labelledby="near-title" data-testid="near-matches">
          <h2 id="near-title" className="mb-2 text-sm font-medium text-stone-700">
            措辞相近的素材
          </h2>
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {near.map((hit) => (
              <li key={hit.id} className="px-4 py-3">
                <Link href={`/library/blocks/${hit.id}`} className="block leading-7 hover:text-brand-700">
                  <HighlightedText text={hit.text} terms={terms} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
