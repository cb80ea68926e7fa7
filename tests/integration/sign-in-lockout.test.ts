// The lockout policy (lib/auth/login-policy.ts) against the real database, with an injected clock instead of sleeps.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signIn, type SignInInput } from "@/lib/auth/sign-in";
import {
  ADDRESS_MAX_FAILURES,
  ADDRESS_WINDOW_MS,
  FREE_TRIES,
  MAX_WAIT_MS,
  PAIR_MEMORY_MS,
  wrongPasswordMessage,
} from "@/lib/auth/login-policy";
import { resetPassword } from "@/lib/users/manage-users";
import { createTestUser, unique } from "@/lib/testing/factories";

const randomIp = () => `10.${[...randomBytes(3)].join(".")}`;

function clock(start = Date.now()) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

async function attempt(input: SignInInput, now: () => Date): Promise<AppError | "ok"> {
  return signIn(input, now).then(
    () => "ok" as const,
    (e: unknown) => {
      if (e instanceof AppError) return e;
      throw e;
    },
  );
}

const codeOf = (r: AppError | "ok") => (r === "ok" ? "ok" : r.code);
const audits = (action: string, where: { username?: string; ip?: string }) =>
  db().auditLog.findMany({ where: { action, ...where }, orderBy: { id: "asc" } });

describe("lockout per (user name, address)", () => {
  it("five free tries counted down in the message, then waits of 1 s, 2 s … refused unchecked while they run", async () => {
    const user = await createTestUser();
    const ip = randomIp();
    const c = clock();
    const wrong = (i: number) => attempt({ username: user.username, password: `wrong-${i}`, ip }, c.now);

    for (let i = 1; i < FREE_TRIES; i++) {
      const r = await wrong(i);
      expect(codeOf(r)).toBe("unauthenticated");
      expect((r as AppError).message).toContain(`还可再试 ${FREE_TRIES - i} 次`);
    }
    const fifth = (await wrong(FREE_TRIES)) as AppError;
    expect(fifth.message).toBe(wrongPasswordMessage(FREE_TRIES));
    expect(fifth.message).toContain("请等待 1 秒后再试");
    expect(fifth.message).toContain("联系管理员重置密码");

    // While the wait runs even the right password is refused, without a password check (no new failure row).
    const refused = (await attempt({ username: user.username, password: user.password, ip }, c.now)) as AppError;
    expect(refused.code).toBe("rate_limited");
    expect(refused.message).toBe("登录失败次数过多，请等待 1 秒后再试；如果忘记了密码，请联系管理员重置密码。");
    expect(refused.details).toEqual({ retryAfterSeconds: 1 });
    expect(await audits("auth.login_failed", { username: user.username })).toHaveLength(FREE_TRIES);

    c.advance(1000);
    expect(((await wrong(6)) as AppError).message).toContain("请等待 2 秒后再试");
    c.advance(1000);
    expect(codeOf(await wrong(7))).toBe("rate_limited");
    c.advance(1000);
    expect(((await wrong(7)) as AppError).message).toContain("请等待 4 秒后再试");

    const locked = await audits("auth.login_locked", { username: user.username });
    expect(locked.map((a) => a.details)).toEqual([
      { scope: "pair", failures: 5, waitSeconds: 1 },
      { scope: "pair", failures: 6, waitSeconds: 2 },
      { scope: "pair", failures: 7, waitSeconds: 4 },
    ]);
    const throttled = await audits("auth.login_throttled", { username: user.username });
    expect(throttled.map((a) => (a.details as { scope: string }).scope)).toEqual(["pair", "pair"]);

    // After the wait the right password works and the pair starts afresh.
    c.advance(4000);
    expect(await attempt({ username: user.username, password: user.password, ip }, c.now)).toBe("ok");
    expect(((await wrong(8)) as AppError).message).toContain(`还可再试 ${FREE_TRIES - 1} 次`);
  });

  it("the wait is capped at 15 minutes and failures are forgotten a day after the last one", async () => {
    const user = await createTestUser();
    const ip = randomIp();
    const c = clock();
    for (let i = 1; i <= 20; i++) {
      await attempt({ username: user.username, password: "wrong-pass", ip }, c.now);
      c.advance(MAX_WAIT_MS);
    }
    const row = await db().loginPairThrottle.findUniqueOrThrow({
      where: { username_address: { username: user.username.toLowerCase(), address: ip } },
    });
    expect(row.failures).toBe(20);
    expect(row.lockedUntil!.getTime() - row.lastFailureAt!.getTime()).toBe(MAX_WAIT_MS);
    c.advance(PAIR_MEMORY_MS);
    const fresh = (await attempt({ username: user.username, password: "wrong-pass", ip }, c.now)) as AppError;
    expect(fresh.message).toContain(`还可再试 ${FREE_TRIES - 1} 次`);
  });

  it("locks the pair only: the same name from another address, and other names, still sign in", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const ip = randomIp();
    const c = clock();
    for (let i = 0; i < FREE_TRIES; i++) await attempt({ username: user.username, password: "wrong-pass", ip }, c.now);
    expect(codeOf(await attempt({ username: user.username, password: user.password, ip }, c.now))).toBe("rate_limited");
    expect(await attempt({ username: user.username, password: user.password, ip: randomIp() }, c.now)).toBe("ok");
    expect(await attempt({ username: other.username, password: other.password, ip }, c.now)).toBe("ok");
  });

  it("counts the name case-insensitively, so ZhangSan and zhangsan share their tries", async () => {
    const name = unique("CaseName");
    const ip = randomIp();
    const c = clock();
    for (let i = 0; i < FREE_TRIES; i++) {
      const typed = i % 2 ? name.toUpperCase() : name.toLowerCase();
      await attempt({ username: typed, password: "wrong-pass", ip }, c.now);
    }
    expect(codeOf(await attempt({ username: name, password: "wrong-pass", ip }, c.now))).toBe("rate_limited");
  });

  it("an administrator's password reset lifts the user's waits at every address, and says so in the audit log", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const user = await createTestUser();
    const [ip1, ip2] = [randomIp(), randomIp()];
    const c = clock();
    for (const ip of [ip1, ip2]) {
      for (let i = 0; i < FREE_TRIES + 1; i++) {
        await attempt({ username: user.username, password: "wrong-pass", ip }, c.now);
      }
    }
    expect(codeOf(await attempt({ username: user.username, password: user.password, ip: ip1 }, c.now))).toBe(
      "rate_limited",
    );
    await resetPassword(user.id, "brand-new-password", admin);
    expect(await attempt({ username: user.username, password: "brand-new-password", ip: ip1 }, c.now)).toBe("ok");
    expect(await attempt({ username: user.username, password: "brand-new-password", ip: ip2 }, c.now)).toBe("ok");
    const cleared = await db().auditLog.findFirstOrThrow({ where: { action: "auth.lock_cleared", targetId: user.id } });
    expect(cleared).toMatchObject({ userId: admin.id, username: user.username });
    expect(cleared.details).toEqual({ reason: "password_reset", pairs: 2 });
  });
});

