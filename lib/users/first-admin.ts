// First run: while no user exists, the setup page (or ADMIN_USERNAME/ADMIN_PASSWORD) creates the administrator.
import { db } from "../db/client";
import { AppError } from "../errors";
import { createUser } from "./create-user";
import { createUserInput } from "./schemas";

export async function needsSetup(): Promise<boolean> {
  return (await db().user.count()) === 0;
}

/** Creates the first administrator; refuses once any user exists. Serialised so two setups cannot race. */
export async function createFirstAdmin(input: { username: string; displayName: string; password: string }) {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242001)`;
    if ((await tx.user.count()) > 0) {
      throw new AppError("conflict", "系统已完成初始化，请直接登录。");
    }
    return createUser({ ...input, role: "ADMIN" }, null, tx);
  });
}

/** Scripted installs and tests: create the administrator from the environment when there is no user yet. */
export async function ensureAdminFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const username = env.ADMIN_USERNAME?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!username || !password) return null;
  if (!(await needsSetup())) return null;
  const parsed = createUserInput.safeParse({
    username,
    password,
    displayName: env.ADMIN_DISPLAY_NAME?.trim() || "管理员",
    role: "ADMIN",
  });
  if (!parsed.success) {
    throw new AppError("invalid_input", `ADMIN_USERNAME / ADMIN_PASSWORD 无效：${parsed.error.issues[0]?.message}`);
  }
  await createFirstAdmin(parsed.data);
  return username;
}
