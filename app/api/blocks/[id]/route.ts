import { getBlockDetail } from "@/lib/blocks/get-block-detail";
import { updateBlockInput } from "@/lib/blocks/schemas";
import { updateBlock } from "@/lib/blocks/update-block";
import { authed } from "@/lib/http/route";

export const GET = authed("read", {}, async ({ user, params }) => getBlockDetail(String(params.id), user.id));

export const PATCH = authed("edit", { body: updateBlockInput }, async ({ body, user, params }) => ({
  block: await updateBlock(String(params.id), user.id, body),
}));
