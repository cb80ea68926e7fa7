// Username/password sign-in. Each attempt is first reserved against the lockout policy (lib/auth/login-policy.ts)
// in the database, atomically, and only then is the password checked; a refused attempt never reaches the hash.
import { db } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import {
  ADDRESS_MAX_FAILURES,
  FREE_TRIES,
  UNKNOWN_ADDRESS,
  addressLimitMessage,
  pairWaitMessage,
  waitAfter,
  wrongPasswordMessage,
} from "./login-policy";
import { purgeStaleThrottles, recordSuccess, reserveAttempt } from "./login-throttle";
import { DUMMY_HASH, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { findUserByName } from "../users/find-user-by-name";

export type SignInInput = { username: string; password: string; ip?: string | null; userAgent?: string | null };

/** The clock is injectable so tests can step past a wait instead of sleeping through it. */
export async function signIn(input: SignInInput, now: () => Date = () => new Date()) {
  const username = input.username.trim();
  const ip = input.ip ?? null;
  const address = ip ?? UNKNOWN_ADDRESS;
  const started = now();

  const reservation = await reserveAttempt(username, address, started);
  if (!reservation.ok) {
    const retryAfterSeconds = Math.ceil(reservation.retryAfterMs / 1000);
    await writeAudit({
      action: "auth.login_throttled",
      username,
      ip,
      details: { scope: reservation.scope, retryAfterSeconds },
    });
    const message =
      reservation.scope === "pair"
        ? pairWaitMessage(reservation.retryAfterMs)
        : addressLimitMessage(reservation.retryAfterMs);
    throw new AppError("rate_limited", message, { retryAfterSeconds });
  }

  const user = await findUserByName(username); // in any letter case, as the throttle keys it
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled) {
    const { failures, addressFailures } = reservation;
    await writeAudit({
      action: "auth.login_failed",
      username,
      userId: user?.id,
      ip,
      details: { reason: !user ? "unknown_user" : !ok ? "wrong_password" : "disabled", failures },
    });
    if (failures >= FREE_TRIES) {
      await writeAudit({
        action: "auth.login_locked",
        username,
        userId: user?.id,
        ip,
        details: { scope: "pair", failures, waitSeconds: waitAfter(failures) / 1000 },
      });
    }
    if (addressFailures === ADDRESS_MAX_FAILURES) {
      await writeAudit({ action: "auth.login_locked", ip, details: { scope: "address", failures: addressFailures } });
    }
    if (user && ok && user.disabled) throw new AppError("forbidden", "该账号已停用，请联系管理员。");
    throw new AppError("unauthenticated", wrongPasswordMessage(failures), {
      remainingTries: Math.max(FREE_TRIES - failures, 0),
    });
  }

  await recordSuccess(username, address, reservation, now());
  await purgeStaleThrottles(now());
  const session = await createSession(user.id, { ip, userAgent: input.userAgent });
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await writeAudit({ action: "auth.login", userId: user.id, username, ip });
  return { ...session, user: { id: user.id, username: user.username, role: user.role } };
}
