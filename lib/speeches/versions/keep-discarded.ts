// 采用较新的版本 in a save conflict: before the clerk's editor takes the newer text, the text the clerk gives up is
// kept as a version, so that a wrong choice loses nothing. That text was never the speech's: it goes into the
// versions only, numbered by the version it was edited from (the speech has since moved past it, so no automatic
// snapshot of a stored version is ever mistaken for it).
import { Prisma } from "../../db/generated/client";
import { db } from "../../db/client";
import { bodyChars } from "../../speech-doc/doc-text";
import { speechNotFound } from "../messages";
import { toVersionItem, type VersionRow } from "./list-versions";
import type { KeepDiscardedInput } from "./schemas";
import type { SpeechVersionItem } from "./types";

export const DISCARDED_MINE = "采用较新版本前的我的修改";

export async function keepDiscardedText(
  speechId: string,
  userId: string,
  { baseVersion, title, content }: KeepDiscardedInput,
): Promise<SpeechVersionItem> {
  const [row] = await db().$queryRaw<VersionRow[]>(Prisma.sql`
    WITH ins AS (
      INSERT INTO speech_revisions
        (id, speech_id, version, kind, name, title, content, char_count, status, created_by_id, created_at)
      SELECT gen_random_uuid()::text, s.id, ${baseVersion}, 'AUTO', ${DISCARDED_MINE}, coalesce(${title ?? null}, s.title),
        ${JSON.stringify(content)}::jsonb, ${bodyChars(content)}, s.status, ${userId}, clock_timestamp() AT TIME ZONE 'UTC'
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
