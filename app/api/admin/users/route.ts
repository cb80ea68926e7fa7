import { authed } from "@/lib/http/route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/manage-users";
import { createUserInput } from "@/lib/users/schemas";

export const GET = authed("admin", {}, async () => ({ users: await listUsers() }));

export const POST = authed("admin", { body: createUserInput }, async ({ body, user }) =>
  Response.json({ user: await createUser(body, user) }, { status: 201 }),
);
