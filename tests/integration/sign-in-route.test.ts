// POST /api/auth/login through the real route handler: parallel attempts against the real database, and which
// address the throttle and the audit log see.
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/auth/login/route";
import { db } from "@/lib/db/client";
import { ADDRESS_MAX_FAILURES, FREE_TRIES } from "@/lib/auth/login-policy";
import { PEER_ENV, PEER_HEADER } from "@/lib/http/client-address";
import { createTestUser, unique } from "@/lib/testing/factories";

const randomIp = () => `10.${[...randomBytes(3)].join(".")}`;

function login(body: { username: string; password: string }, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/auth/login", {
      method: "POST",
      headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

const checked = async (where: { username?: string; ip?: string }) =>
  db().auditLog.count({ where: { action: { in: ["auth.login_failed", "auth.login"] }, ...where } });

const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const k of [PEER_ENV, "TRUST_PROXY"]) saved[k] = process.env[k];
  process.env[PEER_ENV] = "1"; // as scripts/peer-address.mjs does in the server process
  delete process.env.TRUST_PROXY;
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("parallel sign-in attempts", () => {
  it(`40 at once for one account: exactly ${FREE_TRIES} passwords are checked, the rest refused unchecked`, async () => {
    const user = await createTestUser();
    const peer = randomIp();
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login({ username: user.username, password: `wrong-password-${i}` }, { [PEER_HEADER]: peer }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(FREE_TRIES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - FREE_TRIES);
    expect(await checked({ username: user.username })).toBe(FREE_TRIES);
    const refused = (await responses.find((r) => r.status === 429)!.json()) as { error: { message: string } };
    expect(refused.error.message).toContain("登录失败次数过多");

    // Refused attempts did not count: the pair holds the five failures and the first wait.
    const row = await db().loginPairThrottle.findUniqueOrThrow({
      where: { username_address: { username: user.username.toLowerCase(), address: peer } },
    });
    expect(row.failures).toBe(FREE_TRIES);
    expect(row.lockedUntil!.getTime() - row.lastFailureAt!.getTime()).toBe(1000);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("many names at once from one address: the address limit lets exactly its remaining tries through", async () => {
    const peer = randomIp();
    const room = 8;
    await db().loginAddressThrottle.create({
      data: { address: peer, windowStart: new Date(), failures: ADDRESS_MAX_FAILURES - room },
    });
    const names = Array.from({ length: 30 }, () => unique("spray"));
    const responses = await Promise.all(
      names.map((username) => login({ username, password: "wrong-password" }, { [PEER_HEADER]: peer })),
    );
    expect(responses.filter((r) => r.status === 401)).toHaveLength(room);
    expect(responses.filter((r) => r.status === 429)).toHaveLength(30 - room);
    expect(await checked({ ip: peer })).toBe(room);
    const row = await db().loginAddressThrottle.findUniqueOrThrow({ where: { address: peer } });
    expect(row.failures).toBe(ADDRESS_MAX_FAILURES);
  });
});

describe("the client address", () => {
  it("ignores X-Forwarded-For by default: rotating it neither changes the address nor escapes the limit", async () => {
    const user = await createTestUser();
    const peer = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < FREE_TRIES + 1; i++) {
      const xff = i === 0 ? ", x" : `203.0.113.${i}`;
      const res = await login(
        { username: user.username, password: "wrong-password" },
        { [PEER_HEADER]: peer, "x-forwarded-for": xff, "x-real-ip": "198.51.100.1" },
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array<number>(FREE_TRIES).fill(401), 429]);
    const rows = await db().auditLog.findMany({ where: { username: user.username }, select: { ip: true } });
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set([peer]));
  });

  it("honours the proxy's X-Forwarded-For entry with TRUST_PROXY=1, and the client's claims before it not", async () => {
    process.env.TRUST_PROXY = "1";
    const user = await createTestUser();
    const proxy = randomIp();
    const client = randomIp();
    const res = await login(
      { username: user.username, password: user.password },
      { [PEER_HEADER]: proxy, "x-forwarded-for": `6.6.6.6, ${client}` },
    );
    expect(res.status).toBe(200);
    const row = await db().auditLog.findFirstOrThrow({ where: { action: "auth.login", userId: user.id } });
    expect(row.ip).toBe(client);
    const session = await db().session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.ip).toBe(client);
  });

  it("behind a trusted proxy, clients at different addresses have separate tries", async () => {
    process.env.TRUST_PROXY = "1";
    const user = await createTestUser();
    const proxy = randomIp();
    const [a, b] = [randomIp(), randomIp()];
    for (let i = 0; i < FREE_TRIES; i++) {
      await login(
        { username: user.username, password: "wrong-password" },
        { [PEER_HEADER]: proxy, "x-forwarded-for": a },
      );
    }
    const fromA = await login(
      { username: user.username, password: user.password },
      { [PEER_HEADER]: proxy, "x-forwarded-for": a },
    );
    const fromB = await login(
      { username: user.username, password: user.password },
      { [PEER_HEADER]: proxy, "x-forwarded-for": b },
    );
    expect([fromA.status, fromB.status]).toEqual([429, 200]);
  });
});