describe("the separate, higher limit per address", () => {
  it(`refuses an address after ${ADDRESS_MAX_FAILURES} failures in 15 minutes, except for pairs known there`, async () => {
    expect(ADDRESS_MAX_FAILURES).toBe(100);
    const ip = randomIp();
    const c = clock();
    const regular = await createTestUser();
    const admin = await createTestUser({ role: "ADMIN" });
    const newcomer = await createTestUser();
    expect(await attempt({ username: regular.username, password: regular.password, ip }, c.now)).toBe("ok");
    expect(await attempt({ username: admin.username, password: admin.password, ip }, c.now)).toBe("ok");

    // Several people's failures from one gateway: far more than one pair's free tries, below the address limit.
    for (let i = 0; i < 3 * FREE_TRIES; i++) {
      await attempt({ username: unique("colleague"), password: "wrong-pass", ip }, c.now);
    }
    expect(await attempt({ username: newcomer.username, password: newcomer.password, ip }, c.now)).toBe("ok");

    await db().loginAddressThrottle.update({ where: { address: ip }, data: { failures: ADDRESS_MAX_FAILURES - 1 } });
    expect(codeOf(await attempt({ username: unique("spray"), password: "wrong-pass", ip }, c.now))).toBe(
      "unauthenticated",
    );
    const locked = await audits("auth.login_locked", { ip });
    expect(locked.map((a) => a.details)).toEqual([{ scope: "address", failures: ADDRESS_MAX_FAILURES }]);

    const refused = (await attempt({ username: unique("spray"), password: "wrong-pass", ip }, c.now)) as AppError;
    expect(refused.code).toBe("rate_limited");
    expect(refused.message).toContain("您所在网络地址的登录失败次数过多，请等待 15 分钟后再试");
    const stranger = await createTestUser();
    expect(codeOf(await attempt({ username: stranger.username, password: stranger.password, ip }, c.now))).toBe(
      "rate_limited",
    );
    // People who signed in from this address recently are not locked out by someone else's guessing.
    expect(await attempt({ username: regular.username, password: regular.password, ip }, c.now)).toBe("ok");
    expect(await attempt({ username: admin.username, password: admin.password, ip }, c.now)).toBe("ok");
    // Nor is anyone elsewhere, and the address is free again once its window has passed.
    expect(await attempt({ username: stranger.username, password: stranger.password, ip: randomIp() }, c.now)).toBe(
      "ok",
    );
    c.advance(ADDRESS_WINDOW_MS);
    expect(await attempt({ username: stranger.username, password: stranger.password, ip }, c.now)).toBe("ok");
  });

  it("a success gives its reserved attempt back to the address", async () => {
    const ip = randomIp();
    const c = clock();
    const user = await createTestUser();
    await attempt({ username: unique("x"), password: "wrong-pass", ip }, c.now);
    expect(await attempt({ username: user.username, password: user.password, ip }, c.now)).toBe("ok");
    expect((await db().loginAddressThrottle.findUniqueOrThrow({ where: { address: ip } })).failures).toBe(1);
  });
});
