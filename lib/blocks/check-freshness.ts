// Which library paragraphs of a speech are behind their blocks (lib/speech-doc/block-freshness.ts says when), for
// the composer's margin marks: one call for all of a speech's paragraphs, two queries (the blocks; the text
// history of those behind). Blocks merged away or deleted are left out: there is no newer wording to offer.
import { z } from "zod";
import { db } from "../db/client";
import {
  freshnessKey,
  insertedWording,
  MAX_FRESHNESS_REFS,
  isBehind,
  wordingWithHash,
  type ProvenanceRef,
  type StaleParagraph,
} from "../speech-doc/block-freshness";
import { invalid } from "./messages";

const REF = /^([A-Za-z0-9_-]{1,100})\.([1-9][0-9]{0,8})\.([0-9a-f]{8}|-)$/;

/** ?p=<blockId>.<version>.<hash or -> (repeatable): the provenance of each library paragraph. */
export const freshnessQuery = z.object({
  p: z
    .union([z.string(), z.array(z.string())], { error: "请给出要检查的段落。" })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(
      z
        .array(z.string().regex(REF, "段落来源的格式不正确。"))
        .max(MAX_FRESHNESS_REFS, `一次最多检查 ${MAX_FRESHNESS_REFS} 个段落。`),
    )
    .transform((list) =>
      list.map((s): ProvenanceRef => {
        const [, blockId, version, hash] = REF.exec(s)!;
        return { blockId: blockId!, version: Number(version), hash: hash === "-" ? null : hash! };
      }),
    )
    .optional(),
});

export async function checkFreshness(paragraphs: readonly ProvenanceRef[]): Promise<StaleParagraph[]> {
  if (paragraphs.length > MAX_FRESHNESS_REFS) throw invalid(`一次最多检查 ${MAX_FRESHNESS_REFS} 个段落。`);
  const refs = new Map(paragraphs.map((r) => [freshnessKey(r), r]));
  if (!refs.size) return [];
  const blocks = await db().block.findMany({
    where: { id: { in: [...new Set([...refs.values()].map((r) => r.blockId))] }, mergedIntoId: null },
    select: { id: true, version: true, text: true },
  });
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const behind = [...refs.values()].filter((r) => byId.has(r.blockId) && isBehind(r, byId.get(r.blockId)!));
  if (!behind.length) return [];

  // Every text each block has had, newest first: the wording a paragraph was inserted with is the one whose hash
  // it recorded (block revisions keep a changed text's before and after).
  const rows = await db().$queryRaw<{ blockId: string; before: string | null; after: string | null }[]>`
    SELECT block_id AS "blockId", before->>'text' AS before, after->>'text' AS after FROM block_revisions
    WHERE block_id = ANY(${[...new Set(behind.map((r) => r.blockId))]}::text[])
      AND (before->>'text' IS NOT NULL OR after->>'text' IS NOT NULL)
    ORDER BY created_at DESC, id DESC`;
  const history = new Map<string, string[]>();
  for (const r of rows) {
    const texts = history.get(r.blockId) ?? [byId.get(r.blockId)!.text];
    for (const t of [r.after, r.before]) if (t !== null) texts.push(t);
    history.set(r.blockId, texts);
  }
  return behind.map((r) => {
    const block = byId.get(r.blockId)!;
    return {
      ...r,
      currentVersion: block.version,
      text: insertedWording(block.text),
      insertedText: wordingWithHash(r.hash, history.get(r.blockId) ?? [block.text]),
    };
  });
}
