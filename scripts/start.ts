// `npm start` (and `npm run dev` with --dev): database (embedded unless DATABASE_URL), migrations, first-run
// seeds, a production build when none is current, then the server. Ctrl-C stops the server and the database.
// The embedded database is watched (lib/db/watchdog.ts): started again when it dies, or the app stops with a
// clear message when it cannot be. The import worker (lib/imports/import-worker.ts) runs in this process, apart
// from the server that answers requests, unless IMPORT_WORKER=off (workers then run as `npm run worker`).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { db } from "../lib/db/client";
import { trustedHops } from "../lib/http/client-address";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { watchEmbeddedPostgres, type Watchdog } from "../lib/db/watchdog";
import { startImportWorker, type ImportWorker } from "../lib/imports/import-worker";
import { prepareInstallation } from "../lib/setup/prepare-installation";
import { needsSetup } from "../lib/users/first-admin";
import { ensureBuild } from "./build";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const log = (s: string) => console.log(`[讲稿工坊] ${s}`);

let embedded: EmbeddedDatabase | null = null;
let watchdog: Watchdog | null = null;
let server: ChildProcess | null = null;
let importWorker: ImportWorker | null = null;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("正在停止…");
  watchdog?.stop();
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => {
      server!.once("exit", r);
      setTimeout(r, 10_000).unref();
    });
  }
  await importWorker?.stop().catch((e) => console.error(e));
  await db()
    .$disconnect()
    .catch(() => undefined);
  if (embedded) {
    await embedded.stop().catch((e) => console.error(e));
    log("内置数据库已停止。");
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const hops = trustedHops(); // a malformed TRUST_PROXY stops here, not at the first sign-in
  if (hops > 0) log(`TRUST_PROXY=${hops}：客户端地址取自 X-Forwarded-For 右起第 ${hops} 项。`);
  if (process.env.DATABASE_URL) {
    log("使用 DATABASE_URL 指定的 PostgreSQL。");
  } else {
    embedded = await startEmbeddedPostgres(path.join(ROOT, ".data"), {
      log: process.env.DEBUG_PG ? (s) => process.stdout.write(`[pg] ${s}`) : undefined,
    });
    process.env.DATABASE_URL = embedded.url;
    log(`未设置 DATABASE_URL：已启动内置 PostgreSQL（127.0.0.1:${embedded.port}，数据保存在 .data/pg）。`);
    watchdog = watchEmbeddedPostgres(embedded, {
      log,
      onGiveUp: (message) => {
        console.error(`[讲稿工坊] ${message}`);
        void shutdown(1);
      },
    });
  }
  const report = await prepareInstallation(process.env.DATABASE_URL!, { root: ROOT });
  if (report.migrationsApplied.length) log(`已应用数据库迁移：${report.migrationsApplied.join("、")}`);
  if (report.categoriesSeeded) log(`已写入默认素材分类 ${report.categoriesSeeded} 个。`);
  if (report.adminCreated) log(`已根据 ADMIN_USERNAME 创建管理员“${report.adminCreated}”。`);
  if (report.sampleDocuments) log(`已导入示例语料 ${report.sampleDocuments} 个文件。`);
  const setupPending = await needsSetup();
  if (process.env.IMPORT_WORKER === "off") {
    log("IMPORT_WORKER=off：本进程不处理导入任务，请另行运行 `npm run worker`。");
  } else {
    importWorker = await startImportWorker({ log });
  }

  if (!dev) ensureBuild(log);
  if (stopping) return;

  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const args = [nextBin, dev ? "dev" : "start", "-p", String(port)];
  if (process.env.HOST) args.push("-H", process.env.HOST);
  // The server learns each request's socket address through scripts/peer-address.mjs (lib/http/client-address.ts).
  const peer = `--import=${pathToFileURL(path.join(ROOT, "scripts", "peer-address.mjs")).href}`;
  const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, peer].filter(Boolean).join(" ") };
  server = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], env });
  let announced = false;
  server.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started server|Local:/i.test(chunk.toString())) {
      announced = true;
      log(`已就绪：http://localhost:${port}`);
      log(
        setupPending
          ? "首次使用：请在浏览器中打开上面的地址，创建管理员账号。"
          : "请用已有账号登录；忘记密码请让管理员在“管理”页重置。",
      );
      log("按 Ctrl-C 停止。");
    }
  });
  server.on("exit", (code) => {
    if (!stopping) {
      log(`服务器已退出（代码 ${code}）。`);
      void shutdown(code ?? 1);
    }
  });
}

main().catch(async (err) => {
  console.error(`[讲稿工坊] 启动失败：${(err as Error).message}`);
  if (process.env.DEBUG) console.error(err);
  await shutdown(1);
});
