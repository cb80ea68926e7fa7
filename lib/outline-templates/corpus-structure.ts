// What the corpus says about structure, read once and kept in memory: the common shapes (mined templates) and each
// corpus speech's categories and meeting type (the coverage hint). Recomputed when the corpus or the taxonomy
// changes (count of corpus speeches and of finished documents, latest import, latest taxonomy edit), and at least
// every CACHE_MS so that a curator's change of a block's category shows within a minute without scanning the blocks
// on every request. Only finished documents count: one still being stored holds part of its speeches.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { resolveCategoryRef } from "../categories/category-refs";
import { categoryForHeading, type CategoryHint } from "../speech-doc/category-for-heading";
import type { CorpusSpeechCategories, LiveCategory } from "./coverage";
import { meetingTypeOfTitle } from "./meeting-type";
import { mineShapes, type CorpusHeadingRow, type MinedShape } from "./mine-shapes";
import type { MinedOutlineTemplate, MinedOutlineTemplates } from "./types";

export const CACHE_MS = 60_000;

export type CorpusStructure = {
  categories: (LiveCategory & { signals: string[] })[];
  speeches: CorpusSpeechCategories[];
  mined: MinedOutlineTemplates;
};

type CategoryRow = { id: string; key: string; name: string; signals: string[]; mergedIntoId: string | null };

let cache: { signature: string; at: number; value: Promise<CorpusStructure> } | null = null;

/** Forgets the kept structure (tests that switch databases). */
export function clearCorpusStructureCache() {
  cache = null;
}

export async function corpusStructure(): Promise<CorpusStructure> {
  const [sig] = await db().$queryRaw<
    { speeches: number; mined: number; imported: Date | null; taxonomy: Date | null }[]
  >`
    SELECT (SELECT count(*) FROM corpus_speeches)::int AS speeches,
      (SELECT count(*) FROM source_documents WHERE status = 'MINED')::int AS mined,
      (SELECT max(imported_at) FROM source_documents) AS imported,
      (SELECT max(updated_at) FROM categories) AS taxonomy`;
  const signature = `${sig!.speeches}|${sig!.mined}|${sig!.imported?.getTime()}|${sig!.taxonomy?.getTime()}`;
  if (cache && cache.signature === signature && Date.now() - cache.at < CACHE_MS) return cache.value;
  const value = loadStructure();
  cache = { signature, at: Date.now(), value };
  value.catch(() => cache?.value === value && (cache = null));
  return value;
}

async function loadStructure(): Promise<CorpusStructure> {
  const [rows, headingRows, speechRows] = await Promise.all([
    db().category.findMany({
      select: { id: true, key: true, name: true, signals: true, mergedIntoId: true },
      orderBy: { sortOrder: "asc" },
    }),
    // One row per heading place; an exact repeat merged into another block keeps its place (as corpusHeadings).
    db().$queryRaw<
      { speechId: string; position: number; level: number | null; text: string; categoryId: string | null }[]
    >`
      SELECT DISTINCT ON (s.speech_id, s.position)
        s.speech_id AS "speechId", s.position, b.level, b.text, b.category_id AS "categoryId"
      FROM block_sources s
        JOIN blocks b ON b.id = s.block_id
        JOIN source_documents d ON d.id = s.document_id AND d.status = 'MINED'
      WHERE s.speech_id IS NOT NULL AND b.kind = 'HEADING'
      ORDER BY s.speech_id, s.position, b.merged_into_id IS NULL DESC, b.id`,
    db().$queryRaw<{ id: string; title: string | null; categoryIds: string[] }[]>`
      SELECT c.id, c.title,
        COALESCE(array_agg(DISTINCT b.category_id) FILTER (WHERE b.category_id IS NOT NULL), '{}') AS "categoryIds"
      FROM corpus_speeches c
        JOIN source_documents d ON d.id = c.document_id AND d.status = 'MINED'
        JOIN block_sources s ON s.speech_id = c.id
        JOIN blocks b ON b.id = s.block_id
      GROUP BY c.id`,
  ]);
  const categories = rows.filter((c) => !c.mergedIntoId);
  const live = liveCategoryOf(rows);
  const titles = new Map(speechRows.map((s) => [s.id, s.title]));

  const headings: CorpusHeadingRow[] = headingRows.map((h) => ({
    speechId: h.speechId,
    position: h.position,
    level: h.level,
    text: h.text,
    categoryKey: (h.categoryId && live.get(h.categoryId)?.key) || keyForHeading(h.text, categories),
  }));
  const shapes = mineShapes(headings);
  const lengths = await sectionLengths(shapes.map((s) => s.representativeId));
  const templates: MinedOutlineTemplate[] = shapes.map((s) =>
    toTemplate(s, titles.get(s.representativeId) ?? null, lengths),
  );

  const speeches = speechRows.map((s) => ({
    meetingType: meetingTypeOfTitle(s.title),
    categoryIds: [...new Set(s.categoryIds.map((id) => live.get(id)?.id).filter((id): id is string => !!id))],
  }));
  return {
    categories: categories.map(({ id, key, name, signals }) => ({ id, key, name, signals })),
    speeches,
    mined: { templates, corpusSpeeches: speechRows.length },
  };
}

/** Every category id (merged ones too) to the live category it stands for. */
function liveCategoryOf(rows: CategoryRow[]): Map<string, { id: string; key: string }> {
  const out = new Map<string, { id: string; key: string }>();
  for (const r of rows) {
    const resolved = resolveCategoryRef(r.id, rows);
    if (resolved) out.set(r.id, resolved);
  }
  return out;
}

function keyForHeading(text: string, categories: readonly (CategoryHint & { key: string })[]): string | null {
  const id = categoryForHeading(text, categories);
  return categories.find((c) => c.id === id)?.key ?? null;
}

/** Characters of each heading of the given speeches and the paragraphs up to its next heading, by position. */
async function sectionLengths(speechIds: string[]): Promise<Map<string, Map<number, number>>> {
  const out = new Map<string, Map<number, number>>();
  if (!speechIds.length) return out;
  const rows = await db().$queryRaw<{ speechId: string; position: number; heading: boolean; charCount: number }[]>(
    Prisma.sql`
      SELECT DISTINCT ON (s.speech_id, s.position)
        s.speech_id AS "speechId", s.position, b.kind = 'HEADING' AS heading, b.char_count AS "charCount"
      FROM block_sources s JOIN blocks b ON b.id = s.block_id
      WHERE s.speech_id IN (${Prisma.join(speechIds)})
      ORDER BY s.speech_id, s.position, b.merged_into_id IS NULL DESC, b.id`,
  );
  let current: { speechId: string; position: number } | null = null;
  for (const r of rows) {
    if (r.heading) current = { speechId: r.speechId, position: r.position };
    if (!current || current.speechId !== r.speechId) continue; // the opening, before the first heading
    let bySpeech = out.get(r.speechId);
    if (!bySpeech) out.set(r.speechId, (bySpeech = new Map()));
    bySpeech.set(current.position, (bySpeech.get(current.position) ?? 0) + r.charCount);
  }
  return out;
}

function toTemplate(
  s: MinedShape,
  title: string | null,
  lengths: Map<string, Map<number, number>>,
): MinedOutlineTemplate {
  const own = lengths.get(s.representativeId);
  return {
    shapeKey: s.shapeKey,
    shape: s.shape,
    speechCount: s.speechIds.length,
    representative: { corpusSpeechId: s.representativeId, title },
    headings: s.headings.map((h) => ({
      level: h.level,
      text: h.text,
      categoryKey: h.categoryKey,
      targetChars: own?.get(h.position) ?? null,
    })),
  };
}
