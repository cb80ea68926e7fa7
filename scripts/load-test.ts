// `npm run load-test`: a 7 MB corpus import while simulated users search (bench/import-scenario.ts), against an
// instance already running on this machine, or, without a URL, against a server of its own on 100,000 generated
// blocks (the import benchmark, bench/import.ts). Prints {"import":{…}} on stdout, progress on stderr.
//
//   LOAD_TEST_PASSWORD=… npm run load-test -- --url http://127.0.0.1:3000 --user zhangsan [--users 20]
//
// Loopback only and bounded: the URL must name this machine, at most 50 users, a baseline of at most 2 minutes
// and at most 30 minutes for the import. Passwords come from the environment, never the command line:
// LOAD_TEST_PASSWORD for the importing account (管理员 or 编辑); the searching users sign in as that account too,
// each with a session of its own, unless LOAD_TEST_READERS names accounts for them (comma-separated, with
// LOAD_TEST_READER_PASSWORD). Against a running instance the file is new text each run (a random seed, unless
// --seed) and the import is undone at the end unless --keep.
import { parseArgs } from "node:util";
import { runImportScenario, type Credentials } from "../bench/import-scenario";
import { bigImportText } from "../lib/testing/big-import-file";

const LIMITS = { users: 50, baselineSeconds: 120, importMinutes: 30 } as const;

const log = (line: string) => process.stderr.write(`[load-test] ${line}\n`);

const USAGE = `用法：LOAD_TEST_PASSWORD=… npm run load-test -- --url http://127.0.0.1:3000 --user 用户名
  [--users 20] [--baseline-seconds 20] [--warmup-seconds 5] [--max-minutes 15] [--seed N] [--keep]
不带 --url：自建数据库（10 万条素材）和服务器，运行导入基准测试。`;

function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

function fail(message: string): never {
  log(message);
  process.exit(2);
}

function bounded(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isFinite(n) || n < min || n > max) fail(`${name} 应在 ${min} 到 ${max} 之间（收到 ${value}）。`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      user: { type: "string" },
      users: { type: "string" },
      "baseline-seconds": { type: "string" },
      "warmup-seconds": { type: "string" },
      "max-minutes": { type: "string" },
      seed: { type: "string" },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const url = values.url ?? process.env.LOAD_TEST_URL;
  if (!url) {
    const { importBenchmark } = await import("../bench/import");
    process.stdout.write(JSON.stringify({ import: await importBenchmark() }) + "\n");
    return;
  }
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    fail(`地址无效：${url}`);
  }
  if (!/^https?:$/.test(base.protocol)) fail(`只支持 http 或 https 地址：${url}`);
  if (!isLoopback(base)) fail(`只对本机（127.0.0.1、localhost、::1）做负载测试，拒绝 ${base.host}。`);
  const username = values.user ?? process.env.LOAD_TEST_USER;
  const password = process.env.LOAD_TEST_PASSWORD;
  if (!username || !password) fail(`请用 --user（或 LOAD_TEST_USER）和 LOAD_TEST_PASSWORD 给出导入账号。\n${USAGE}`);
  const importer: Credentials = { username, password };
  const readerNames = (process.env.LOAD_TEST_READERS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const readerPassword = process.env.LOAD_TEST_READER_PASSWORD ?? password;
  const readers = readerNames.length ? readerNames.map((u) => ({ username: u, password: readerPassword })) : [importer];

  const users = bounded("--users", values.users, 20, 1, LIMITS.users);
  const baselineSeconds = bounded("--baseline-seconds", values["baseline-seconds"], 20, 0, LIMITS.baselineSeconds);
  const warmupSeconds = bounded("--warmup-seconds", values["warmup-seconds"], 5, 0, 60);
  const maxMinutes = bounded("--max-minutes", values["max-minutes"], 15, 1, LIMITS.importMinutes);
  const seed = bounded("--seed", values.seed, Math.floor(Math.random() * 1e9), 0, 2 ** 31);

  const { text, paragraphs } = bigImportText({ seed });
  const bytes = new TextEncoder().encode(text);
  log(`导入文件：${(bytes.length / 1048576).toFixed(2)} MB，约 ${paragraphs} 段（种子 ${seed}）`);
  const figures = await runImportScenario({
    base: base.origin,
    importer,
    readers,
    users,
    warmupSeconds,
    baselineSeconds,
    maxImportSeconds: maxMinutes * 60,
    file: { name: `负载测试-${seed}.txt`, bytes },
    seed,
    undo: !values.keep,
    log,
  });
  process.stdout.write(JSON.stringify({ import: figures }) + "\n");
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`[load-test] ${(err as Error).message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
