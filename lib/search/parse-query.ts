// The library's query language: words separated by spaces must all occur; "a phrase in quotes" must occur as
// written; -word excludes. A long unspaced Chinese query is split into words by jieba so that 城镇燃气隐患
// finds texts with 城镇燃气 and 隐患 anywhere, as a clerk expects.
import { segmentWords } from "./segment-words";
import { containsQuery, gramsQuery } from "./ngram-index";

export type ParsedQuery = { include: string[]; phrases: string[]; exclude: string[] };

const LONG_UNSPACED = 5; // characters; shorter words are taken as typed

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { include: [], phrases: [], exclude: [] };
  const re = /(-?)"([^"]*)"|(-?)“([^”]*)”|(\S+)/g;
  for (const m of input.slice(0, 200).matchAll(re)) {
    const quoted = m[2] ?? m[4];
    if (quoted !== undefined) {
      const neg = (m[1] ?? m[3]) === "-";
      const text = quoted.trim();
      if (text) (neg ? q.exclude : q.phrases).push(text);
      continue;
    }
    const word = m[5]!;
    if (word.startsWith("-") && word.length > 1) q.exclude.push(word.slice(1));
    else if ([...word].length >= LONG_UNSPACED && /[\u4e00-\u9fff]/.test(word)) q.include.push(...segmentWords(word));
    else q.include.push(word);
  }
  q.include = [...new Set(q.include)];
  return q;
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
