import { Prisma } from "../db/generated/client";
import { db, type DbTx } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { hashPassword } from "../auth/password";
import { findUserByName, usernameTakenMessage } from "./find-user-by-name";
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
  // User names are unique regardless of case; the index users_username_lower_key settles a race between two.
  const existing = await findUserByName(input.username, tx);
  if (existing) throw new AppError("conflict", usernameTakenMessage(input.username, existing.username));
  const passwordHash = await hashPassword(input.password);
  const user = await tx.user
    .create({
      data: { username: input.username, displayName: input.displayName, role: input.role, passwordHash },
      select: publicUserSelect,
    })
    .catch((err: unknown) => {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
        throw new AppError("conflict", usernameTakenMessage(input.username, input.username));
      }
      throw err;
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
