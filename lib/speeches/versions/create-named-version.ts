// A named version (第一稿, 送审稿 …) of the speech's text as stored now. The composer saves before it opens the
// version page, so the stored text is what the clerk sees. Allowed in every status, 定稿 included (naming a
// version changes no text). One statement writes the version and its audit entry and reads the list row back.
import { Prisma } from "../../db/generated/client";
import { db } from "../../db/client";
import { speechNotFound } from "../messages";
import { toVersionItem, type VersionRow } from "./list-versions";
import type { CreateVersionInput } from "./schemas";
import type { SpeechVersionItem } from "./types";

export async function createNamedVersion(
  speechId: string,
  userId: string,
  { name, note }: CreateVersionInput,
): Promise<SpeechVersionItem> {
  const [row] = await db().$queryRaw<VersionRow[]>(Prisma.sql`
    WITH ins AS (
      INSERT INTO speech_revisions
        (id, speech_id, version, kind, name, title, content, note, char_count, status, created_by_id, created_at)
      SELECT gen_random_uuid()::text, s.id, s.version, 'NAMED', ${name}, s.title, s.content, ${note}, s.char_count,
        s.status, ${userId}, clock_timestamp() AT TIME ZONE 'UTC'
      FROM speeches s WHERE s.id = ${speechId}
      RETURNING id, kind, name, note, version, title, char_count, status, created_at),
    audit AS (
      INSERT INTO audit_logs (action, user_id, target_type, target_id, details, at)
      SELECT 'speech.version', ${userId}, 'speech', ${speechId},
        jsonb_build_object('versionId', ins.id, 'name', ins.name), now() AT TIME ZONE 'UTC'
      FROM ins)
    SELECT ins.id, ins.kind::text AS kind, ins.name, ins.note, ins.version, ins.title, ins.char_count AS "charCount",
      ins.status::text AS status, ins.created_at AS "createdAt", u.id AS "userId", u.display_name AS "userName"
    FROM ins LEFT JOIN users u ON u.id = ${userId}`);
  if (!row) throw speechNotFound();
  return toVersionItem(row);
}
