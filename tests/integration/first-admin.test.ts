// First run needs an EMPTY users table, so this file works in its own database.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { createFirstAdmin, ensureAdminFromEnv, needsSetup } from "@/lib/users/first-admin";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";

let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await useIsolatedDatabase("setup");
});
afterAll(async () => {
  await iso.restore();
});
beforeEach(async () => {
  await db().session.deleteMany();
  await db().user.deleteMany();
});

/** ensureAdminFromEnv takes an env object; Next.js types require NODE_ENV in it, which these tests do not need. */
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

const input = { username: "admin", displayName: "系统管理员", password: "first-admin-pw" };

describe("createFirstAdmin", () => {
  it("creates an ADMIN while no user exists, then refuses with conflict", async () => {
    expect(await needsSetup()).toBe(true);
    const admin = await createFirstAdmin(input);
    expect(admin).toMatchObject({ username: "admin", displayName: "系统管理员", role: "ADMIN", disabled: false });
    expect(await needsSetup()).toBe(false);
    const row = await db().user.findUniqueOrThrow({ where: { id: admin.id } });
    await expect(verifyPassword("first-admin-pw", row.passwordHash)).resolves.toBe(true);
    expect(await db().auditLog.count({ where: { action: "user.create", targetId: admin.id, userId: null } })).toBe(1);

    const err = await createFirstAdmin({ ...input, username: "admin2" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("conflict");
    expect((err as AppError).message).toBe("系统已完成初始化，请直接登录。");
    expect(await db().user.count()).toBe(1);
  });

  it("two concurrent setups: exactly one succeeds, the other gets conflict", async () => {
    const results = await Promise.allSettled([
      createFirstAdmin({ ...input, username: "racer_a" }),
      createFirstAdmin({ ...input, username: "racer_b" }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toBeInstanceOf(AppError);
    expect((failed[0].reason as AppError).code).toBe("conflict");
    expect(await db().user.count()).toBe(1);
    expect(await db().user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("refuses once any user exists, even a non-admin", async () => {
    await db().user.create({ data: { username: "someone", displayName: "某人", passwordHash: "x", role: "VIEWER" } });
    expect(await needsSetup()).toBe(false);
    await expect(createFirstAdmin(input)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("ensureAdminFromEnv", () => {
  it("returns null and creates nothing when ADMIN_USERNAME or ADMIN_PASSWORD is missing", async () => {
    expect(await ensureAdminFromEnv(env({}))).toBeNull();
    expect(await ensureAdminFromEnv(env({ ADMIN_USERNAME: "envadmin" }))).toBeNull();
    expect(await ensureAdminFromEnv(env({ ADMIN_PASSWORD: "env-password-1" }))).toBeNull();
    expect(await ensureAdminFromEnv(env({ ADMIN_USERNAME: "   ", ADMIN_PASSWORD: "env-password-1" }))).toBeNull();
    expect(await db().user.count()).toBe(0);
  });

  it("creates the administrator from the env object when no user exists, only once", async () => {
    const vars = { ADMIN_USERNAME: " envadmin ", ADMIN_PASSWORD: "env-password-1" };
    expect(await ensureAdminFromEnv(env(vars))).toBe("envadmin");
    const admin = await db().user.findUniqueOrThrow({ where: { username: "envadmin" } });
    expect(admin).toMatchObject({ role: "ADMIN", displayName: "管理员", disabled: false });
    await expect(verifyPassword("env-password-1", admin.passwordHash)).resolves.toBe(true);

    expect(await ensureAdminFromEnv(env({ ADMIN_USERNAME: "second", ADMIN_PASSWORD: "env-password-2" }))).toBeNull();
    expect(await db().user.count()).toBe(1);
  });

  it("uses ADMIN_DISPLAY_NAME when given", async () => {
    const vars = { ADMIN_USERNAME: "boss", ADMIN_PASSWORD: "env-password-1", ADMIN_DISPLAY_NAME: "局长" };
    expect(await ensureAdminFromEnv(env(vars))).toBe("boss");
    expect((await db().user.findUniqueOrThrow({ where: { username: "boss" } })).displayName).toBe("局长");
  });

  it("does nothing when a user already exists", async () => {
    await db().user.create({ data: { username: "existing", displayName: "已有", passwordHash: "x" } });
    expect(await ensureAdminFromEnv(env({ ADMIN_USERNAME: "envadmin", ADMIN_PASSWORD: "env-password-1" }))).toBeNull();
    expect(await db().user.findUnique({ where: { username: "envadmin" } })).toBeNull();
  });

  it("rejects a too-short password from the environment and creates nothing", async () => {
    await expect(ensureAdminFromEnv(env({ ADMIN_USERNAME: "envadmin", ADMIN_PASSWORD: "short" }))).rejects.toThrow();
    expect(await db().user.count()).toBe(0);
  });
});
