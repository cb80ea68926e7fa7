// Changing one's own password (issue 10, item 13) against the real database: the current password is checked
// under the sign-in throttle, the new one follows the password rule, other sessions end and the current stays.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/me/password/route";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FREE_TRIES } from "@/lib/auth/login-policy";
import { createSession, SESSION_COOKIE, userForSessionToken } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import {
  changeOwnPassword,
  currentPasswordWaitMessage,
  wrongCurrentPasswordMessage,
} from "@/lib/users/change-own-password";
import { createTestUser } from "@/lib/testing/factories";

const randomIp = () => `10.${[...randomBytes(3)].join(".")}`;

function clock(start = Date.now()) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw err;
  return err;
}

const audits = (userId: string, action: string) =>
  db().auditLog.findMany({ where: { userId, action }, orderBy: { id: "asc" } });

describe("changeOwnPassword", () => {
  it("sets the new password, ends the other sessions but keeps the current one, and is audited", async () => {
    const user = await createTestUser({ role: "VIEWER" });
    const current = await createSession(user.id);
    const other = await createSession(user.id);
    const bystander = await createTestUser();
    const theirs = await createSession(bystander.id);
    const ip = randomIp();

    const result = await changeOwnPassword({
      userId: user.id,
      currentPassword: user.password,
      newPassword: "my-new-password-1",
      keepSessionToken: current.token,
      ip,
    });
    expect(result).toEqual({ sessionsEnded: 1 });
    expect(await userForSessionToken(current.token)).not.toBeNull();
    expect(await userForSessionToken(other.token)).toBeNull();
    expect(await userForSessionToken(theirs.token)).not.toBeNull();

    await expect(signIn({ username: user.username, password: user.password, ip })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(signIn({ username: user.username, password: "my-new-password-1", ip })).resolves.toMatchObject({
      user: { id: user.id },
    });
    const [entry] = await audits(user.id, "user.change_password");
    expect(entry).toMatchObject({ targetType: "user", targetId: user.id, ip, details: { sessionsEnded: 1 } });
  });

  it("refuses a new password equal to the current one without counting a failure", async () => {
    const user = await createTestUser();
    const err = await failure(
      changeOwnPassword({ userId: user.id, currentPassword: user.password, newPassword: user.password }),
    );
    expect(err.code).toBe("invalid_input");
    expect(err.message).toBe("新密码不能与当前密码相同，请换一个。");
    expect(await db().loginPairThrottle.count({ where: { username: user.username.toLowerCase() } })).toBe(0);
  });

  it("a wrong current password counts down, then waits are enforced, shared with sign-in at that address", async () => {
    const user = await createTestUser();
    const ip = randomIp();
    const c = clock();
    const change = (currentPassword: string) =>
      changeOwnPassword({ userId: user.id, currentPassword, newPassword: "never-set-password", ip }, c.now);

    for (let i = 1; i < FREE_TRIES; i++) {
      const err = await failure(change(`wrong-${i}`));
      expect(err.code).toBe("invalid_input");
      expect(err.message).toBe(wrongCurrentPasswordMessage(i));
      expect(err.message).toContain(`还可再试 ${FREE_TRIES - i} 次`);
    }
    const last = await failure(change("wrong-last"));
    expect(last.message).toContain("请等待 1 秒后再试");

    // While the wait runs even the right current password is refused unchecked, and sign-in from there too.
    const refused = await failure(change(user.password));
    expect(refused.code).toBe("rate_limited");
    expect(refused.message).toBe(currentPasswordWaitMessage(1000));
    const signInRefused = await failure(signIn({ username: user.username, password: user.password, ip }, c.now));
    expect(signInRefused.code).toBe("rate_limited");

    const failed = await audits(user.id, "user.change_password_failed");
    expect(failed.map((a) => (a.details as { reason: string }).reason)).toEqual([
      ...Array(FREE_TRIES).fill("wrong_password"),
      "throttled",
    ]);
    expect(await audits(user.id, "auth.login_locked")).toHaveLength(1);

    // After the wait the right password works and clears the pair.
    c.advance(1000);
    await expect(change(user.password)).resolves.toEqual({ sessionsEnded: 0 });
    const pair = await db().loginPairThrottle.findUniqueOrThrow({
      where: { username_address: { username: user.username.toLowerCase(), address: ip } },
    });
    expect(pair).toMatchObject({ failures: 0, lockedUntil: null });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toBe(user.passwordHash);
  });
});

describe("POST /api/me/password", () => {
  const post = (cookie: string | null, body: unknown) =>
    POST(
      new Request("http://localhost/api/me/password", {
        method: "POST",
        headers: {
          host: "localhost",
          origin: "http://localhost",
          "content-type": "application/json",
          ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
        },
        body: JSON.stringify(body),
      }),
    );

  it("lets a 只读 user change their own password and keeps the session that asked", async () => {
    const user = await createTestUser({ role: "VIEWER" });
    const mine = await createSession(user.id);
    const elsewhere = await createSession(user.id);
    const res = await post(mine.token, { currentPassword: user.password, newPassword: "viewer-new-pass" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, sessionsEnded: 1 });
    expect(await userForSessionToken(mine.token)).toMatchObject({ id: user.id });
    expect(await userForSessionToken(elsewhere.token)).toBeNull();
  });

  it("answers in Chinese: too short a new password, a wrong current one, no session", async () => {
    const user = await createTestUser();
    const { token } = await createSession(user.id);
    const short = await post(token, { currentPassword: user.password, newPassword: "short" });
    expect(short.status).toBe(400);
    expect((await short.json()).error.message).toBe("新密码至少 8 个字符。");
    const wrong = await post(token, { currentPassword: "not-my-password", newPassword: "long-enough-1" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.message).toBe(wrongCurrentPasswordMessage(1));
    const anonymous = await post(null, { currentPassword: user.password, newPassword: "long-enough-1" });
    expect(anonymous.status).toBe(401);
  });
});
