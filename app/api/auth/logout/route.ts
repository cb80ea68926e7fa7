import { writeAudit } from "@/lib/audit/audit-log";
import { deleteSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { clearSessionCookie, readCookie } from "@/lib/http/cookies";
import { authed } from "@/lib/http/route";

export const POST = authed("read", {}, async ({ req, user, ip }) => {
  const token = readCookie(req, SESSION_COOKIE);
  if (token) await deleteSession(token);
  await writeAudit({ action: "auth.logout", userId: user.id, username: user.username, ip });
  return Response.json({ ok: true }, { headers: { "Set-Cookie": clearSessionCookie(req) } });
});
