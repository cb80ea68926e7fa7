import { authed } from "@/lib/http/route";
import { setSpeechStatusInput } from "@/lib/speeches/schemas";
import { setSpeechStatus } from "@/lib/speeches/set-speech-status";

export const POST = authed("edit", { body: setSpeechStatusInput }, async ({ body, user, params }) => ({
  speech: await setSpeechStatus(String(params.id), user.id, body),
}));
