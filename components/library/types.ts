// Shapes the library UI receives from the API (JSON: dates are ISO strings).
import type { SearchHit } from "@/lib/search/search-blocks";
import type { Facets } from "@/lib/search/search-facets";
import type { SourceFilterNames } from "@/lib/search/source-filter-names";

export type { Facets, SearchHit };

export type SearchResponse = {
  hits: SearchHit[];
  terms: string[];
  facets: Facets;
  page: number;
  pageSize: number;
  /** Closest blocks when nothing matched. */
  nearMatches: SearchHit[];
  /** File name and speech title behind the source filters, for their chips. */
  sourceNames: SourceFilterNames;
};

export type CategoryOption = { id: string; key: string; name: string; description?: string };
export type MeetingOption = { id: string; title: string; date: string | null };
