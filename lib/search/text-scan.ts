// The words of a query as tests of each row's own text, for when other filters select far fewer blocks than the
// words match (chooseTextForm): 安全 is in nine blocks of ten, so with 用过 or a category PostgreSQL rightly starts
// from those blocks, and then testing each one's n-gram tsvector means reading it back from TOAST (about 10 µs a
// row; 0.2 s for 安全 with 用过 at 100,000 blocks), where strpos on the text stored in the row takes about 1 µs.
//
// The answers stay those of the index (NFKC, lower case, whitespace ignored): a word of Chinese characters only is
// found by strpos in the text as stored, unless the text holds a character that the index's normalisation removes
// (whitespace) or turns into or out of a Chinese character (radicals, enclosed and compatibility forms); only those
// rows are tested on the tsvector. Other words are tested on the tsvector.
import { Prisma } from "../db/generated/client";
import { containsQuery } from "./ngram-index";
import type { ParsedQuery } from "./parse-query";

export type TextForm = "index" | "scan";

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Characters whose presence makes strpos and the index disagree for a word of Chinese characters. */
const NORMALISED_CHARS =
  "[[:space:]\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff" +
  "\u2e80-\u2fdf\u3200-\u33ff\uf900-\ufaff\u{2f800}-\u{2fa1f}]";

function holds(word: string): Prisma.Sql | null {
  const contains = containsQuery(word);
  if (!contains) return null;
  const vector = Prisma.sql`b.search_vector @@ ${contains}::tsquery`;
  if (!HAN_ONLY.test(word)) return vector;
  return Prisma.sql`(strpos(b.text, ${word}) > 0 OR (b.text ~ ${NORMALISED_CHARS} AND ${vector}))`;
}

export function scanTextSql(parsed: ParsedQuery): Prisma.Sql[] {
  const include = [...new Set([...parsed.include, ...parsed.phrases])].map(holds);
  const exclude = parsed.exclude.map(holds).map((x) => (x ? Prisma.sql`NOT ${x}` : null));
  return [...include, ...exclude].filter((x): x is Prisma.Sql => x !== null);
}
