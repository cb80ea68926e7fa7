import { revertRevision } from "@/lib/blocks/revert-revision";
import { authed } from "@/lib/http/route";

export const POST = authed("edit", {}, async ({ user, params }) => ({
  block: await revertRevision(String(params.id), user.id),
}));
