// The import load scenario, from the client side only (HTTP against a running app, no database access): users
// search the library as clerks do while an editor imports a large corpus file through the real routes. Every
// search is timed from sending the request to having read the whole answer. First the same search load runs
// alone (the baseline), then the file is uploaded, the import closed, and its progress polled until the batch is
// DONE, the searches going on all the while. `npm run load-test` runs it against any loopback instance; the import
// benchmark (bench/import.ts) runs that script against a server of its own.
import { performance } from "node:perf_hooks";
import type { ImportProgress } from "../lib/imports/import-progress";
import { seededRandom } from "../lib/testing/seeded-random";
import { pct, Session } from "./composer-env";
import { generateBlocks } from "./search-corpus";
import { generateSearchCases, searchPath } from "./search-queries";

export type Credentials = { username: string; password: string };

export type ScenarioOptions = {
  base: string;
  /** Signs in once, uploads the file (needs the import permission: 管理员 or 编辑) */
  importer: Credentials;
  /** Simulated user i signs in as readers[i % readers.length], with a session of its own */
  readers: Credentials[];
  users: number;
  warmupSeconds: number;
  baselineSeconds: number;
  /** From the upload's start; past it the run fails */
  maxImportSeconds: number;
  file: { name: string; bytes: Uint8Array };
  seed: number;
  /** Undo the import afterwards (a load test against a library in use should leave it as it was) */
  undo: boolean;
  log: (line: string) => void;
};

export type ScenarioFigures = {
  mb: number;
  paragraphs: number;
  seconds: number;
  search_p95_ms_during: number;
  search_p50_ms_during: number;
  searches: number;
  searches_per_s_during: number;
  search_p95_ms_before: number;
  search_p50_ms_before: number;
  searches_before: number;
  search_errors: number;
  users: number;
};

type Phase = "warmup" | "before" | "during" | "after";
type Sample = { phase: Phase; kind: string; ms: number; ok: boolean };

/**
 * A clerk reads the results between two searches: 2–5 s (20 clerks ask about 6 searches a second together). At
 * 200–500 ms (about 50 a second, every clerk searching non-stop) this 2-core machine saturates before any import
 * (p95 about 0.8–1.3 s); LOAD_THINK_MS=200,500 sets another pause to see that.
 */
const THINK_MS = (process.env.LOAD_THINK_MS ?? "2000,5000").split(",").map(Number) as [number, number];
const REQUEST_TIMEOUT_MS = 30_000;
const POLL_MS = 500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const round = (x: number) => Math.round(x * 10) / 10;

