// Import benchmark (issue 10): a 7 MB corpus file imported while 20 users search, on a library of 100,000
// generated blocks. The world is `npm start`'s: a production build served by `next start` on a free loopback port
// (with scripts/peer-address.mjs), and the import worker (startImportWorker) running in this process, the parent
// of the server, on a fresh database. An editor and 20 只读 users are created here; the scenario itself
// (bench/import-scenario.ts: sign in over HTTP, search, upload, poll) runs in a process of its own, as
// `npm run load-test` against this server, so that the worker's work in this process does not delay the
// clients' clocks. Figures on stdout (JSON), progress and where the time goes on stderr.
//
// BENCH_BLOCKS (default 100,000) and BENCH_IMPORT_USERS (default 20) are for trial runs.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import {
  benchDatabase,
  buildApp,
  log,
  logLoadAtStart,
  machineLoad,
  SIGNALS,
  startServer,
  type Server,
} from "./composer-env";
import { watchRun, type RunWatch } from "./import-diagnostics";
import type { ScenarioFigures } from "./import-scenario";
import { loadGeneratedLibrary } from "./search-library";

const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 100_000);
const USERS = Number(process.env.BENCH_IMPORT_USERS ?? 20);
const WARMUP_SECONDS = 5;
const BASELINE_SECONDS = 20;
const MAX_IMPORT_MINUTES = 15;
/** Seed of the 7 MB file (lib/testing/big-import-file.ts's default) and of the users' queries and pauses */
const SEED = 11;

export async function importBenchmark(): Promise<ScenarioFigures> {
  logLoadAtStart();
  buildApp();
  const database = await benchDatabase("benchimport");
  const { db } = await import("../lib/db/client");
  const { createTestUser, DEFAULT_TEST_PASSWORD } = await import("../lib/testing/factories");
  const { startImportWorker } = await import("../lib/imports/import-worker");
  let server: Server | null = null;
  let worker: Awaited<ReturnType<typeof startImportWorker>> | null = null;
  let watch: RunWatch | null = null;
  let client: ChildProcess | null = null;
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      if (client && client.exitCode === null) client.kill("SIGTERM");
      await server?.stop().catch((e) => log(`停止服务器失败：${(e as Error).message}`));
      await worker?.stop().catch((e) => log(`停止导入任务失败：${(e as Error).message}`));
      await db()
        .$disconnect()
        .catch(() => undefined);
      await database.drop().catch((e) => log(`删除测试数据库失败：${(e as Error).message}`));
    })());
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  for (const sig of SIGNALS) process.on(sig, interrupted);
  try {
    const t = performance.now();
    await loadGeneratedLibrary(BLOCKS);
    log(`素材库：${BLOCKS} 条（${Math.round((performance.now() - t) / 1000)} s）`);
    const editor = await createTestUser({ role: "EDITOR", displayName: "基准测试编辑" });
    const readers = await Promise.all(
      Array.from({ length: USERS }, (_, i) => createTestUser({ role: "VIEWER", displayName: `只读用户${i + 1}` })),
    );
    // Like scripts/start.ts: the worker in this process, then the server as its child.
    worker = await startImportWorker({ url: database.url, log: (s) => log(`[导入任务] ${s}`) });
    server = await startServer(database.url, { peerAddress: true });
    watch = watchRun({
      database: database.name,
      pids: () => ({ "next start": server?.pid, "基准进程（导入任务）": process.pid, 模拟用户: client?.pid }),
      query: <T>(sql: string) => db().$queryRawUnsafe<T[]>(sql),
    });
    const figures = await runClient(
      server.url,
      {
        LOAD_TEST_PASSWORD: DEFAULT_TEST_PASSWORD,
        LOAD_TEST_READERS: readers.map((r) => r.username).join(","),
        LOAD_TEST_READER_PASSWORD: DEFAULT_TEST_PASSWORD,
      },
      editor.username,
      (child) => (client = child),
      (phase) => watch?.phase(phase),
    );
    for (const line of await watch.stop()) log(line);
    watch = null;
    return figures;
  } finally {
    // A failed run still says where the time went.
    if (watch) for (const line of await watch.stop()) log(line);
    await cleanUp();
    log(`结束时机器负载（1 分钟平均）：${machineLoad()}`);
  }
}

/** scripts/load-test.ts against our server, in a process of its own; its phases are read from its progress lines. */
function runClient(
  url: string,
  env: Record<string, string>,
  username: string,
  started: (child: ChildProcess) => void,
  onPhase: (phase: string) => void,
): Promise<ScenarioFigures> {
  const args = [
    ...process.execArgv,
    path.join("scripts", "load-test.ts"),
    ...["--url", url, "--user", username, "--users", String(USERS), "--seed", String(SEED), "--keep"],
    ...["--warmup-seconds", String(WARMUP_SECONDS), "--baseline-seconds", String(BASELINE_SECONDS)],
    ...["--max-minutes", String(MAX_IMPORT_MINUTES)],
  ];
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  started(child);
  // The client bounds the import itself; this bounds everything else (sign-ins, a hung upload).
  const limitMs = (WARMUP_SECONDS + BASELINE_SECONDS + MAX_IMPORT_MINUTES * 60 + 180) * 1000;
  const killer = setTimeout(() => child.kill("SIGKILL"), limitMs);
  let stdout = "";
  let pending = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => {
    process.stderr.write(c);
    pending += c.toString();
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      const m = /阶段：(\w+)/.exec(line);
      if (m) onPhase(m[1]!);
    }
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code, signal) => {
      clearTimeout(killer);
      if (code !== 0) {
        reject(
          new Error(
            signal === "SIGKILL"
              ? `负载测试在 ${Math.round(limitMs / 60_000)} 分钟内没有结束，已终止。`
              : `负载测试失败（退出码 ${code}），见上面的输出。`,
          ),
        );
        return;
      }
      try {
        resolve((JSON.parse(stdout) as { import: ScenarioFigures }).import);
      } catch {
        reject(new Error(`负载测试的输出不是 JSON：${stdout.slice(0, 300)}`));
      }
    });
  });
}
