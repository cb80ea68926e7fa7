import { authed } from "@/lib/http/route";
import { updateUser } from "@/lib/users/manage-users";
import { updateUserInput } from "@/lib/users/schemas";

export const PATCH = authed("admin", { body: updateUserInput }, async ({ body, user, params }) => ({
  user: await updateUser(String(params.id), body, user),
}));
