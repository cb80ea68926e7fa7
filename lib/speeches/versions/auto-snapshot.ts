// The automatic snapshot taken while a speech is edited: part of the save's one statement (save-speech.ts), so it
// costs one conditional INSERT. Before a save changes the text, the stored text is kept as a version when the
// speech has no version from today (Beijing time) or none from the last 10 minutes, when someone else saved it
// last (a colleague's text is never replaced without a version of it), or when the editor saves over a newer
// version on purpose (保留我的版本) — unless a version already holds exactly that text (same speech version).
// `cur` is the save's CTE holding the locked row before the save.
import { Prisma } from "../../db/generated/client";

export const AUTO_SNAPSHOT_MINUTES = 10;
export const FIRST_SAVE_OF_DAY = "当天首次保存";
export const WHILE_EDITING = "编辑中自动保存";
export const BEFORE_OVERWRITE = "被覆盖前的版本";
export const BEFORE_OTHER_EDITOR = "他人修改前的版本";
/** The clerk's unsaved text given up for a newer version (keep-discarded.ts): never the text of the version it is
 *  numbered by, so it does not stand for that version here. */
export const DISCARDED_MINE = "采用较新版本前的我的修改";

const BEIJING_DAY = (col: string) => Prisma.raw(`((${col} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')::date`);

/** The database's clock as the UTC wall time the tables store, or a given instant (tests pin the time of day, so
 *  that "10 minutes ago" is never yesterday when they run just after midnight in Beijing). */
const utcNow = (at?: Date) =>
  at ? Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')` : Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** `cur` must hold the row's id, version, title, content, char_count, status and updated_by_id. */
export function autoSnapshotCte(userId: string, overwrite = false, at?: Date): Prisma.Sql {
  const now = utcNow(at);
  const today = Prisma.sql`((${now} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')::date`;
  const otherEditor = Prisma.sql`(c.updated_by_id IS NOT NULL AND c.updated_by_id <> ${userId})`;
  // The version of a colleague's text, or of the text saved over, is theirs: it names its author.
  const handedOver = Prisma.sql`(${overwrite} OR ${otherEditor})`;
  return Prisma.sql`
    snap AS (
      INSERT INTO speech_revisions
        (id, speech_id, version, kind, name, title, content, char_count, status, created_by_id, created_at)
      SELECT gen_random_uuid()::text, c.id, c.version, 'AUTO', CASE
          WHEN ${overwrite} THEN ${BEFORE_OVERWRITE}
          WHEN ${otherEditor} THEN ${BEFORE_OTHER_EDITOR}
          WHEN EXISTS (
            SELECT 1 FROM speech_revisions r WHERE r.speech_id = c.id AND ${BEIJING_DAY("r.created_at")} = ${today}
          ) THEN ${WHILE_EDITING} ELSE ${FIRST_SAVE_OF_DAY} END,
        c.title, c.content, c.char_count, c.status,
        CASE WHEN ${handedOver} THEN coalesce(c.updated_by_id, ${userId}) ELSE ${userId} END,
        ${now}
      FROM cur c
      WHERE NOT EXISTS (SELECT 1 FROM speech_revisions r WHERE r.speech_id = c.id AND r.version = c.version
          AND r.name IS DISTINCT FROM ${DISCARDED_MINE})
        AND (${handedOver} OR NOT EXISTS (
          SELECT 1 FROM speech_revisions r WHERE r.speech_id = c.id
            AND r.created_at > ${now} - make_interval(mins => ${AUTO_SNAPSHOT_MINUTES})
            AND ${BEIJING_DAY("r.created_at")} = ${today}))
      RETURNING 1)`;
}
