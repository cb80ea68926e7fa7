// The "start from the outline of…" dialog: corpus speeches (with their file name and number of headings; those
// without headings are left out, there is no outline to take) and earlier speeches, each by a title substring
// (a corpus speech also by its file name), at most 20 of each, newest first.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { OutlineSourcesQuery } from "./schemas";
import type { OutlineSources } from "./types";

export const MAX_OUTLINE_SOURCES = 20;

/** `%q%` for ILIKE, with the pattern characters taken literally. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function outlineSources({ q }: OutlineSourcesQuery): Promise<OutlineSources> {
  const pattern = q ? likePattern(q) : null;
  const [corpus, speeches] = await Promise.all([
    db().$queryRaw<OutlineSources["corpus"]>(Prisma.sql`
      SELECT c.id, c.title, c.speaker, c.date, d.file_name AS "fileName", h.n AS "headingCount"
      FROM corpus_speeches c
        JOIN source_documents d ON d.id = c.document_id
        CROSS JOIN LATERAL (
          SELECT count(DISTINCT s.position)::int AS n
          FROM block_sources s JOIN blocks b ON b.id = s.block_id
          WHERE s.speech_id = c.id AND b.kind = 'HEADING') h
      WHERE h.n > 0 ${pattern ? Prisma.sql`AND (c.title ILIKE ${pattern} OR d.file_name ILIKE ${pattern})` : Prisma.empty}
      ORDER BY d.imported_at DESC, c.document_id, c."order"
      LIMIT ${MAX_OUTLINE_SOURCES}`),
    db().$queryRaw<(Omit<OutlineSources["speeches"][number], "updatedAt"> & { updatedAt: Date })[]>(Prisma.sql`
      SELECT s.id, s.title, s.speaker, m.title AS "meetingTitle", s.updated_at AS "updatedAt",
        (SELECT count(*)::int FROM jsonb_array_elements(
           CASE WHEN jsonb_typeof(s.content -> 'content') = 'array' THEN s.content -> 'content' ELSE '[]'::jsonb END) e
         WHERE e ->> 'type' = 'heading') AS "headingCount"
      FROM speeches s LEFT JOIN meetings m ON m.id = s.meeting_id
      ${pattern ? Prisma.sql`WHERE s.title ILIKE ${pattern}` : Prisma.empty}
      ORDER BY s.updated_at DESC, s.id DESC
      LIMIT ${MAX_OUTLINE_SOURCES}`),
  ]);
  return { corpus, speeches: speeches.map((s) => ({ ...s, updatedAt: s.updatedAt.toISOString() })) };
}
