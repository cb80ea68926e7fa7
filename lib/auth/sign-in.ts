// Username/password sign-in with throttling: after too many failures for the same user name or the same
// address in the window, further attempts are refused. Counting from the audit log keeps app servers stateless.
import { db } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { DUMMY_HASH, verifyPassword } from "./password";
import { createSession } from "./sessions";

export const MAX_FAILURES = Number(process.env.LOGIN_MAX_FAILURES ?? 10);
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export type SignInInput = { username: string; password: string; ip?: string | null; userAgent?: string | null };

async function recentFailures(username: string, ip: string | null | undefined): Promise<number> {
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const byName = await db().auditLog.count({
    where: { action: "auth.login_failed", username, at: { gte: since } },
  });
  if (!ip) return byName;
  const byIp = await db().auditLog.count({ where: { action: "auth.login_failed", ip, at: { gte: since } } });
  return Math.max(byName, byIp);
}

export async function signIn(input: SignInInput) {
  const username = input.username.trim();
  if ((await recentFailures(username, input.ip)) >= MAX_FAILURES) {
    await writeAudit({ action: "auth.login_throttled", username, ip: input.ip });
    throw new AppError("rate_limited", "登录失败次数过多，请 15 分钟后再试，或请管理员重置密码。");
  }
  const user = await db().user.findUnique({ where: { username } });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled) {
    await writeAudit({
      action: "auth.login_failed",
      username,
      userId: user?.id,
      ip: input.ip,
      details: { reason: !user ? "unknown_user" : !ok ? "wrong_password" : "disabled" },
    });
    if (user && ok && user.disabled) throw new AppError("forbidden", "该账号已停用，请联系管理员。");
    throw new AppError("unauthenticated", "用户名或密码不正确，请重新输入。");
  }
  const session = await createSession(user.id, { ip: input.ip, userAgent: input.userAgent });
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await writeAudit({ action: "auth.login", userId: user.id, username, ip: input.ip });
  return { ...session, user: { id: user.id, username: user.username, role: user.role } };
}
