// The facets a search answers with, shared by the counting statement and the counts from the library's copy
import type { LengthFacet } from "./length-buckets";

export { LONG_FROM, SHORT_BELOW, type LengthFacet } from "./length-buckets";

export type Facets = {
  /** Blocks matching the query and every filter. */
  total: number;
  /** Category id (or "none") → blocks, counted without the category filter. */
  category: Record<string, number>;
  /** HEADING / PARAGRAPH → blocks */
  kind: Record<string, number>;
  tag: Record<string, number>;
  curated: number;
  placeholders: number;
  used: number;
  /** Blocks per length bucket (length-buckets.ts) */
  length: Record<LengthFacet, number>;
};
