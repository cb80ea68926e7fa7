// "Similar blocks" on the block page: other paragraphs a clerk could use instead, by wording or by subject, from
// any category (the same category first); never its near-duplicate variants (the page lists them under 变体 with
// their differences), hidden or merged-away blocks.
//
// The candidates come from indexes, never from a scan: blocks sharing an LSH band with it (GIN on lsh_bands: close
// wording), blocks containing, approximately, one of its longest clauses (`<%`, word similarity through the trigram
// GIN blocks_text_trgm_idx: a reused clause), and blocks sharing at least two of its key words (the n-gram GIN on
// search_vector: the same subject in other words), the last capped at TOPIC_CANDIDATES of
// TOPIC_MATCHES. Before, only the first two
// were used and only within the category: in a real library a block's close wordings are its variants, so the
// section was empty for nearly every block. The score mixes the trigram similarity of the whole texts with the
// share of the key words the other block holds.
import { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import { gramsQuery } from "../search/ngram-index";
import { segmentWords } from "../search/segment-words";
import type { SimilarBlock } from "./types";

export const SIMILAR_LIMIT = 5;
const PROBE_CHARS = 24;
const MIN_CLAUSE_CHARS = 6;
const PROBES = 2;
const KEY_WORDS = 8;
const TOPIC_CANDIDATES = 200;
/** At most this many subject matches are read and scored to choose the TOPIC_CANDIDATES sharing the most words. */
const TOPIC_MATCHES = 2000;
/** Below this the other block shares too little: neither wording (trigram similarity) nor subject (key words). */
export const MIN_SCORE = 0.15;
const SAME_CATEGORY_BONUS = 0.05;

// Words every speech uses: they say nothing about a paragraph's subject.
const GENERIC = new Set(
  (
    "工作 全面 深入 开展 加强 推进 落实 进一步 切实 坚决 确保 提高 各级 部门 全县 全市 全省 全区 我们 同志们 重要 " +
    "问题 发展 建设 做好 认真 扎实 持续 不断 积极 努力 以及 一个 一些 方面 同时 今年 去年 当前 目前 必须 要求 " +
    "重点 聚焦 事关 深入开展 切实加强 高度重视 认真落实 全面推进 扎实推进 各级各部门 有关 相关 实现 坚持 进行 通过 主要 任务"
  ).split(" "),
);

/** The stretches of text to look for: its longest clauses (their middles, when long), else the text's beginning. */
export function probeClauses(text: string): string[] {
  const clauses = text
    .split(/[，、；。！？：,;!?:\n]/u)
    .map((c) => [...c.trim()])
    .filter((c) => c.length >= MIN_CLAUSE_CHARS)
    .sort((a, b) => b.length - a.length)
    .slice(0, PROBES);
  if (!clauses.length) return [[...text].slice(0, PROBE_CHARS).join("")];
  return clauses.map((c) => {
    const start = Math.max(0, Math.floor((c.length - PROBE_CHARS) / 2));
    return c.slice(start, start + PROBE_CHARS).join("");
  });
}

/** The words that say what the text is about: the longest non-generic ones, each once, at most KEY_WORDS. */
export function keyWords(text: string): string[] {
  const words = [...new Set(segmentWords(text))].filter(
    (w) => [...w].length >= 2 && /[\u3400-\u9fff]/u.test(w) && !GENERIC.has(w),
  );
  return words.sort((a, b) => [...b].length - [...a].length).slice(0, KEY_WORDS);
}

/** A tsquery for "at least two of these words" (each as its n-grams, which the GIN index answers alone). */
function twoOf(words: string[]): string | null {
  const grams = words.map(gramsQuery).filter((q): q is string => !!q);
  const pairs: string[] = [];
  for (let i = 0; i < grams.length; i++)
    for (let j = i + 1; j < grams.length; j++) pairs.push(`(${grams[i]} & ${grams[j]})`);
  return pairs.length ? pairs.join(" | ") : null;
}

export async function similarBlocks(
  tx: DbTx,
  block: { id: string; text: string; categoryId: string | null; dupGroupId: string | null; lshBands: string[] },
): Promise<SimilarBlock[]> {
  const words = keyWords(block.text);
  const topic = twoOf(words);
  const probes = probeClauses(block.text);
  const sources = [
    Prisma.sql`SELECT b.id FROM blocks b WHERE b.lsh_bands && ${block.lshBands}::text[]`,
    ...probes.map((p) => Prisma.sql`SELECT b.id FROM blocks b WHERE ${p} <% b.text`),
  ];
  const shared = (alias: Prisma.Sql) =>
    words.length
      ? Prisma.sql`(${Prisma.join(
          words.map((w) => Prisma.sql`(strpos(${alias}.text, ${w}) > 0)::int`),
          " + ",
        )})::float8 / ${words.length}::float8`
      : Prisma.sql`0::float8`;
  if (topic)
    sources.push(Prisma.sql`(SELECT t.id FROM (
        SELECT b.id, b.text FROM blocks b WHERE b.search_vector @@ ${topic}::tsquery
          AND b.hidden = false AND b.merged_into_id IS NULL LIMIT ${TOPIC_MATCHES}) t
      ORDER BY ${shared(Prisma.sql`t`)} DESC LIMIT ${TOPIC_CANDIDATES})`);
  const rows = await tx.$queryRaw<(SimilarBlock & { rank: number })[]>`
    WITH candidates AS (${Prisma.join(sources, " UNION ")}),
    scored AS (
      SELECT b.id, b.text, c.name AS "categoryName",
             greatest(similarity(b.text, ${block.text}),
                      (similarity(b.text, ${block.text}) + ${shared(Prisma.sql`b`)}) / 2)::float8 AS score,
             b.category_id IS NOT DISTINCT FROM ${block.categoryId} AS same
      FROM candidates x
      JOIN blocks b ON b.id = x.id
      LEFT JOIN categories c ON c.id = b.category_id
      WHERE b.id <> ${block.id}
        AND b.hidden = false
        AND b.merged_into_id IS NULL
        AND (${block.dupGroupId}::text IS NULL OR b.dup_group_id IS DISTINCT FROM ${block.dupGroupId}))
    SELECT id, text, "categoryName", score,
           score + CASE WHEN same THEN ${SAME_CATEGORY_BONUS}::float8 ELSE 0 END AS rank
    FROM scored WHERE score >= ${MIN_SCORE}::float8
    ORDER BY rank DESC, id
    LIMIT ${SIMILAR_LIMIT}`;
  return rows.map(({ rank: _rank, ...r }) => r);
}
