import { authed } from "@/lib/http/route";
import { createNamedVersion } from "@/lib/speeches/versions/create-named-version";
import { listVersions } from "@/lib/speeches/versions/list-versions";
import { createVersionInput } from "@/lib/speeches/versions/schemas";

/** The speech's versions, newest first. */
export const GET = authed("read", {}, async ({ params }) => ({ versions: await listVersions(String(params.id)) }));

/** A named version ({ name, note? }) of the stored text. */
export const POST = authed("edit", { body: createVersionInput }, async ({ body, user, params }) => ({
  version: await createNamedVersion(String(params.id), user.id, body),
}));
