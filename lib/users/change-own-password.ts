// A signed-in user changes their own password. The current password is checked first, and that check shares the
// sign-in throttle (lib/auth/login-throttle.ts) for the pair (user name, address): it is the same secret being
// guessed, so someone holding an unlocked session gets no separate, unlimited budget of guesses. Wrong answers
// here count as sign-in failures of that pair (progressive waits after FREE_TRIES), a right one clears the pair.
// On success every OTHER session of the user ends; the one making the change stays signed in.
import { db } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { FREE_TRIES, UNKNOWN_ADDRESS, formatWait, waitAfter } from "../auth/login-policy";
import { recordSuccess, reserveAttempt } from "../auth/login-throttle";
import { hashPassword, verifyPassword } from "../auth/password";
import { deleteOtherSessionsOfUser } from "../auth/sessions";
import type { ChangeOwnPasswordInput } from "./schemas";

export type ChangeOwnPasswordRequest = ChangeOwnPasswordInput & {
  userId: string;
  /** The session token of the request making the change: that session is kept. */
  keepSessionToken?: string | null;
  ip?: string | null;
};

const FORGOT = "如果忘记了当前密码，请联系管理员重置密码";

export function wrongCurrentPasswordMessage(failures: number): string {
  const left = FREE_TRIES - failures;
  if (left > 0) return `当前密码不正确，请重新输入（还可再试 ${left} 次，之后每次输错都要等待更久才能再试）。`;
  return `当前密码不正确。输错次数过多，请等待 ${formatWait(waitAfter(failures))}后再试；${FORGOT}。`;
}

export const currentPasswordWaitMessage = (retryAfterMs: number) =>
  `当前密码输错次数过多，请等待 ${formatWait(retryAfterMs)}后再试；${FORGOT}。`;

export async function changeOwnPassword(req: ChangeOwnPasswordRequest, now: () => Date = () => new Date()) {
  if (req.newPassword === req.currentPassword) {
    throw new AppError("invalid_input", "新密码不能与当前密码相同，请换一个。");
  }
  const user = await db().user.findUnique({ where: { id: req.userId } });
  if (!user || user.disabled) throw new AppError("unauthenticated", "请先登录。");
  const ip = req.ip ?? null;
  const address = ip ?? UNKNOWN_ADDRESS;
  const audit = { userId: user.id, username: user.username, ip, targetType: "user", targetId: user.id };

  const reservation = await reserveAttempt(user.username, address, now());
  if (!reservation.ok) {
    const retryAfterSeconds = Math.ceil(reservation.retryAfterMs / 1000);
    await writeAudit({
      ...audit,
      action: "user.change_password_failed",
      details: { reason: "throttled", scope: reservation.scope, retryAfterSeconds },
    });
    throw new AppError("rate_limited", currentPasswordWaitMessage(reservation.retryAfterMs), { retryAfterSeconds });
  }
  if (!(await verifyPassword(req.currentPassword, user.passwordHash))) {
    const { failures } = reservation;
    await writeAudit({
      ...audit,
      action: "user.change_password_failed",
      details: { reason: "wrong_password", failures },
    });
    if (failures >= FREE_TRIES) {
      await writeAudit({
        ...audit,
        action: "auth.login_locked",
        details: { scope: "pair", failures, waitSeconds: waitAfter(failures) / 1000, via: "password_change" },
      });
    }
    throw new AppError("invalid_input", wrongCurrentPasswordMessage(failures), {
      remainingTries: Math.max(FREE_TRIES - failures, 0),
    });
  }
  await recordSuccess(user.username, address, reservation, now());

  await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(req.newPassword) } });
  const sessionsEnded = await deleteOtherSessionsOfUser(user.id, req.keepSessionToken);
  await writeAudit({ ...audit, action: "user.change_password", details: { sessionsEnded } });
  return { sessionsEnded };
}
