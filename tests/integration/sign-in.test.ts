import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signIn } from "@/lib/auth/sign-in";
import { wrongPasswordMessage } from "@/lib/auth/login-policy";
import { userForSessionToken } from "@/lib/auth/sessions";
import { createTestUser, unique } from "@/lib/testing/factories";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const randomIp = () => `10.${[...randomBytes(3)].join(".")}`;
const WRONG = wrongPasswordMessage(1); // 用户名或密码不正确，请重新输入（还可再试 4 次…）

async function signInError(input: Parameters<typeof signIn>[0]): Promise<AppError> {
  const err = await signIn(input).then(
    () => new Error("signIn succeeded"),
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw err;
  return err;
}

const failures = (username: string) =>
  db().auditLog.findMany({ where: { action: "auth.login_failed", username }, orderBy: { id: "asc" } });

describe("signIn", () => {
  it("creates a session keyed by the token's SHA-256 and records the login", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const ip = randomIp();
    const result = await signIn({ username: ` ${user.username} `, password: user.password, ip, userAgent: "vitest" });
    expect(result.user).toEqual({ id: user.id, username: user.username, role: "EDITOR" });
    expect(await db().session.findUnique({ where: { id: result.token } })).toBeNull();
    const row = await db().session.findUniqueOrThrow({ where: { id: sha256(result.token) } });
    expect(row).toMatchObject({ userId: user.id, ip, userAgent: "vitest" });
    expect((await userForSessionToken(result.token))?.id).toBe(user.id);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastLoginAt).toBeInstanceOf(Date);
    expect(await db().auditLog.count({ where: { action: "auth.login", userId: user.id, ip } })).toBe(1);
  });

  it("wrong password → unauthenticated, Chinese message, audit row, no session", async () => {
    const user = await createTestUser();
    const ip = randomIp();
    const err = await signInError({ username: user.username, password: "wrong-password", ip });
    expect(err.code).toBe("unauthenticated");
    expect(err.message).toBe(WRONG);
    const rows = await failures(user.username);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: user.id, ip, details: { reason: "wrong_password", failures: 1 } });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("unknown user → the same message, audited with the typed name", async () => {
    const username = unique("nobody");
    const err = await signInError({ username, password: "whatever-123", ip: randomIp() });
    expect(err.code).toBe("unauthenticated");
    expect(err.message).toBe(WRONG);
    const rows = await failures(username);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: null, details: { reason: "unknown_user" } });
  });

  it("disabled user with the right password → forbidden; with a wrong one → unauthenticated", async () => {
    const user = await createTestUser({ disabled: true });
    const ip = randomIp();
    const err = await signInError({ username: user.username, password: user.password, ip });
    expect(err.code).toBe("forbidden");
    expect(err.message).toContain("停用");
    expect((await signInError({ username: user.username, password: "nope-nope", ip })).code).toBe("unauthenticated");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect((await failures(user.username)).map((r) => (r.details as { reason: string }).reason)).toEqual([
      "disabled",
      "wrong_password",
    ]);
  });
});
