import { authed } from "@/lib/http/route";
import { MAX_SAVE_BYTES } from "@/lib/speeches/schemas";
import { keepDiscardedText } from "@/lib/speeches/versions/keep-discarded";
import { keepDiscardedInput } from "@/lib/speeches/versions/schemas";

/** The clerk's unsaved text, kept as a version before the editor takes a newer one ({ baseVersion, title, content }). */
export const POST = authed(
  "edit",
  { body: keepDiscardedInput, maxBodyBytes: MAX_SAVE_BYTES },
  async ({ body, user, params }) => ({ version: await keepDiscardedText(String(params.id), user.id, body) }),
);
