// When all the words together find nothing (a word the library does not use, a character typed wrong), the clerk
// gets the closest blocks instead of an empty page: with several words, the blocks holding the most of them; with
// one word of three or more characters, the blocks holding the most of its character pairs (an n-gram fuzzy
// match). The candidates are ranked by how many terms they hold, then the SIMILARITY_RANKED shortest of the best are
// ordered by their similarity to the query's words (near-similarity.ts, in memory). The candidates come from the library's copy in memory
// (mirror-near-matches.ts: every block weighed, and their hits made there) when it can answer the filters, else
// from the n-gram GIN index (at most CANDIDATES of them).
// The work is bounded whatever the query: at most NEAR_TERMS terms (the longest, which say the most), and the
// statement stops after NEAR_TIMEOUT_MS (then there are simply no near matches): a courtesy must not let one
// read-only user keep the database busy.
import { Prisma } from "../db/generated/client";
import { containsQuery, searchableText } from "./ngram-index";
import { rankNear } from "./near-similarity";
import { parseQuery, type ParsedQuery } from "./parse-query";
import { hitColumns, toHit, type HitRow, type SearchHit } from "./search-blocks";
import { currentMirror, type LibraryMirror } from "./library-mirror";
import { mirrorAnswers } from "./mirror-facets";
import { nearCandidates } from "./mirror-near-matches";
import { hitAt } from "./mirror-page";
import { runBoundedSearchSql } from "./search-db";
import { andSql, categorySql, filterSql, type SearchFilters } from "./search-filters";

export const NEAR_LIMIT = 5;
const CANDIDATES = 1000;
const SIMILARITY_RANKED = 50;
/** The most terms a near match is made of: words (the longest first) or character pairs (the first ones). */
export const NEAR_TERMS = 8;
export const NEAR_TIMEOUT_MS = 1000;

/** The terms a near match is made of, and how many of them a block must hold; null when nothing can be relaxed. */
export function relaxedTerms(parsed: ParsedQuery): { terms: string[]; need: number } | null {
  const words = [...parsed.include, ...parsed.phrases].map((w) => w.trim()).filter(Boolean);
  if (words.length > 1) {
    const longest = words
      .map((w, i) => ({ w, i }))
      .sort((a, b) => [...b.w].length - [...a.w].length || a.i - b.i)
      .slice(0, NEAR_TERMS);
    return { terms: longest.sort((a, b) => a.i - b.i).map((x) => x.w), need: 1 };
  }
  const chars = [...(words[0] ?? "").normalize("NFKC").toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (chars.length < 3) return null;
  const pairs = [...new Set(chars.slice(1).map((c, i) => chars[i] + c))].slice(0, NEAR_TERMS);
  return { terms: pairs, need: Math.max(1, Math.ceil(pairs.length / 2)) };
}

/** `copy`: the library's copy the caller has just caught up (else it is caught up here: a round trip). */
export async function nearMatches(
  query: string,
  filters: SearchFilters = {},
  parsed: ParsedQuery = parseQuery(query),
  copy?: LibraryMirror | null,
): Promise<SearchHit[]> {
  const relaxed = relaxedTerms(parsed);
  if (!relaxed) return [];
  const words = [...parsed.include, ...parsed.phrases];
  const mirror = !mirrorAnswers(filters) ? null : copy !== undefined ? copy : await currentMirror();
  if (mirror) {
    // Ranked before any await: a later catch-up may move blocks between slots.
    const texts = mirror.columns.texts;
    const candidates = nearCandidates(mirror, relaxed, parsed, filters, SIMILARITY_RANKED);
    const best = rankNear(
      candidates.map((c) => ({ item: c.slot, id: c.id, held: c.held, text: texts[c.slot]! })),
      words,
      NEAR_LIMIT,
    );
    // The copy holds what a hit shows: no statement to read them.
    return best.map((x) => hitAt(mirror.columns, x.item, x.rank));
  }
  const any = relaxed.terms.map(containsQuery).filter((q): q is string => !!q);
  if (!any.length) return [];
  // The candidates must hold `need` of the terms. As a tsquery (every choice of `need` terms), when the choices are
  // few, so that the index returns only blocks that qualify: a pair as common as 各类 alone matches a fifth of the
  // library. Otherwise any term, and the count below sorts them out.
  const candidates = atLeast(any, relaxed.need);
  const excluded = parsed.exclude
    .map(containsQuery)
    .filter((q): q is string => !!q)
    .map((q) => `!${q}`);
  const tsquery = [candidates, ...excluded].join(" & ");
  const held = Prisma.join(
    // lower() only for terms with letters: it costs more than the rest of the statement on long Chinese texts.
    relaxed.terms.map((t) =>
      /\p{L}/u.test(t.replace(/\p{Script=Han}/gu, ""))
        ? Prisma.sql`(strpos(lower(b.text), ${t.toLowerCase()}) > 0)::int`
        : Prisma.sql`(strpos(b.text, ${t}) > 0)::int`,
    ),
    " + ",
  );
  const where = andSql([
    Prisma.sql`b.search_vector @@ ${tsquery}::tsquery`,
    ...filterSql(filters),
    categorySql(filters.categoryIds),
  ]);
  const rows = await runBoundedSearchSql<(HitRow & { held: number })[]>(
    NEAR_TIMEOUT_MS,
    Prisma.sql`
      WITH c AS MATERIALIZED (
        SELECT b.id, ${held} AS held, b.char_count
        FROM blocks b WHERE ${where} LIMIT ${CANDIDATES}),
      -- Ranked by similarity (in memory) only the best few by terms held, shorter texts first.
      best AS MATERIALIZED (
        SELECT c.id, c.held FROM c WHERE c.held >= ${relaxed.need}
        ORDER BY c.held DESC, c.char_count, c.id LIMIT ${SIMILARITY_RANKED})
      SELECT ${hitColumns(Prisma.sql`b`)}, 0::float8 AS rank, best.held
      FROM best JOIN blocks b ON b.id = best.id`,
  );
  const best = rankNear(
    (rows ?? []).map(({ held, ...r }) => ({ item: r, id: r.id, held, text: searchableText(r.text) })),
    words,
    NEAR_LIMIT,
  );
  return best.map((x) => toHit({ ...x.item, rank: x.rank }));
}

/** C(8,4): the choices for the longest words (NEAR_TERMS pairs, half of them needed), each a few index lookups. */
const MAX_CHOICES = 70;

/** A tsquery for "at least `need` of these": every choice of `need` of them, or any one when there are too many. */
export function atLeast(terms: string[], need: number): string {
  const choices: string[][] = [];
  const choose = (from: number, chosen: string[]) => {
    if (choices.length > MAX_CHOICES) return;
    if (chosen.length === need) return void choices.push(chosen);
    for (let i = from; i <= terms.length - (need - chosen.length); i++) choose(i + 1, [...chosen, terms[i]!]);
  };
  if (need > 1) choose(0, []);
  if (need <= 1 || choices.length > MAX_CHOICES) return `(${terms.join(" | ")})`;
  return `(${choices.map((c) => `(${c.join(" & ")})`).join(" | ")})`;
}
