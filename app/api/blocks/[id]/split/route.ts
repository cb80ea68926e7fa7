import { splitBlockInput } from "@/lib/blocks/schemas";
import { splitBlock } from "@/lib/blocks/split-block";
import { authed } from "@/lib/http/route";

export const POST = authed("edit", { body: splitBlockInput }, async ({ body, user, params }) =>
  splitBlock(String(params.id), user.id, body),
);
