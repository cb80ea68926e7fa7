// The library's query language: words separated by spaces must all occur; "a phrase in quotes" must occur as
// written; -word excludes. A long unspaced Chinese query is split into words by jieba so that 城镇燃气隐患
// finds texts with 城镇燃气 and 隐患 anywhere, as a clerk expects.
import { segmentWords } from "./segment-words";
import { containsQuery, gramsQuery } from "./ngram-index";

export type ParsedQuery = { include: string[]; phrases: string[]; exclude: string[] };

const LONG_UNSPACED = 5; // characters; shorter words are taken as typed
import { MAX_QUERY_CHARS } from "./limits";
export { MAX_QUERY_CHARS };
/**
 * At most this many words, phrases and exclusions each: every word costs the database an index lookup and a
 * relevance term. The search request refuses more typed words with a message (countTypedTerms); the words jieba
 * finds in one long unspaced word are kept up to this many, silently (the rest of a pasted sentence adds little).
 */
export const MAX_QUERY_TERMS = 20;

/** A minus as a Chinese input method types it too (－, —); a phrase in any of the quotes a clerk types. */
const MINUS = /^[-－—]/;
const TOKEN = /([-－—]?)(?:"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』)|(\S+)/g;

/** How many words, phrases and exclusions the clerk typed (before jieba splits long words). */
export const countTypedTerms = (input: string) => [...input.matchAll(TOKEN)].length;

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { include: [], phrases: [], exclude: [] };
  for (const m of input.slice(0, MAX_QUERY_CHARS).matchAll(TOKEN)) {
    const quoted = m[2] ?? m[3] ?? m[4] ?? m[5];
    if (quoted !== undefined) {
      const neg = !!m[1];
      const text = quoted.trim();
      if (text) (neg ? q.exclude : q.phrases).push(text);
      continue;
    }
    const word = m[6]!;
    if (MINUS.test(word) && word.length > 1) q.exclude.push(word.slice(1));
    else if ([...word].length >= LONG_UNSPACED && /[\u4e00-\u9fff]/.test(word)) q.include.push(...segmentWords(word));
    else q.include.push(word);
  }
  q.include = [...new Set(q.include)].slice(0, MAX_QUERY_TERMS);
  q.phrases = q.phrases.slice(0, MAX_QUERY_TERMS);
  q.exclude = q.exclude.slice(0, MAX_QUERY_TERMS);
  return q;
}

/** Whether the query holds anything the index can search: a query of punctuation and symbols alone (_, %, “”)
 *  would otherwise become no condition at all and list the whole library. */
export function hasSearchableWord(input: string): boolean {
  const q = parseQuery(input);
  return [...q.include, ...q.phrases, ...q.exclude].some((w) => containsQuery(w) !== null);
}

/**
 * The tsquery for a parsed query, or null when it has no positive condition. Each positive word is reduced to its
 * grams (gramsQuery): what the GIN index can answer without reading rows back; words of three or more characters
 * must then be checked as phrases (see search-filters). Exclusions stay exact: leaving out a superset would drop
 * blocks that do not contain the excluded word.
 */
export function toGinTsquery(q: ParsedQuery): string | null {
  const positive = [...q.include, ...q.phrases].map(gramsQuery).filter((x): x is string => !!x);
  if (!positive.length) return null;
  const negative = q.exclude
    .map(containsQuery)
    .filter((x): x is string => !!x)
    .map((x) => `!${x}`);
  return [...positive, ...negative].join(" & ");
}

/** Every word to highlight in results. */
export const highlightTerms = (q: ParsedQuery) => [...q.phrases, ...q.include].filter((t) => t.trim());
