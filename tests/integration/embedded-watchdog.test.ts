// Issue 10, item 17: when the embedded PostgreSQL dies, `npm start`'s watchdog starts it again on the same data
// directory and port, the app's own Prisma client (pg pool) drops its broken connections and answers again
// without a restart, and while the database is down a route answers 503 「数据库暂时不可用」, not a raw 500.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { watchEmbeddedPostgres, type Watchdog } from "@/lib/db/watchdog";
import { publicRoute } from "@/lib/http/route";
import { waitFor } from "../support/wait-for";

const holder = globalThis as unknown as { __jgtDb?: PrismaClient };
let saved: PrismaClient | undefined;
let dir = "";
let server: EmbeddedDatabase;
let watchdog: Watchdog | null = null;
const lines: string[] = [];
const gaveUp: string[] = [];

// A route that reads the database through the app's client, as every real route does.
const route = publicRoute({}, async () => {
  const rows = await db().$queryRaw<{ n: number }[]>`SELECT 1::int AS n`;
  return { n: rows[0]!.n };
});
const call = async () => {
  const res = await route(new Request("http://localhost/api/x", { headers: { host: "localhost" } }));
  return { status: res.status, body: (await res.json()) as { n?: number; error?: { code: string; message: string } } };
};

const killPostmaster = async () => {
  const pid = server.pid();
  expect(pid).toBeTypeOf("number");
  process.kill(pid!, "SIGKILL");
  await waitFor("内置数据库进程退出", () => server.pid() === null);
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "jgt-watchdog-"));
  await chmod(dir, 0o755); // as root the server runs as the postgres user, which must reach the data directory
  server = await startEmbeddedPostgres(dir, { persistent: false });
  saved = holder.__jgtDb;
  holder.__jgtDb = createDb(server.url); // the app's client, pointed at this server
}, 60_000);

afterAll(async () => {
  watchdog?.stop();
  await holder.__jgtDb?.$disconnect();
  if (saved) holder.__jgtDb = saved;
  else delete holder.__jgtDb;
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("the embedded database's watchdog", () => {
  it("restarts a killed server on the same port, and the app's client answers again", async () => {
    expect(await call()).toEqual({ status: 200, body: { n: 1 } }); // leaves a pooled connection open
    const port = server.port;
    watchdog = watchEmbeddedPostgres(server, {
      log: (l) => lines.push(l),
      onGiveUp: (m) => gaveUp.push(m),
      retryDelayMs: 50,
      healthIntervalMs: 0,
    });
    await killPostmaster();
    await waitFor("看门狗重新启动数据库", () => watchdog!.restarts() === 1, { timeoutMs: 30_000 });
    expect(server.port).toBe(port);
    expect(server.pid()).toBeTypeOf("number");
    // The pooled connection to the dead server is dropped; a query may meet it once, then succeeds.
    await waitFor("应用重新连上数据库", async () => (await call()).status === 200);
    expect(await db().$queryRaw<{ n: number }[]>`SELECT 2::int AS n`).toEqual([{ n: 2 }]);
    expect(lines.some((l) => /内置数据库意外停止（SIGKILL），正在重新启动/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes(`内置数据库已重新启动（127.0.0.1:${port}）`))).toBe(true);
    expect(gaveUp).toEqual([]);
  }, 60_000);

  it("answers 503 「数据库暂时不可用」 while the database is down, and recovers without a new client", async () => {
    watchdog!.stop(); // this time the outage lasts until the test restarts the server itself
    expect((await call()).status).toBe(200);
    await killPostmaster();
    for (let i = 0; i < 3; i++) {
      const r = await call();
      expect(r.status).toBe(503);
      expect(r.body.error).toEqual({
        code: "unavailable",
        message: "数据库暂时不可用，请稍后重试；如果持续出现，请联系管理员。",
      });
    }
    const err = await db().$queryRaw`SELECT 1`.then(() => null).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(err)).toBe(true);
    await waitFor("手动重新启动数据库", async () => {
      await server.restart().catch(() => undefined); // the dead server's backends may still hold its memory
      return server.pid() !== null;
    });
    expect(await call()).toEqual({ status: 200, body: { n: 1 } });
  }, 60_000);

  it("kills and restarts a server that stops answering its health checks", async () => {
    const frozen = server.pid()!;
    watchdog = watchEmbeddedPostgres(server, {
      log: (l) => lines.push(l),
      onGiveUp: (m) => gaveUp.push(m),
      retryDelayMs: 50,
      healthIntervalMs: 100,
      healthTimeoutMs: 300,
      healthFailures: 2,
    });
    process.kill(frozen, "SIGSTOP"); // still running, answering nothing
    await waitFor("健康检查发现数据库无响应并重新启动", () => watchdog!.restarts() === 1, { timeoutMs: 30_000 });
    expect(server.pid()).not.toBe(frozen);
    expect(lines.some((l) => l.includes("连续 2 次没有响应健康检查"))).toBe(true);
    await waitFor("应用重新连上数据库", async () => (await call()).status === 200);
    expect(gaveUp).toEqual([]);
  }, 60_000);
});
