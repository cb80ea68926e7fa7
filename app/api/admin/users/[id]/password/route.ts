import { authed } from "@/lib/http/route";
import { resetPassword } from "@/lib/users/manage-users";
import { resetPasswordInput } from "@/lib/users/schemas";

export const POST = authed("admin", { body: resetPasswordInput }, async ({ body, user, params }) => {
  await resetPassword(String(params.id), body.password, user);
  return { ok: true };
});
