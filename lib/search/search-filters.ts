// The WHERE clause of a library search, shared by the result list and the facet counts so that both always
// describe the same set of blocks. The text condition is the n-gram tsquery (GIN index); every filter is a plain
// column test, an EXISTS on a small table or a set of ids, so PostgreSQL can combine them with the index.
import { Prisma } from "../db/generated/client";
import { speakerKey } from "../speech-doc/speaker-line";
import { containsQuery, gramsQuery, isPhrase } from "./ngram-index";
import { parseQuery, toGinTsquery, type ParsedQuery } from "./parse-query";
import { scanTextSql, type TextForm } from "./text-scan";

export type SearchFilters = {
  /** Category ids; the special id "none" means blocks without a category. */
  categoryIds?: string[];
  kind?: "HEADING" | "PARAGRAPH";
  /** Every tag must be present. */
  tags?: string[];
  curated?: boolean;
  /** A block matches if its first source or any further source (block_sources) is this document or speech. */
  sourceDocumentId?: string;
  sourceSpeechId?: string;
  /** Bounds on char_count, inclusive. */
  minChars?: number;
  maxChars?: number;
  hasPlaceholders?: boolean;
  /** true: used at least once; false: never used. */
  used?: boolean;
  usedInMeetingId?: string;
  /** Substring of the speaker recorded with a use, whitespace ignored: 县长 finds 县长 张三, 县长张三 too. */
  usedBySpeaker?: string;
  /** Blocks this speaker (a substring, as above) has not used, so that a leader does not repeat himself. */
  notUsedBySpeaker?: string;
  /** Only uses on or after this day count for the speaker and meeting filters (e.g. 今年以来). */
  usedSince?: Date;
  favouriteOfUserId?: string;
  includeHidden?: boolean;
  /** Genres (讲话, 主持词…) of the speech a block comes from, first source or any further one; any of them. */
  genres?: string[];
};

export const NO_CATEGORY = "none";

/** The category filter alone: the category facet is counted without it. */
/** A use by this speaker: the whole speaker, or its post or its name (县长张三 is 县长 and 张三), never a speaker whose
 *  post merely contains it (副县长李四 is no 县长). */
const speakerMatches = (key: string) =>
  Prisma.sql`(speaker_key(u.speaker) = ${key} OR starts_with(speaker_key(u.speaker), ${key})
    OR right(speaker_key(u.speaker), ${key.length}) = ${key})`;

export function categorySql(ids: string[] | undefined): Prisma.Sql | null {
  if (!ids?.length) return null;
  const real = ids.filter((id) => id !== NO_CATEGORY);
  const none = real.length < ids.length;
  if (!real.length) return Prisma.sql`b.category_id IS NULL`;
  const any = Prisma.sql`b.category_id = ANY(${real}::text[])`;
  return none ? Prisma.sql`(${any} OR b.category_id IS NULL)` : any;
}

/**
 * Every filter except the category. Blocks merged into another are never found; hidden ones only on request, or
 * among a user's favourites: a block someone hid after the user starred it stays in 我的收藏 (marked 已隐藏).
 */
export function filterSql(f: SearchFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`b.merged_into_id IS NULL`];
  if (!f.includeHidden && !f.favouriteOfUserId) where.push(Prisma.sql`b.hidden = false`);
  if (f.kind) where.push(Prisma.sql`b.kind = ${f.kind}::"BlockKind"`);
  if (f.tags?.length) where.push(Prisma.sql`b.tags @> ${f.tags}::text[]`);
  if (f.curated !== undefined) where.push(Prisma.sql`b.curated = ${f.curated}`);
  if (f.minChars !== undefined) where.push(Prisma.sql`b.char_count >= ${f.minChars}`);
  if (f.maxChars !== undefined) where.push(Prisma.sql`b.char_count <= ${f.maxChars}`);
  if (f.hasPlaceholders !== undefined)
    where.push(
      f.hasPlaceholders ? Prisma.sql`b.placeholders <> '[]'::jsonb` : Prisma.sql`b.placeholders = '[]'::jsonb`,
    );
  if (f.used !== undefined) where.push(f.used ? Prisma.sql`b.use_count > 0` : Prisma.sql`b.use_count = 0`);
  // As a set of ids (first sources, then further ones), which the planner can start from: a document holds
  // a few hundred blocks, while the text may match tens of thousands.
  if (f.sourceDocumentId)
    where.push(Prisma.sql`b.id IN (SELECT x.id FROM blocks x WHERE x.source_document_id = ${f.sourceDocumentId}
      UNION ALL SELECT s.block_id FROM block_sources s WHERE s.document_id = ${f.sourceDocumentId})`);
  if (f.sourceSpeechId)
    where.push(Prisma.sql`b.id IN (SELECT x.id FROM blocks x WHERE x.source_speech_id = ${f.sourceSpeechId}
      UNION ALL SELECT s.block_id FROM block_sources s WHERE s.speech_id = ${f.sourceSpeechId})`);
  // As a set of ids, as the source filters above: the speeches of a genre, then their blocks.
  if (f.genres?.length)
    where.push(Prisma.sql`b.id IN (SELECT x.id FROM blocks x JOIN corpus_speeches s ON s.id = x.source_speech_id
        WHERE s.genre = ANY(${f.genres}::text[])
      UNION ALL SELECT bs.block_id FROM block_sources bs JOIN corpus_speeches s ON s.id = bs.speech_id
        WHERE s.genre = ANY(${f.genres}::text[]))`);
  const since = f.usedSince ? Prisma.sql`AND u.used_at >= ${f.usedSince}` : Prisma.empty;
  if (f.usedInMeetingId)
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM block_usages u
      WHERE u.block_id = b.id AND u.meeting_id = ${f.usedInMeetingId} ${since})`);
  // A speaker of only spaces filters nothing (it would match every use).
  if (f.usedBySpeaker && speakerKey(f.usedBySpeaker))
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM block_usages u
      WHERE u.block_id = b.id AND ${speakerMatches(speakerKey(f.usedBySpeaker))} ${since})`);
  if (f.notUsedBySpeaker && speakerKey(f.notUsedBySpeaker))
    where.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM block_usages u
      WHERE u.block_id = b.id AND ${speakerMatches(speakerKey(f.notUsedBySpeaker))} ${since})`);
  if (f.favouriteOfUserId)
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM block_favorites f WHERE f.block_id = b.id AND f.user_id = ${f.favouriteOfUserId})`,
    );
  return where;
}

