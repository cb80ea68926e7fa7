// User names are unique regardless of letter case (issue 10, item 13): refused in Chinese by createUser, enforced
// by the database (also under a race), signed in with any case; the migration keeps accounts that already clash.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { AppError } from "@/lib/errors";
import { signIn } from "@/lib/auth/sign-in";
import { createUser } from "@/lib/users/create-user";
import { createTestUser, unique } from "@/lib/testing/factories";
import { useIsolatedDatabase } from "../support/isolated-database";

const input = (username: string) => ({
  username,
  displayName: "张三",
  password: "pass-word-1",
  role: "EDITOR" as const,
});
const lowerCount = (name: string) =>
  db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM users WHERE lower(username) = lower(${name})`;

describe("user names differing only by case", () => {
  it("createUser refuses ZhangSan when zhangsan exists, naming the existing spelling", async () => {
    const base = unique("zhangsan");
    await createUser(input(base), null);
    const variant = base.replace("zhangsan", "ZhangSan");
    const err = await createUser(input(variant), null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "conflict" });
    expect((err as AppError).message).toBe(
      `用户名“${variant}”与已有的“${base}”只差大小写，用户名不区分大小写，请换一个。`,
    );
    expect((await lowerCount(base))[0]!.n).toBe(1);
  });

  it("the database refuses the second spelling even when the check is bypassed", async () => {
    const base = unique("lisi");
    await createTestUser({ username: base });
    await expect(createTestUser({ username: base.toUpperCase() })).rejects.toMatchObject({ code: "P2002" });
  });

  it("two parallel creations of one name in two cases: exactly one succeeds, the other is told in Chinese", async () => {
    const base = unique("wangwu");
    const results = await Promise.allSettled([
      createUser(input(base), null),
      createUser(input(base.toUpperCase()), null),
      createUser(input(base.replace("w", "W")), null),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
      expect(((r as PromiseRejectedResult).reason as AppError).message).toMatch(/用户名“.+”.*请换一个。/);
    }
    expect((await lowerCount(base))[0]!.n).toBe(1);
  });

  it("sign-in accepts the name in any letter case", async () => {
    const user = await createTestUser({ username: unique("ZhaoLiu") });
    const session = await signIn({ username: user.username.toLowerCase(), password: user.password, ip: "10.9.9.9" });
    expect(session.user).toMatchObject({ id: user.id, username: user.username });
  });
});

describe("the migration that adds the rule", () => {
  it("keeps accounts that already clash (each signs in with its own spelling), records them, blocks new ones", async () => {
    const all = (await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const rule = all.find((n) => n.endsWith("_username_case_insensitive"))!;
    const dir = await mkdtemp(path.join(os.tmpdir(), "jgt-mig-"));
    await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
    for (const name of all.filter((n) => n >= rule)) await rm(path.join(dir, name), { recursive: true });
    const iso = await useIsolatedDatabase("ucase");
    try {
      await iso.wipe();
      await applyMigrations(iso.url, dir);
      const older = await createTestUser({ username: "zhangsan", password: "older-password" });
      await db().user.update({ where: { id: older.id }, data: { createdAt: new Date(Date.UTC(2025, 0, 1)) } });
      const newer = await createTestUser({ username: "ZhangSan", password: "newer-password" });
      const other = await createTestUser({ username: "lisi" });

      await applyMigrations(iso.url, path.join(process.cwd(), "prisma", "migrations"));

      expect(await db().user.count()).toBe(3);
      const clashes = await db().auditLog.findMany({ where: { action: "user.case_clash" } });
      expect(clashes).toHaveLength(1);
      expect(clashes[0]).toMatchObject({
        targetType: "user",
        targetId: newer.id,
        details: { username: "ZhangSan", sameAs: "zhangsan" },
      });
      const exact = await signIn({ username: "ZhangSan", password: "newer-password", ip: "10.1.1.1" });
      expect(exact.user.id).toBe(newer.id);
      const lower = await signIn({ username: "zhangsan", password: "older-password", ip: "10.1.1.1" });
      expect(lower.user.id).toBe(older.id);
      const other1 = await signIn({ username: "ZHANGSAN", password: "older-password", ip: "10.1.1.2" });
      expect(other1.user.id).toBe(older.id);

      await expect(createTestUser({ username: "ZHANGSAN" })).rejects.toMatchObject({ code: "P2002" });
      await expect(createTestUser({ username: "LiSi" })).rejects.toMatchObject({ code: "P2002" });
      await expect(createUser(input("zhangSAN"), null)).rejects.toMatchObject({ code: "conflict" });
      expect(other.username).toBe("lisi");
    } finally {
      await iso.restore();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
