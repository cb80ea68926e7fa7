// What a speech being drafted is about, by category: its headings (read against the taxonomy's names and signal
// phrases) and the library blocks its paragraphs came from. Feeds the coverage hint and 存为提纲模板. Pure.
import { categoryForHeading, type CategoryHint } from "../speech-doc/category-for-heading";
import { countChars, nodeText } from "../speech-doc/doc-text";
import { outlineOf } from "../speech-doc/outline";
import { stripHeadingNumber } from "../speech-doc/strip-number";
import { NODE, type SpeechDoc } from "../speech-doc/types";
import type { TemplateHeading } from "./types";

/** Category id of each library block the speech uses (from the database). */
export type BlockCategories = ReadonlyMap<string, string | null>;

const OPENING_KEY = "开场";
const CLOSING_KEY = "结尾";

export function speechCategoryIds(
  doc: SpeechDoc,
  categories: readonly CategoryHint[],
  blockCategories: BlockCategories,
): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => id && ids.add(id);
  let seenHeading = false;
  let lastParagraph = "";
  for (const node of doc.content) {
    if (node.type === NODE.heading) {
      seenHeading = true;
      add(categoryForHeading(nodeText(node), categories));
    } else if (node.type === NODE.paragraph) {
      const text = nodeText(node).trim();
      if (node.attrs?.blockId) add(blockCategories.get(node.attrs.blockId));
      // Whatever is said before the first point is the opening, typed or not.
      if (text && !seenHeading) add(categories.find((c) => c.key === OPENING_KEY)?.id);
      if (text) lastParagraph = text;
    }
  }
  // A typed closing (同志们，… 谢谢大家) counts when the last paragraph carries the closing's signal phrases.
  const closing = categories.find((c) => c.key === CLOSING_KEY);
  if (closing && lastParagraph && seenHeading) add(categoryForHeading(lastParagraph, [closing]));
  return ids;
}

/**
 * The speech's outline as a template: each heading with its category (read from the heading, else the category
 * most of the characters of its own paragraphs come from) and its current length (the heading and the paragraphs
 * up to the next heading) as the target, when something is written under it.
 */
export function templateHeadingsOf(
  doc: SpeechDoc,
  categories: readonly CategoryHint[],
  blockCategories: BlockCategories,
): TemplateHeading[] {
  const keyOf = new Map(categories.map((c) => [c.id, c.key]));
  const entries = outlineOf(doc);
  return entries
    .map((e, k) => {
      let id = categoryForHeading(e.text, categories);
      if (!id) {
        const end = entries[k + 1]?.index ?? doc.content.length;
        const weight = new Map<string, number>();
        for (const node of doc.content.slice(e.index + 1, end)) {
          const cat = node.type === NODE.paragraph && node.attrs?.blockId && blockCategories.get(node.attrs.blockId);
          if (cat) weight.set(cat, (weight.get(cat) ?? 0) + countChars(nodeText(node)) + 1);
        }
        id = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      }
      return {
        level: e.level,
        text: stripHeadingNumber(e.text),
        categoryKey: (id && keyOf.get(id)) ?? null,
        // A section with nothing written under its heading yet sets no target (an outline saved as it was made).
        targetChars: e.ownChars > countChars(e.text) ? e.ownChars : null,
      };
    })
    .filter((h) => h.text.length > 0);
}