export type SearchWhere = {
  parsed: ParsedQuery;
  /** The tsquery the GIN index answers, or null when the query has no positive term (then only filters apply). */
  tsquery: string | null;
  /** The text condition: the tsquery, and each word of three or more characters as a phrase. */
  text: Prisma.Sql[];
  /** Whether the statement should run on the search pool (lib/search/search-db.ts). */
  usesTextIndex: boolean;
  /** Every filter except the category one. */
  filters: Prisma.Sql[];
  category: Prisma.Sql | null;
};

/**
 * A word of three or more characters is a phrase of its bigrams, and a phrase needs the positions kept in the
 * row's tsvector (out of line, slow to read back). The index finds the rows holding all its bigrams; the text
 * itself then confirms most of them at once, and the tsvector is read only for the rest (a case or width variant
 * of the word, or bigrams found apart). Containment in the text implies the n-gram match, so the answers are
 * exactly those of the phrase query.
 */
const phraseSql = (word: string) =>
  Prisma.sql`(strpos(b.text, ${word}) > 0 OR b.search_vector @@ ${containsQuery(word)}::tsquery)`;

/**
 * Only exclusions: the index finds the blocks that hold an excluded word (exactly, as phraseSql checks), and the rest
 * are the answer (an anti-join). Testing each row's tsvector instead reads all of them back from TOAST (0.4 s at 100,000 blocks).
 */
function excludedSql(words: string[]): Prisma.Sql | null {
  const held = words.flatMap((w) => {
    const grams = gramsQuery(w);
    if (!grams) return [];
    const exact = isPhrase(w)
      ? Prisma.sql` AND (strpos(x.text, ${w}) > 0 OR x.search_vector @@ ${containsQuery(w)}::tsquery)`
      : Prisma.empty;
    return [Prisma.sql`(x.search_vector @@ ${grams}::tsquery${exact})`];
  });
  if (!held.length) return null;
  // NOT EXISTS plans as a hash anti-join, which may spill to disk; NOT IN hashes only while the ids fit in memory
  // and otherwise compares every row with the whole list.
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM blocks x WHERE x.id = b.id AND (${Prisma.join(held, " OR ")}))`;
}

/**
 * `parsed`: the query already parsed (searchLibrary parses it once for the page, the facets and near matches).
 * `form`: "scan" writes the words as tests of each row's text (text-scan.ts), for when the other filters select
 * far fewer blocks than the words do (chooseTextForm); the answers are the same.
 */
export function searchConditions(
  query: string,
  filters: SearchFilters = {},
  parsed: ParsedQuery = parseQuery(query),
  form: TextForm = "index",
): SearchWhere {
  const tsquery = toGinTsquery(parsed);
  const text: Prisma.Sql[] = [];
  if (form === "scan") text.push(...scanTextSql(parsed));
  else if (tsquery) {
    text.push(Prisma.sql`b.search_vector @@ ${tsquery}::tsquery`);
    for (const word of new Set([...parsed.include, ...parsed.phrases])) if (isPhrase(word)) text.push(phraseSql(word));
  } else {
    const excluded = excludedSql(parsed.exclude);
    if (excluded) text.push(excluded);
  }
  return {
    parsed,
    tsquery,
    text,
    usesTextIndex: form === "index" && text.length > 0,
    filters: filterSql(filters),
    category: categorySql(filters.categoryIds),
  };
}

export const andSql = (parts: (Prisma.Sql | null)[]) => {
  const present = parts.filter((p): p is Prisma.Sql => p !== null);
  return present.length ? Prisma.join(present, " AND ") : Prisma.sql`true`;
};

/** The complete WHERE clause (text, filters and category) of a query: what the result list shows. */
export function searchWhere(query: string, filters: SearchFilters = {}) {
  const w = searchConditions(query, filters);
  return { parsed: w.parsed, tsquery: w.tsquery, sql: andSql([...w.text, ...w.filters, w.category]) };
}
