import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/users/create-user";
import { createTestUser, unique } from "@/lib/testing/factories";

describe("createUser", () => {
  it("creates the user with a hashed password, returns no hash and writes a user.create audit row", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const username = unique("new");
    const user = await createUser({ username, displayName: "李四", password: "pass-word-1", role: "VIEWER" }, admin);
    expect(user).toMatchObject({ username, displayName: "李四", role: "VIEWER", disabled: false, lastLoginAt: null });
    expect(user).not.toHaveProperty("passwordHash");
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain("pass-word-1");
    await expect(verifyPassword("pass-word-1", row.passwordHash)).resolves.toBe(true);
    const audit = await db().auditLog.findMany({ where: { action: "user.create", targetId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: admin.id, targetType: "user", details: { username, role: "VIEWER" } });
  });

  it("refuses a duplicate username with conflict and creates nothing", async () => {
    const existing = await createTestUser();
    const before = await db().user.count({ where: { username: existing.username } });
    const err = await createUser(
      { username: existing.username, displayName: "重复", password: "pass-word-1", role: "EDITOR" },
      null,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("conflict");
    expect((err as AppError).status).toBe(409);
    expect((err as AppError).message).toContain(existing.username);
    expect(await db().user.count({ where: { username: existing.username } })).toBe(before);
  });

  it("works inside a transaction: a rollback leaves neither the user nor the audit row", async () => {
    const username = unique("tx");
    await expect(
      db().$transaction(async (tx) => {
        await createUser({ username, displayName: "事务", password: "pass-word-1", role: "EDITOR" }, null, tx);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db().user.count({ where: { username } })).toBe(0);
    expect(
      await db().auditLog.count({
        where: { action: "user.create", details: { path: ["username"], equals: username } },
      }),
    ).toBe(0);
  });
});
