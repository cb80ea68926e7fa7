import { authed } from "@/lib/http/route";
import { deleteSpeech } from "@/lib/speeches/delete-speech";
import { getSpeech } from "@/lib/speeches/get-speech";
import { saveSpeech } from "@/lib/speeches/save-speech";
import { MAX_SAVE_BYTES, saveSpeechInput, updateSpeechMetaInput } from "@/lib/speeches/schemas";
import { updateSpeechMeta } from "@/lib/speeches/update-speech-meta";

export const GET = authed("read", {}, async ({ params }) => ({ speech: await getSpeech(String(params.id)) }));

/** Saves the text: 200 with the SpeechSaved (new version), or 409 with the newer speech in error.details.current. */
export const PUT = authed(
  "edit",
  { body: saveSpeechInput, maxBodyBytes: MAX_SAVE_BYTES },
  async ({ body, user, params }) => saveSpeech({ ...body, id: String(params.id), userId: user.id }),
);

/** Title, meeting, speaker, kind, day: not version-checked (never conflicts with an autosave). */
export const PATCH = authed("edit", { body: updateSpeechMetaInput }, async ({ body, user, params }) => ({
  speech: await updateSpeechMeta(String(params.id), user.id, body),
}));

export const DELETE = authed("edit", {}, async ({ user, params }) => {
  await deleteSpeech(String(params.id), user.id);
  return { ok: true };
});
