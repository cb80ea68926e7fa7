import { authed } from "@/lib/http/route";
import { deleteOutlineTemplate } from "@/lib/outline-templates/delete-template";

export const DELETE = authed("edit", {}, async ({ user, params }) => {
  await deleteOutlineTemplate(user, String(params.id));
  return { ok: true };
});
