// One statement that writes a version (the INSERT … SELECT its caller gives), its audit entry (speech.version) and
// reads its list row back: named versions and the text a clerk gives up in a save conflict.
import { Prisma } from "../../db/generated/client";
import { db } from "../../db/client";
import { speechNotFound } from "../messages";
import { toVersionItem, type VersionRow } from "./list-versions";
import type { SpeechVersionItem } from "./types";

/** `insert` selects from `speeches s` filtered to the speech: no row when there is no such speech (not_found). */
export async function insertVersion(insert: Prisma.Sql, speechId: string, userId: string): Promise<SpeechVersionItem> {
  const [row] = await db().$queryRaw<VersionRow[]>(Prisma.sql`
    WITH ins AS (${insert}
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
