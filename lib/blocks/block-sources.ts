// Where a block's text was found: its first source and every further source of an exact repeat, each with the
// speech it came from, its heading path there and up to two neighbouring blocks on either side, so a clerk can
// read the paragraph in its original context.
import type { DbTx } from "../db/client";
import type { BlockKindValue, BlockSourcePlace, NeighbourBlock } from "./types";

const NEIGHBOURS = 2;

type Place = Omit<BlockSourcePlace, "headingPath" | "before" | "after">;

type Around = { ord: number; id: string; text: string; kind: BlockKindValue; level: number | null; position: number };
type Heading = { documentId: string; speechId: string | null; text: string; level: number | null; position: number };

export async function blockSourcePlaces(
  tx: DbTx,
  block: {
    id: string;
    kind: BlockKindValue;
    level: number | null;
    headingPath: string[];
    sourceDocumentId: string | null;
    position: number | null;
  },
): Promise<BlockSourcePlace[]> {
  // The first source, then the others in the order their documents came in; UNION drops repeats of a place.
  const places = await tx.$queryRaw<Place[]>`
    WITH places AS (
      SELECT s.document_id, s.speech_id, s.position FROM block_sources s WHERE s.block_id = ${block.id}
      UNION
      SELECT b.source_document_id, b.source_speech_id, b.position FROM blocks b
      WHERE b.id = ${block.id} AND b.source_document_id IS NOT NULL AND b.position IS NOT NULL)
    SELECT p.document_id AS "documentId", d.file_name AS "fileName", p.speech_id AS "speechId",
           cs.title AS "speechTitle", cs.speaker, cs.date, p.position
    FROM places p
    JOIN source_documents d ON d.id = p.document_id
    LEFT JOIN corpus_speeches cs ON cs.id = p.speech_id
    ORDER BY (p.document_id = ${block.sourceDocumentId} AND p.position = ${block.position}) IS TRUE DESC,
             d.imported_at, d.id, cs."order", p.position`;
  if (!places.length) return [];

  // Blocks at most two positions away in the same speech (or document, for a place without a speech), and the
  // headings before each place, read in one query each.
  const docs = places.map((p) => p.documentId);
  const speeches = places.map((p) => p.speechId);
  const positions = places.map((p) => p.position);
  const around = await tx.$queryRaw<Around[]>`
    SELECT p.ord::int AS ord, nb.id, nb.text, nb.kind::text AS kind, nb.level, n.position
    FROM unnest(${docs}::text[], ${speeches}::text[], ${positions}::int[]) WITH ORDINALITY
         AS p(document_id, speech_id, position, ord)
    CROSS JOIN LATERAL (
      SELECT s.block_id, s.position FROM block_sources s
      WHERE s.document_id = p.document_id AND s.speech_id IS NOT DISTINCT FROM p.speech_id
        AND s.position BETWEEN p.position - ${NEIGHBOURS} AND p.position + ${NEIGHBOURS} AND s.position <> p.position
      UNION
      SELECT b.id, b.position FROM blocks b
      WHERE b.source_document_id = p.document_id AND b.source_speech_id IS NOT DISTINCT FROM p.speech_id
        AND b.position BETWEEN p.position - ${NEIGHBOURS} AND p.position + ${NEIGHBOURS} AND b.position <> p.position
    ) n
    JOIN blocks nb ON nb.id = n.block_id
    ORDER BY p.ord, n.position, nb.created_at, nb.id`;
  const headings = await tx.$queryRaw<Heading[]>`
    SELECT s.document_id AS "documentId", s.speech_id AS "speechId", b.text, b.level, s.position
    FROM block_sources s JOIN blocks b ON b.id = s.block_id
    WHERE s.document_id = ANY(${[...new Set(docs)]}) AND b.kind = 'HEADING'
    ORDER BY s.position, b.created_at`;

  return places.map((place, i) => {
    const near = around.filter((a) => a.ord === i + 1);
    const neighbour = (a: Around): NeighbourBlock => ({ id: a.id, text: a.text, kind: a.kind });
    const isFirst = place.documentId === block.sourceDocumentId && place.position === block.position;
    const inSpeech = headings.filter((h) => h.documentId === place.documentId && h.speechId === place.speechId);
    return {
      ...place,
      headingPath: isFirst
        ? block.headingPath
        : headingPathAt(inSpeech, place.position, block.kind === "HEADING" ? block.level : null),
      before: near
        .filter((a) => a.position < place.position)
        .slice(-NEIGHBOURS)
        .map(neighbour),
      after: near
        .filter((a) => a.position > place.position)
        .slice(0, NEIGHBOURS)
        .map(neighbour),
    };
  });
}

/**
 * The outline headings (level 1–3) that enclose a position, given the speech's headings in order; for a heading of
 * `ownLevel`, only those above it (as the miner records heading paths).
 */
export function headingPathAt(
  headings: { text: string; level: number | null; position: number }[],
  position: number,
  ownLevel: number | null = null,
): string[] {
  const path: string[] = [];
  for (const h of headings) {
    if (h.position >= position) break;
    const level = Math.max(1, h.level ?? 1);
    path.length = Math.min(path.length, level - 1);
    while (path.length < level - 1) path.push("");
    path.push(h.text);
  }
  if (ownLevel) path.length = Math.min(path.length, ownLevel - 1);
  return path.filter(Boolean);
}
