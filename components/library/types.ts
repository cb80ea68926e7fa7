// Shapes the library UI receives from the API (JSON: dates are ISO strings).
import type { SearchHit } from "@/lib/search/search-blocks";
import type { searchLibrary } from "@/lib/search/search-request";
import type { Facets } from "@/lib/search/search-facets";

export type { Facets, SearchHit };

/** What GET /api/blocks/search answers: hits, words to highlight, facets, near matches, source filter names. */
export type SearchResponse = Awaited<ReturnType<typeof searchLibrary>>;

export type CategoryOption = { id: string; key: string; name: string; description?: string };
export type MeetingOption = { id: string; title: string; date: string | null };
