// Helpers shared by the speech-version tests: a one-paragraph speech text, a fresh speech, moving its versions back
// in time, a pinned time of day in Beijing and the versions listed as [kind, name, version].
import { db } from "@/lib/db/client";
import { createSpeech } from "@/lib/speeches/create-speech";
import { listVersions } from "@/lib/speeches/versions/list-versions";
import { createTestUser } from "@/lib/testing/factories";
import { asCreateSpeech } from "@/lib/testing/route-input";
import { headingNode, paragraphNode, testDoc, titleNode } from "@/lib/testing/speech-docs";

export const text = (t: string) => testDoc(titleNode("讲话"), headingNode(1, "形势"), paragraphNode(t));

/** Moves every version of the speech back in time, as if taken that many minutes ago. */
export const age = (speechId: string, minutes: number) =>
  db().$executeRaw`UPDATE speech_revisions SET created_at = created_at - make_interval(mins => ${minutes})
    WHERE speech_id = ${speechId}`;

export async function newSpeech() {
  const user = await createTestUser({ displayName: "王秘书" });
  const s = await createSpeech(user.id, asCreateSpeech({ title: "讲话" }));
  return { user, s };
}

/** Today at that time of day in Beijing (UTC+8, no summer time). */
export const beijingTime = (hours: number, minutes: number) => {
  const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${day}T${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}:00+08:00`);
};

export const kinds = async (speechId: string) => (await listVersions(speechId)).map((v) => [v.kind, v.name, v.version]);
