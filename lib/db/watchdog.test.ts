// The watchdog's policy (issue 10, item 17), against a stand-in for the embedded server whose process exits and
// restarts are driven by the test; tests/integration/embedded-watchdog.test.ts runs it against a real PostgreSQL.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { waitFor } from "../../tests/support/wait-for";
import type { EmbeddedDatabase } from "./embedded";
import { watchEmbeddedPostgres } from "./watchdog";

/** A port nobody listens on: health checks against it fail at once (connection refused). */
async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

function standIn(port: number, restart: () => Promise<void>) {
  const listeners = new Set<(how: string) => void>();
  const server: EmbeddedDatabase = {
    url: `postgresql://x:y@127.0.0.1:${port}/z`,
    port,
    stop: async () => undefined,
    pid: () => null,
    onExit: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    restart,
  };
  return { server, exit: (how: string) => listeners.forEach((l) => l(how)) };
}

const watch = (
  server: EmbeddedDatabase,
  extra: Parameters<typeof watchEmbeddedPostgres>[1] extends infer O ? Partial<O> : never,
) => {
  const lines: string[] = [];
  const gaveUp: string[] = [];
  const dog = watchEmbeddedPostgres(server, {
    log: (l) => lines.push(l),
    onGiveUp: (m) => gaveUp.push(m),
    retryDelayMs: 0,
    healthIntervalMs: 0,
    ...extra,
  });
  return { dog, lines, gaveUp };
};

describe("watchEmbeddedPostgres", () => {
  it("retries a failed restart and gives up with a clear message after three in a row", async () => {
    let attempts = 0;
    const { server, exit } = standIn(await closedPort(), async () => {
      attempts++;
      throw new Error("端口被占用");
    });
    const { lines, gaveUp } = watch(server, {});
    exit("SIGKILL");
    await waitFor("看门狗放弃", () => gaveUp.length === 1);
    expect(attempts).toBe(3);
    expect(gaveUp[0]).toMatch(/内置数据库连续 3 次重新启动失败，讲稿工坊即将停止/);
    expect(lines.filter((l) => l.includes("重新启动失败（第"))).toHaveLength(3);
    exit("SIGKILL"); // after giving up it stays quiet
    expect(attempts).toBe(3);
  });

  it("restarts after each crash, but gives up when the server keeps dying within the window", async () => {
    let restarts = 0;
    const { server, exit } = standIn(await closedPort(), async () => void restarts++);
    const { dog, gaveUp } = watch(server, {});
    for (let i = 1; i <= 3; i++) {
      exit("SIGSEGV");
      await waitFor(`第 ${i} 次重新启动`, () => dog.restarts() === i);
    }
    expect(gaveUp).toEqual([]);
    exit("SIGSEGV");
    await waitFor("看门狗放弃", () => gaveUp.length === 1);
    expect(gaveUp[0]).toMatch(/秒内意外停止了 4 次/);
    expect(restarts).toBe(3);
  });

  it("restarts a server that fails its health check several times in a row", async () => {
    const { server } = standIn(await closedPort(), async () => undefined);
    const { dog, lines } = watch(server, { healthIntervalMs: 20, healthTimeoutMs: 500, healthFailures: 2 });
    await waitFor("健康检查触发重新启动", () => dog.restarts() === 1);
    dog.stop();
    expect(lines[0]).toMatch(/连续 2 次没有响应健康检查/);
  });
});
