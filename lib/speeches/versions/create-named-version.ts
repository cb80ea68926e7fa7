// A named version (第一稿, 送审稿 …) of the speech's text as stored now. The composer saves before it asks, so the
// stored text is what the clerk sees. Allowed in every status, 定稿 included (naming a version changes no text).
import { writeAudit } from "../../audit/audit-log";
import { parseInput } from "../../blocks/schemas";
import { db } from "../../db/client";
import { getVersionItem } from "./list-versions";
import { createVersionInput, type CreateVersionInput } from "./schemas";
import { takeSnapshot } from "./take-snapshot";
import type { SpeechVersionItem } from "./types";

export async function createNamedVersion(
  speechId: string,
  userId: string,
  input: CreateVersionInput,
): Promise<SpeechVersionItem> {
  const { name, note } = parseInput(createVersionInput, input);
  return db().$transaction(async (tx) => {
    const id = await takeSnapshot(tx, { speechId, kind: "NAMED", name, note, userId });
    await writeAudit(
      { action: "speech.version", userId, targetType: "speech", targetId: speechId, details: { versionId: id, name } },
      tx,
    );
    return getVersionItem(tx, speechId, id);
  });
}
