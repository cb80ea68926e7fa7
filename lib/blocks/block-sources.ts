// Where a block's text was found: its first source and every further source of an exact repeat, each with the
// speech it came from, its heading path there and up to two neighbouring blocks on either side, so a clerk can
// read the paragraph in its original context. The paragraph itself is shown as the source said it: the line of
// the document's cleaned text holding the block's earliest text that occurs there (its curation history keeps
// every earlier text), so an edit or a split does not rewrite what a speech said.
import type { DbTx } from "../db/client";
import { documentNames } from "../corpus/document-names";
import { documentDisplayName } from "../corpus/document-display-name";
import type { BlockKindValue, BlockSourcePlace, NeighbourBlock } from "./types";

const NEIGHBOURS = 2;

type Place = Omit<BlockSourcePlace, "documentName" | "headingPath" | "before" | "after" | "text" | "edited">;
/** How far around a match to look for the ends of its line (lines are paragraphs: a few hundred characters). */
const LINE_LOOKBACK = 4000;

type Around = { ord: number; id: string; text: string; kind: BlockKindValue; level: number | null; position: number };
type Heading = { documentId: string; speechId: string | null; text: string; level: number | null; position: number };

export async function blockSourcePlaces(
  tx: DbTx,
  block: {
    id: string;
    text: string;
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
  const said = await sourceWording(tx, block, docs);
  const names = await documentNames(docs, tx);
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
    const text = said.get(place.documentId) ?? said.get("") ?? block.text;
    return {
      ...place,
      documentName: names.get(place.documentId) ?? documentDisplayName(place.fileName, []),
      text,
      edited: text !== block.text,
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
 * For each document, the line of its cleaned text that holds the earliest of the block's texts found in it; under
 * the key "" the block's earliest text (for a document without cleaned text or one where none is found).
 */
async function sourceWording(tx: DbTx, block: { id: string; text: string }, docs: string[]) {
  const revisions = await tx.blockRevision.findMany({
    where: { blockId: block.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { before: true, after: true },
  });
  // Blocks merged into this one gave it their sources: their texts are what those sources said.
  const absorbed = await tx.block.findMany({ where: { mergedIntoId: block.id }, select: { text: true } });
  const texts: string[] = [];
  for (const r of revisions) texts.push(textOf(r.before), textOf(r.after));
  texts.push(...absorbed.map((b) => b.text));
  const candidates = [...new Set([...texts.filter(Boolean), block.text])];
  const found = await tx.$queryRaw<{ documentId: string; line: string }[]>`
    SELECT d.id AS "documentId", w.line
    FROM source_documents d
    CROSS JOIN LATERAL (
      SELECT reverse(split_part(reverse(substr(d.cleaned_text, greatest(1, m.at - ${LINE_LOOKBACK}::int),
                                               m.at - greatest(1, m.at - ${LINE_LOOKBACK}::int))), E'\n', 1))
             || split_part(substr(d.cleaned_text, m.at, length(c.t) + ${LINE_LOOKBACK}::int), E'\n', 1) AS line
      FROM unnest(${candidates}::text[]) WITH ORDINALITY AS c(t, k)
      CROSS JOIN LATERAL (SELECT strpos(d.cleaned_text, c.t) AS at) m
      WHERE m.at > 0
      ORDER BY c.k LIMIT 1) w
    WHERE d.id = ANY(${[...new Set(docs)]}::text[]) AND d.cleaned_text IS NOT NULL`;
  const said = new Map(found.map((f) => [f.documentId, f.line]));
  said.set("", candidates[0]!);
  return said;
}

const textOf = (json: unknown): string =>
  json && typeof json === "object" && "text" in json && typeof json.text === "string" ? json.text : "";

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
