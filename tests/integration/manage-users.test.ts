import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, userForSessionToken } from "@/lib/auth/sessions";
import { listUsers, resetPassword, updateUser } from "@/lib/users/manage-users";
import { createTestUser } from "@/lib/testing/factories";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";

async function appError(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw err;
  return err;
}

const auditFor = (targetId: string) =>
  db().auditLog.findMany({ where: { targetType: "user", targetId }, orderBy: { id: "asc" } });

describe("updateUser / resetPassword (shared database)", () => {
  it("changes the role and name and writes a user.update audit row with the previous values", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const target = await createTestUser({ role: "VIEWER", displayName: "王五" });
    const after = await updateUser(target.id, { role: "EDITOR", displayName: "王五（编辑）" }, admin);
    expect(after).toMatchObject({ id: target.id, role: "EDITOR", displayName: "王五（编辑）", disabled: false });
    expect(after).not.toHaveProperty("passwordHash");
    const audit = await auditFor(target.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.update",
      userId: admin.id,
      details: { before: { role: "VIEWER", disabled: false, displayName: "王五" }, change: { role: "EDITOR" } },
    });
  });

  it("disabling ends the user's sessions (user.disable), enabling writes user.enable", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const target = await createTestUser();
    const { token } = await createSession(target.id);
    await updateUser(target.id, { disabled: true }, admin);
    expect(await db().session.count({ where: { userId: target.id } })).toBe(0);
    expect(await userForSessionToken(token)).toBeNull();
    await updateUser(target.id, { disabled: false }, admin);
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).disabled).toBe(false);
    expect((await auditFor(target.id)).map((a) => a.action)).toEqual(["user.disable", "user.enable"]);
  });

  it("refuses to disable yourself (forbidden) and changes nothing", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const err = await appError(updateUser(admin.id, { disabled: true }, admin));
    expect(err.code).toBe("forbidden");
    expect(err.message).toMatch(/不能停用自己/);
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
    expect(await auditFor(admin.id)).toHaveLength(0);
  });

  it("refuses to demote yourself (forbidden) but lets you rename yourself", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    expect((await appError(updateUser(admin.id, { role: "EDITOR" }, admin))).code).toBe("forbidden");
    expect((await appError(updateUser(admin.id, { role: "VIEWER" }, admin))).code).toBe("forbidden");
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    const renamed = await updateUser(admin.id, { displayName: "新名字" }, admin);
    expect(renamed.displayName).toBe("新名字");
  });

  it("unknown user → not_found", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    expect((await appError(updateUser("no-such-user", { displayName: "x" }, admin))).code).toBe("not_found");
    expect((await appError(resetPassword("no-such-user", "new-password-1", admin))).code).toBe("not_found");
  });

  it("resetPassword changes the password, ends the user's sessions and is audited", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const target = await createTestUser();
    const other = await createTestUser();
    const s1 = await createSession(target.id);
    await createSession(target.id);
    const kept = await createSession(other.id);
    await resetPassword(target.id, "brand-new-password", admin);
    const row = await db().user.findUniqueOrThrow({ where: { id: target.id } });
    await expect(verifyPassword("brand-new-password", row.passwordHash)).resolves.toBe(true);
    await expect(verifyPassword(target.password, row.passwordHash)).resolves.toBe(false);
    expect(await db().session.count({ where: { userId: target.id } })).toBe(0);
    expect(await userForSessionToken(s1.token)).toBeNull();
    expect(await userForSessionToken(kept.token)).not.toBeNull();
    const audit = await auditFor(target.id);
    expect(audit.map((a) => [a.action, a.userId])).toEqual([["user.reset_password", admin.id]]);
  });

  it("listUsers returns public fields only", async () => {
    const user = await createTestUser();
    const listed = (await listUsers()).find((u) => u.id === user.id);
    expect(listed).toMatchObject({ username: user.username, role: user.role });
    expect(listed).not.toHaveProperty("passwordHash");
  });
});

describe("the last active administrator (isolated database)", () => {
  let iso: IsolatedDatabase;
  beforeAll(async () => {
    iso = await useIsolatedDatabase("admins");
  });
  afterAll(async () => {
    await iso.restore();
  });

  it("cannot be disabled or demoted; with two admins one may be removed", async () => {
    const a = await createTestUser({ role: "ADMIN" });
    const b = await createTestUser({ role: "ADMIN" });
    expect(await db().user.count()).toBe(2);

    // Two active admins: A may disable B.
    await updateUser(b.id, { disabled: true }, a);

    // A is now the only active admin; a stale request on B's behalf must not remove A.
    const disable = await appError(updateUser(a.id, { disabled: true }, b));
    expect(disable.code).toBe("conflict");
    expect(disable.message).toBe("至少需要保留一位可用的管理员。");
    expect((await appError(updateUser(a.id, { role: "EDITOR" }, b))).code).toBe("conflict");
    expect(await db().user.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      role: "ADMIN",
      disabled: false,
    });

    // Re-enable B: now A can be demoted by B.
    await updateUser(b.id, { disabled: false }, a);
    const demoted = await updateUser(a.id, { role: "VIEWER" }, b);
    expect(demoted.role).toBe("VIEWER");
    expect(await db().user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
  });
});
