import { authed } from "@/lib/http/route";
import { restoreVersion } from "@/lib/speeches/versions/restore-version";
import { restoreVersionInput } from "@/lib/speeches/versions/schemas";

/** Restores the version as the current text ({ baseVersion }): 200 with the speech, 409 on a stale version or 定稿. */
export const POST = authed("edit", { body: restoreVersionInput }, async ({ body, user, params }) => ({
  speech: await restoreVersion({
    speechId: String(params.id),
    versionId: String(params.versionId),
    baseVersion: body.baseVersion,
    userId: user.id,
  }),
}));
