import { authed } from "@/lib/http/route";
import { putBackParagraph } from "@/lib/speeches/versions/put-back-paragraph";
import { putBackInput } from "@/lib/speeches/versions/schemas";

/** Puts one paragraph of the version back into the current text ({ baseVersion, row }: the row of the comparison
 * version → current text): 200 with the speech, 409 on a stale version or 定稿. */
export const POST = authed("edit", { body: putBackInput }, async ({ body, user, params }) => ({
  speech: await putBackParagraph({
    speechId: String(params.id),
    versionId: String(params.versionId),
    baseVersion: body.baseVersion,
    row: body.row,
    userId: user.id,
  }),
}));
