import { db, type DbTx } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { hashPassword } from "../auth/password";
import type { CreateUserInput } from "./schemas";

export const publicUserSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  disabled: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

export async function createUser(input: CreateUserInput, actor: { id: string } | null, tx: DbTx = db()) {
  const existing = await tx.user.findUnique({ where: { username: input.username } });
  if (existing) throw new AppError("conflict", `用户名“${input.username}”已被使用，请换一个。`);
  const user = await tx.user.create({
    data: {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
    select: publicUserSelect,
  });
  await writeAudit(
    {
      action: "user.create",
      userId: actor?.id,
      targetType: "user",
      targetId: user.id,
      details: { username: user.username, role: user.role },
    },
    tx,
  );
  return user;
}
