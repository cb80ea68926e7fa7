// Writes a version holding the speech's stored text as it is now (one INSERT … SELECT, no text through the app).
// Named versions, the snapshot before a restore and the one before a status change all go through here; the
// automatic snapshot while editing lives inside the save's own statement (auto-snapshot.ts).
import { Prisma } from "../../db/generated/client";
import type { DbTx } from "../../db/client";
import { speechNotFound } from "../messages";
import type { VersionKind } from "./types";

export type SnapshotInput = {
  speechId: string;
  kind: VersionKind;
  name: string | null;
  note?: string | null;
  userId: string | null;
};

/** The new version's id; not_found when there is no such speech. */
export async function takeSnapshot(tx: DbTx, input: SnapshotInput): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    INSERT INTO speech_revisions
      (id, speech_id, version, kind, name, title, content, note, char_count, status, created_by_id, created_at)
    SELECT gen_random_uuid()::text, s.id, s.version, ${input.kind}::"SpeechRevisionKind", ${input.name}, s.title,
      s.content, ${input.note ?? null}, s.char_count, s.status, ${input.userId}, clock_timestamp() AT TIME ZONE 'UTC'
    FROM speeches s WHERE s.id = ${input.speechId}
    RETURNING id`);
  if (!row) throw speechNotFound();
  return row.id;
}
