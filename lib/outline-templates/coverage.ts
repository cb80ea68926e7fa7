// The coverage hint: which usual categories a speech lacks, compared with corpus speeches of the same meeting type
// (缺少 责任落实：语料中 90% 的同类讲话有这一部分). Usual means at least USUAL_SHARE of the comparable speeches have
// it; with fewer than MIN_COMPARABLE speeches of the type, the whole corpus is the comparison. Pure.
import type { CoverageHint, MissingCategory } from "./types";

export const USUAL_SHARE = 0.5;
export const MIN_COMPARABLE = 5;

export type CorpusSpeechCategories = { meetingType: string | null; categoryIds: readonly string[] };
export type LiveCategory = { id: string; key: string; name: string };

export function coverageHint(input: {
  speechCategoryIds: ReadonlySet<string>;
  meetingType: string | null;
  corpus: readonly CorpusSpeechCategories[];
  categories: readonly LiveCategory[];
  usualShare?: number;
  minComparable?: number;
}): CoverageHint {
  const { speechCategoryIds, meetingType, corpus, categories } = input;
  const usualShare = input.usualShare ?? USUAL_SHARE;
  const minComparable = input.minComparable ?? MIN_COMPARABLE;
  const sameType = meetingType ? corpus.filter((s) => s.meetingType === meetingType) : [];
  const wholeCorpus = sameType.length < minComparable;
  const compared = wholeCorpus ? corpus : sameType;
  const having = new Map<string, number>();
  for (const s of compared) for (const id of new Set(s.categoryIds)) having.set(id, (having.get(id) ?? 0) + 1);
  const missing: MissingCategory[] = [];
  if (compared.length) {
    for (const c of categories) {
      const share = (having.get(c.id) ?? 0) / compared.length;
      if (share >= usualShare && !speechCategoryIds.has(c.id)) {
        missing.push({ categoryId: c.id, key: c.key, name: c.name, share });
      }
    }
  }
  // Most usual first; the taxonomy's order among equals.
  missing.sort((a, b) => b.share - a.share);
  return { meetingType, comparedWith: compared.length, wholeCorpus, missing };
}

/** 90%: the share as a whole percentage, never rounded up to 100% unless every speech has it. */
export const sharePercent = (share: number) => `${share >= 1 ? 100 : Math.min(99, Math.round(share * 100))}%`;
