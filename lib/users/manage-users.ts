// Administrator operations on accounts: list, change role or name, disable, reset password.
import { db } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { clearLocksOfUser } from "../auth/login-throttle";
import { hashPassword } from "../auth/password";
import { deleteSessionsOfUser } from "../auth/sessions";
import { publicUserSelect } from "./create-user";
import type { UpdateUserInput } from "./schemas";

export async function listUsers() {
  return db().user.findMany({ select: publicUserSelect, orderBy: { createdAt: "asc" } });
}

export async function updateUser(id: string, input: UpdateUserInput, actor: { id: string }) {
  const removesAdmin = input.disabled === true || (input.role !== undefined && input.role !== "ADMIN");
  if (id === actor.id && removesAdmin) {
    throw new AppError("forbidden", "不能停用自己或取消自己的管理员角色，请让另一位管理员操作。");
  }
  // Serialised: two administrators disabling each other at once must not leave none.
  const { before, after } = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242002)`;
    const before = await tx.user.findUnique({ where: { id }, select: publicUserSelect });
    if (!before) throw new AppError("not_found", "找不到该用户，可能已被删除。");
    if (before.role === "ADMIN" && !before.disabled && removesAdmin) {
      const admins = await tx.user.count({ where: { role: "ADMIN", disabled: false } });
      if (admins <= 1) throw new AppError("conflict", "至少需要保留一位可用的管理员。");
    }
    const after = await tx.user.update({ where: { id }, data: input, select: publicUserSelect });
    return { before, after };
  });
  if (input.disabled) await deleteSessionsOfUser(id);
  await writeAudit({
    action: input.disabled === true ? "user.disable" : input.disabled === false ? "user.enable" : "user.update",
    userId: actor.id,
    targetType: "user",
    targetId: id,
    details: {
      before: { role: before.role, disabled: before.disabled, displayName: before.displayName },
      change: input,
    },
  });
  return after;
}

export async function resetPassword(id: string, password: string, actor: { id: string }) {
  const user = await db().user.findUnique({ where: { id }, select: { id: true, username: true } });
  if (!user) throw new AppError("not_found", "找不到该用户，可能已被删除。");
  await db().user.update({ where: { id }, data: { passwordHash: await hashPassword(password) } });
  await deleteSessionsOfUser(id); // the old password's sessions end with it
  const locksCleared = await clearLocksOfUser(user.username); // and so do the sign-in waits it caused
  await writeAudit({
    action: "user.reset_password",
    userId: actor.id,
    targetType: "user",
    targetId: id,
    details: { locksCleared },
  });
  if (locksCleared > 0) {
    await writeAudit({
      action: "auth.lock_cleared",
      userId: actor.id,
      username: user.username,
      targetType: "user",
      targetId: id,
      details: { reason: "password_reset", pairs: locksCleared },
    });
  }
}
