// A named version (第一稿, 送审稿 …) of the speech's text as stored now. The composer saves before it opens the
// version page, so the stored text is what the clerk sees. Allowed in every status, 定稿 included (naming a
// version changes no text). One statement writes the version and its audit entry and reads the list row back.
import { Prisma } from "../../db/generated/client";
import { insertVersion } from "./insert-version";
import type { CreateVersionInput } from "./schemas";
import type { SpeechVersionItem } from "./types";

export function createNamedVersion(
  speechId: string,
  userId: string,
  { name, note }: CreateVersionInput,
): Promise<SpeechVersionItem> {
  return insertVersion(
    Prisma.sql`
      INSERT INTO speech_revisions
        (id, speech_id, version, kind, name, title, content, note, char_count, status, created_by_id, created_at)
      SELECT gen_random_uuid()::text, s.id, s.version, 'NAMED', ${name}, s.title, s.content, ${note}, s.char_count,
        s.status, ${userId}, clock_timestamp() AT TIME ZONE 'UTC'
      FROM speeches s WHERE s.id = ${speechId}`,
    speechId,
    userId,
  );
}
