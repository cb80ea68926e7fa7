// The library's length buckets, shared by the facet counts (search-facets.ts) and the library page's filter, which
// asks the search API for the bucket's character range. Plain constants: the browser imports this module.

export type LengthFacet = "short" | "medium" | "long";

/** short: under SHORT_BELOW characters; medium: up to LONG_FROM − 1; long: LONG_FROM and more. */
export const SHORT_BELOW = 80;
export const LONG_FROM = 200;

export const LENGTH_FACETS: readonly LengthFacet[] = ["short", "medium", "long"];

/** A bucket as the search API's minChars/maxChars filter (both inclusive). */
export const LENGTH_RANGES: Record<LengthFacet, { minChars?: number; maxChars?: number }> = {
  short: { maxChars: SHORT_BELOW - 1 },
  medium: { minChars: SHORT_BELOW, maxChars: LONG_FROM - 1 },
  long: { minChars: LONG_FROM },
};
