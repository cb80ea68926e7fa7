// 采用较新的版本 in a save conflict: before the clerk's editor takes the newer text, the text the clerk gives up is
// kept as a version, so that a wrong choice loses nothing. That text was never the speech's: it goes into the
// versions only, numbered by the version it was edited from (the speech has since moved past it, so no automatic
// snapshot of a stored version is ever mistaken for it).
import { Prisma } from "../../db/generated/client";
import { bodyChars } from "../../speech-doc/doc-text";
import { insertVersion } from "./insert-version";
import type { KeepDiscardedInput } from "./schemas";
import type { SpeechVersionItem } from "./types";

export const DISCARDED_MINE = "采用较新版本前的我的修改";

export function keepDiscardedText(
  speechId: string,
  userId: string,
  { baseVersion, title, content }: KeepDiscardedInput,
): Promise<SpeechVersionItem> {
  return insertVersion(
    Prisma.sql`
      INSERT INTO speech_revisions
        (id, speech_id, version, kind, name, title, content, char_count, status, created_by_id, created_at)
      SELECT gen_random_uuid()::text, s.id, ${baseVersion}, 'AUTO', ${DISCARDED_MINE}, coalesce(${title ?? null}, s.title),
        ${JSON.stringify(content)}::jsonb, ${bodyChars(content)}, s.status, ${userId}, clock_timestamp() AT TIME ZONE 'UTC'
      FROM speeches s WHERE s.id = ${speechId}`,
    speechId,
    userId,
  );
}
