// Keeps the embedded PostgreSQL of `npm start` running (issue 10, item 17). When its server process exits
// without being asked to (killed, crashed), or stops answering a periodic health check several times in a row,
// it is started again on the same data directory and port; the app's connection pools drop their broken
// connections and reconnect by themselves, so the app recovers without a restart. When restarts keep failing
// (three in a row), or the server keeps dying (more than three times within a minute), the watchdog gives up and
// the caller stops the app with the message it is handed.
import pg from "pg";
import type { EmbeddedDatabase } from "./embedded";

export type WatchdogOptions = {
  log: (line: string) => void;
  /** Called once when the watchdog gives up; the caller should stop the app with this message. */
  onGiveUp: (message: string) => void;
  /** Failed restarts in a row, and crashes within `windowMs`, that make the watchdog give up. Default 3. */
  maxFailures?: number;
  windowMs?: number;
  /** Pause before each restart attempt (the dead server's backends must exit first). Default 1 s. */
  retryDelayMs?: number;
  /** Health check every this many ms (0: none); after `healthFailures` failures in a row the server is killed
   * and restarted. Defaults 15 s, 5 s timeout, 3 failures. */
  healthIntervalMs?: number;
  healthTimeoutMs?: number;
  healthFailures?: number;
};

export type Watchdog = { stop: () => void; restarts: () => number };

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function healthy(url: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function watchEmbeddedPostgres(server: EmbeddedDatabase, opts: WatchdogOptions): Watchdog {
  const maxFailures = opts.maxFailures ?? 3;
  const windowMs = opts.windowMs ?? 60_000;
  const retryDelayMs = opts.retryDelayMs ?? 1_000;
  const healthIntervalMs = opts.healthIntervalMs ?? 15_000;
  const healthTimeoutMs = opts.healthTimeoutMs ?? 5_000;
  const healthFailures = opts.healthFailures ?? 3;
  let stopped = false;
  let restarting = false;
  let restarts = 0;
  let crashes: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const giveUp = (message: string) => {
    if (stopped) return;
    stop();
    opts.log(message);
    opts.onGiveUp(message);
  };

  const recover = async (reason: string) => {
    if (stopped || restarting) return;
    const now = Date.now();
    crashes = [...crashes.filter((t) => now - t <= windowMs), now];
    if (crashes.length > maxFailures) {
      giveUp(
        `内置数据库在 ${Math.round(windowMs / 1000)} 秒内意外停止了 ${crashes.length} 次，讲稿工坊即将停止。` +
          "请检查磁盘空间（.data/）和上面的日志（设置 DEBUG_PG=1 可看到数据库自己的日志），然后重新运行 npm start。",
      );
      return;
    }
    restarting = true;
    try {
      // A pause first: Ctrl-C reaches the server too, and `npm start` stops the watchdog meanwhile.
      await pause(retryDelayMs);
      if (stopped) return;
      opts.log(`内置数据库意外停止（${reason}），正在重新启动…`);
      for (let failed = 0; ;) {
        try {
          await server.restart();
          restarts++;
          opts.log(`内置数据库已重新启动（127.0.0.1:${server.port}），应用会自动重新连接。`);
          return;
        } catch (err) {
          failed++;
          opts.log(`内置数据库重新启动失败（第 ${failed} 次）：${describe(err)}`);
          if (failed >= maxFailures) {
            giveUp(
              `内置数据库连续 ${failed} 次重新启动失败，讲稿工坊即将停止。` +
                "请检查磁盘空间（.data/）和端口占用，设置 DEBUG_PG=1 可看到数据库自己的日志；然后重新运行 npm start。",
            );
            return;
          }
        }
        await pause(retryDelayMs);
        if (stopped) return;
      }
    } finally {
      restarting = false;
    }
  };

  const unsubscribe = server.onExit((how) => void recover(how));

  let health: NodeJS.Timeout | null = null;
  if (healthIntervalMs > 0) {
    let misses = 0;
    let checking = false;
    health = setInterval(() => {
      if (stopped || restarting || checking) return;
      checking = true;
      void healthy(server.url, healthTimeoutMs)
        .then((ok) => {
          if (stopped || restarting) return;
          misses = ok ? 0 : misses + 1;
          if (misses < healthFailures) return;
          misses = 0;
          opts.log(`内置数据库连续 ${healthFailures} 次没有响应健康检查，正在强制结束并重新启动…`);
          const pid = server.pid();
          if (pid)
            process.kill(pid, "SIGKILL"); // its exit starts the restart
          else void recover("没有响应");
        })
        .finally(() => (checking = false));
    }, healthIntervalMs);
    health.unref();
  }

  function stop() {
    stopped = true;
    unsubscribe();
    if (health) clearInterval(health);
    for (const t of timers) clearTimeout(t);
    timers.clear();
  }

  return { stop, restarts: () => restarts };
}
