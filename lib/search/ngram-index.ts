// Search index for Chinese text without relying on PostgreSQL's word parser: every character of the
// (lower-cased) text gets a position, and the index holds each character (unigram) and each pair of adjacent
// characters (bigram) at that position. A query word then becomes a phrase of its bigrams (`'燃气' <2> '气安'`),
// which matches exactly the texts that contain the word as a substring — the same answers as ILIKE '%word%',
// from a GIN index. Placeholders (×, XX, **) and numbers (12.5%) are characters like any other, so nothing is
// split or mangled. Whitespace advances no position; other separators advance it but emit nothing.

/** Characters that never start or end an indexed gram (punctuation and symbols other than placeholder marks). */
const SEPARATOR = /[\s\p{P}\p{S}]/u;
const PLACEHOLDER_MARKS = new Set(["×", "*", "○", "□", "…", "%", "．", "."]);
const MAX_POSITION = 8190; // tsvector positions stop at 16383; unigram and bigram take two per character

export function searchChars(text: string): string[] {
  return [...text.normalize("NFKC").toLowerCase()].filter((c) => !/\s/u.test(c));
}

const indexable = (c: string) => !SEPARATOR.test(c) || PLACEHOLDER_MARKS.has(c);

/** Quotes a lexeme for tsvector/tsquery input syntax. */
export const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** The tsvector literal for a text: unigram at odd positions (2i+1), bigram starting there at 2i+2. */
export function tsvectorLiteral(text: string): string {
  const chars = searchChars(text).slice(0, MAX_POSITION);
  const positions = new Map<string, number[]>();
  const add = (lexeme: string, pos: number) => {
    const list = positions.get(lexeme);
    if (list) list.push(pos);
    else positions.set(lexeme, [pos]);
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!indexable(c)) continue;
    add(c, 2 * i + 1);
    const next = chars[i + 1];
    if (next !== undefined && indexable(next)) add(c + next, 2 * i + 2);
  }
  return [...positions].map(([lexeme, pos]) => `${quoteLexeme(lexeme)}:${pos.join(",")}`).join(" ");
}

/**
 * The tsquery for "contains this word": its unigram when one character long, else its bigrams in a row.
 * Punctuation inside a word is not indexed, so the parts on either side are required separately.
 * Returns null for words with nothing indexable (e.g. only punctuation), which callers treat as no condition.
 */
export const containsQuery = (word: string) => wordQuery(word, " <2> ");

/**
 * The word's grams without their order: a superset of containsQuery that the GIN index answers exactly, with no
 * need to read each candidate's tsvector back (phrases need the positions, which live only in the row).
 */
export const gramsQuery = (word: string) => wordQuery(word, " & ");

/** Whether the word needs its grams in a row (it has a part of three or more indexable characters). */
export const isPhrase = (word: string) => containsQuery(word)?.includes("<2>") ?? false;

/** A word's runs of indexable characters: the index finds a word when it finds each run. */
function wordRuns(word: string): string[][] {
  const parts: string[][] = [[]];
  for (const c of searchChars(word)) {
    if (indexable(c)) parts[parts.length - 1]!.push(c);
    else if (parts[parts.length - 1]!.length) parts.push([]);
  }
  return parts.filter((p) => p.length);
}

/**
 * What the index finds for a word, as plain substrings of searchableText: a text matches containsQuery(word) exactly
 * when it holds each of these (an empty list: the word sets no condition).
 */
export const wordParts = (word: string): string[] => wordRuns(word).map((p) => p.join(""));

/**
 * The text as the index sees it, as one string: searchChars joined, up to the last indexed character. A run of
 * indexable characters occurs in it exactly where the tsvector holds its grams in a row.
 */
export function searchableText(text: string): string {
  const s = text.normalize("NFKC").toLowerCase().replace(/\s/gu, "");
  return s.length <= MAX_POSITION ? s : [...s].slice(0, MAX_POSITION).join("");
}

function wordQuery(word: string, join: string): string | null {
  const queries = wordRuns(word).map((p) => segmentQuery(p, join));
  if (!queries.length) return null;
  return queries.length === 1 ? queries[0]! : `(${queries.join(" & ")})`;
}

function segmentQuery(chars: string[], join: string): string {
  if (chars.length === 1) return quoteLexeme(chars[0]!);
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(quoteLexeme(chars[i]! + chars[i + 1]!));
  const distinct = join === " & " ? [...new Set(grams)] : grams;
  return distinct.length === 1 ? distinct[0]! : `(${distinct.join(join)})`;
}
