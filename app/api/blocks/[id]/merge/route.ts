import { mergeBlocks } from "@/lib/blocks/merge-blocks";
import { mergeBlockInput } from "@/lib/blocks/schemas";
import { authed } from "@/lib/http/route";

/** Merges the block `absorbedId` INTO this one (this one survives). */
export const POST = authed("edit", { body: mergeBlockInput }, async ({ body, user, params }) =>
  mergeBlocks(String(params.id), body.absorbedId, user.id),
);