async function timedSearch(session: Session, path: string): Promise<{ ms: number; ok: boolean; error?: string }> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${session.base}${path}`, {
      headers: { Cookie: session.cookie },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await res.text();
    const ms = performance.now() - t0;
    return res.ok ? { ms, ok: true } : { ms, ok: false, error: `${res.status} ${body.slice(0, 200)}` };
  } catch (err) {
    return { ms: performance.now() - t0, ok: false, error: (err as Error).message };
  }
}

export async function runImportScenario(opts: ScenarioOptions): Promise<ScenarioFigures> {
  const { log } = opts;
  log(`登录：导入账号 1 个，检索用户 ${opts.users} 个…`);
  const importer = await Session.signIn(opts.base, opts.importer).catch((err: Error) => {
    const cause = (err.cause as Error | undefined)?.message;
    throw new Error(err.message === "fetch failed" ? `无法连接 ${opts.base}（${cause ?? err.message}）` : err.message);
  });
  const sessions: Session[] = [];
  for (let i = 0; i < opts.users; i++)
    sessions.push(await Session.signIn(opts.base, opts.readers[i % opts.readers.length]!));
  const { categories } = await sessions[0]!.json<{ categories: { id: string }[] }>("GET", "/api/categories");
  const categoryIds = categories.map((c) => c.id);
  // The search benchmark's searches, drawn from the start of the same generated library (same generator, seed).
  const queries = generateSearchCases(200, generateBlocks(2000), categoryIds);

  let phase: Phase = "warmup";
  let stopping = false;
  const samples: Sample[] = [];
  const errors: string[] = [];
  const searcher = async (index: number) => {
    const r = seededRandom(opts.seed * 1000 + index);
    // Users do not start in step: each opens the library at its own moment of the first think time.
    await sleep(r() * THINK_MS[1]);
    for (let n = 0; !stopping; n++) {
      // Every clerk opens the library first; the searches' own mix has the landing view too.
      const q = n === 0 ? null : queries[Math.floor(r() * queries.length)]!;
      const started = phase;
      const res = await timedSearch(sessions[index]!, q ? searchPath(q) : "/api/blocks/search");
      samples.push({
        phase: started,
        kind: q ? q.kind : "landing",
        ms: res.ms,
        ok: res.ok,
      });
      if (res.error && errors.length < 20) errors.push(res.error);
      await sleep(THINK_MS[0] + r() * (THINK_MS[1] - THINK_MS[0]));
    }
  };
  const during = (p: Phase) => samples.filter((s) => s.phase === p && s.ok).map((s) => s.ms);
  const running = Array.from({ length: opts.users }, (_, i) => searcher(i));
  const stopSearchers = async () => {
    stopping = true;
    await Promise.all(running);
  };

  let importId: string | null = null;
  try {
    log(`阶段：warmup（${opts.warmupSeconds} s，不计入）`);
    await sleep(opts.warmupSeconds * 1000);
    phase = "before";
    log(`阶段：before（只有检索，${opts.baselineSeconds} s）`);
    await sleep(opts.baselineSeconds * 1000);
    const before = during("before");
    log(`基线：${before.length} 次检索，p50 ${round(pct(before, 50))} ms，p95 ${round(pct(before, 95))} ms`);

    phase = "during";
    log(`阶段：during（上传 ${(opts.file.bytes.length / 1048576).toFixed(2)} MB 并等待导入完成）`);
    const t0 = performance.now();
    importId = (await importer.json<{ id: string }>("POST", "/api/corpus/imports")).id;
    const form = new FormData();
    form.append("file", new Blob([opts.file.bytes as BlobPart], { type: "text/plain" }), opts.file.name);
    const upload = await fetch(`${opts.base}/api/corpus/imports/${importId}/files`, {
      method: "POST",
      headers: { Cookie: importer.cookie, Origin: opts.base },
      body: form,
    });
    const uploadText = await upload.text();
    if (upload.status !== 202) throw new Error(`上传失败（${upload.status}）：${uploadText.slice(0, 300)}`);
    log(`上传完成：${Math.round(performance.now() - t0)} ms`);
    await importer.json("POST", `/api/corpus/imports/${importId}/finish`);

    let progress: ImportProgress;
    let lastLog = performance.now();
    for (;;) {
      progress = (await importer.json<{ progress: ImportProgress }>("GET", `/api/corpus/imports/${importId}/files`))
        .progress;
      const file = progress.files[0];
      if (progress.status === "DONE") break;
      if (progress.status !== "RUNNING") throw new Error(`导入结束于状态 ${progress.status}：${file?.error ?? ""}`);
      const elapsed = (performance.now() - t0) / 1000;
      if (elapsed > opts.maxImportSeconds) {
        throw new Error(
          `导入在 ${Math.round(opts.maxImportSeconds / 60)} 分钟内没有完成（文件状态 ${file?.status}，` +
            `已入库 ${file?.paragraphsStored ?? 0}/${file?.paragraphsTotal ?? "?"} 段）；测试中止。`,
        );
      }
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        const d = during("during");
        log(
          `${Math.round(elapsed)} s：${file?.status} ${file?.paragraphsStored ?? 0}/${file?.paragraphsTotal ?? "?"} 段；` +
            `检索 ${d.length} 次，p95 ${round(pct(d, 95))} ms`,
        );
      }
      await sleep(POLL_MS);
    }
    const seconds = (performance.now() - t0) / 1000;
    phase = "after";
    const file = progress.files[0]!;
    if (file.status !== "DONE") throw new Error(`文件没有导入（${file.status}）：${file.error ?? "见服务器日志"}`);
    log(`阶段：after（导入完成：${round(seconds)} s，${file.paragraphsTotal} 段）`);
    await stopSearchers();

    const duringMs = during("during");
    const beforeMs = during("before");
    return {
      mb: Math.round((opts.file.bytes.length / 1048576) * 100) / 100,
      paragraphs: file.paragraphsTotal ?? 0,
      seconds: round(seconds),
      search_p95_ms_during: round(pct(duringMs, 95)),
      search_p50_ms_during: round(pct(duringMs, 50)),
      searches: duringMs.length,
      searches_per_s_during: round(duringMs.length / seconds),
      search_p95_ms_before: round(pct(beforeMs, 95)),
      search_p50_ms_before: round(pct(beforeMs, 50)),
      searches_before: beforeMs.length,
      search_errors: samples.filter((s) => !s.ok && s.phase !== "warmup").length,
      users: opts.users,
    };
  } finally {
    await stopSearchers();
    // Also when the run failed: how the searches fared until then.
    breakdown(samples, log);
    if (errors.length)
      log(`检索出错 ${samples.filter((s) => !s.ok).length} 次，例如：${errors.slice(0, 3).join(" | ")}`);
    if (importId && opts.undo) await undo(importer, importId, log);
  }
}

async function undo(importer: Session, importId: string, log: (line: string) => void) {
  const t = performance.now();
  try {
    await importer.json("POST", `/api/corpus/imports/${importId}/undo`);
    log(`已撤销这次导入（${Math.round(performance.now() - t)} ms）`);
  } catch (err) {
    log(`撤销导入失败：${(err as Error).message}；请在“语料”页手动撤销导入 ${importId}`);
  }
}

/** Per query type and phase, on stderr: which searches the import slows down. */
function breakdown(samples: Sample[], log: (line: string) => void) {
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  for (const kind of kinds) {
    const cell = (p: Phase) => {
      const xs = samples.filter((s) => s.kind === kind && s.phase === p && s.ok).map((s) => s.ms);
      return xs.length
        ? `${xs.length} 次 p50 ${round(pct(xs, 50))} p95 ${round(pct(xs, 95))} max ${round(Math.max(...xs))}`
        : "—";
    };
    log(`${kind.padEnd(18)} 导入前 ${cell("before")}；导入中 ${cell("during")}`);
  }
}
