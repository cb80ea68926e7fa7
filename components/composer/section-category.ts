// The library category for the part of the speech the cursor is in: the opening before the first heading,
// otherwise whatever the enclosing level-1 heading is about.
import { categoryForHeading, type CategoryHint } from "@/lib/speech-doc/category-for-heading";
import { sectionAt } from "@/lib/speech-doc/outline";
import type { SpeechDoc } from "@/lib/speech-doc/types";

const OPENING_KEY = "开场";

export function sectionCategory(
  doc: SpeechDoc,
  cursorIndex: number,
  categories: readonly CategoryHint[],
): string | null {
  const { heading, top } = sectionAt(doc, cursorIndex);
  if (!heading) return categories.find((c) => c.key === OPENING_KEY)?.id ?? null;
  return categoryForHeading((top ?? heading).text, categories);
}
