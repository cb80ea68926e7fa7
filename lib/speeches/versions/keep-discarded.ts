// 采用较新的版本 in a save conflict: before the clerk's editor takes the newer text, the text the clerk gives up is
// kept as a version, so that a wrong choice loses nothing. That text was never the speech's: it goes into the
// versions only, numbered by the version it was edited from, which must be older than the speech's (a newer version
// overtook it); the automatic snapshot never takes it for the text of the version it is numbered by.
import { Prisma } from "../../db/generated/client";
import { bodyChars } from "../../speech-doc/doc-text";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { speechNotFound } from "../messages";
import { DISCARDED_MINE } from "./auto-snapshot";
import { insertVersion } from "./insert-version";
import type { KeepDiscardedInput } from "./schemas";
import type { SpeechVersionItem } from "./types";

export { DISCARDED_MINE };

const NOT_OVERTAKEN = "这份讲话稿没有比您的修改更新的版本，无需另存，请直接保存。";

export async function keepDiscardedText(
  speechId: string,
  userId: string,
  { baseVersion, title, content }: KeepDiscardedInput,
): Promise<SpeechVersionItem> {
  // Only a text a newer version has overtaken is given up (the speech's version only grows, so the check holds).
  const current = await db().speech.findUnique({ where: { id: speechId }, select: { version: true } });
  if (!current) throw speechNotFound();
  if (baseVersion >= current.version) throw new AppError("invalid_input", NOT_OVERTAKEN);
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
