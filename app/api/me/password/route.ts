import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { readCookie } from "@/lib/http/cookies";
import { authed } from "@/lib/http/route";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changeOwnPasswordInput } from "@/lib/users/schemas";

// Every signed-in user may change their own password (the current one is checked and throttled in lib/users).
export const POST = authed("read", { body: changeOwnPasswordInput }, async ({ req, user, body, ip }) => ({
  ok: true,
  ...(await changeOwnPassword({ ...body, userId: user.id, ip, keepSessionToken: readCookie(req, SESSION_COOKIE) })),
}));
