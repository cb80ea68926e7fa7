import { createBlock } from "@/lib/blocks/create-block";
import { createBlockInput } from "@/lib/blocks/schemas";
import { authed } from "@/lib/http/route";

/** 存为素材: 201 with the new block, or 200 with the block that already has this text. */
export const POST = authed("edit", { body: createBlockInput }, async ({ body, user }) => {
  const result = await createBlock(user.id, body);
  return Response.json(result, { status: result.existing ? 200 : 201 });
});
