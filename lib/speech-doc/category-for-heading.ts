// Which library category a section of the speech is about, from its level-1 heading: the composer's block panel
// opens that category's tab as the cursor moves between sections. Scored from the taxonomy's own data (the
// category's name and its signal phrases), so an administrator's edits to the taxonomy carry over.
import { sectionAt } from "./outline";
import type { SpeechDoc } from "./types";

/** The category key of the part before the first heading. */
const OPENING_KEY = "开场";

export type CategoryHint = { id: string; key: string; name: string; signals?: string[] };

const bigrams = (s: string) => {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
};

export function categoryForHeading(heading: string, categories: readonly CategoryHint[]): string | null {
  const text = heading.replace(/\s+/g, "");
  if (!text) return null;
  let best: { id: string; score: number } | null = null;
  for (const c of categories) {
    let score = 0;
    for (const word of new Set([...bigrams(c.key), ...bigrams(c.name)])) if (text.includes(word)) score += 2;
    for (const signal of c.signals ?? []) if (signal.length >= 2 && text.includes(signal)) score += 3;
    if (score > 0 && (!best || score > best.score)) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

/** The category for the part of the speech a node is in: the opening before the first heading, otherwise whatever
 * the enclosing level-1 heading (or, without one, the nearest heading) is about. */
export function categoryForSection(
  doc: SpeechDoc,
  nodeIndex: number,
  categories: readonly CategoryHint[],
): string | null {
  const { heading, top } = sectionAt(doc, nodeIndex);
  if (!heading) return categories.find((c) => c.key === OPENING_KEY)?.id ?? null;
  return categoryForHeading((top ?? heading).text, categories);
}
