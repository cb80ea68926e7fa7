// The facets a search answers with, shared by the counting statement and the library summary (facet-cube.ts).
export type LengthFacet = "short" | "medium" | "long";

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
  /** short: under 80 characters, medium: 80–199, long: 200 and more */
  length: Record<LengthFacet, number>;
};

export const SHORT_BELOW = 80;
export const LONG_FROM = 200;
