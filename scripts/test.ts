// `npm test`: typecheck, lint, formatting (Prettier), unit tests, integration tests (real PostgreSQL), end-to-end
// tests (real Chromium against a production build). Every step runs; the command fails if any of them failed.
// The three checks run at the same time (each is one process on one core; together they take the time of the
// slowest), their output printed step by step once all are done; the e2e build runs during the integration tests. The last line is the total, as "N passed, N failed".
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Step = { name: string; cmd: string[]; report?: string; kind?: "vitest" | "playwright"; check?: true };

const RESULTS = "test-results";
const tsx = path.join("node_modules", "tsx", "dist", "cli.mjs");
const bin = (pkg: string, file: string) => path.join("node_modules", pkg, file);

const steps: Step[] = [
  { name: "类型检查 typecheck", cmd: [bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"], check: true },
  { name: "代码检查 lint", cmd: [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."], check: true },
  { name: "格式检查 format", cmd: [bin("prettier", "bin/prettier.cjs"), "--check", "."], check: true },
  {
    name: "单元测试 unit",
    cmd: [
      bin("vitest", "vitest.mjs"),
      "run",
      "--project",
      "unit",
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${RESULTS}/unit.json`,
    ],
    report: `${RESULTS}/unit.json`,
    kind: "vitest",
  },
  {
    name: "集成测试 integration",
    cmd: [
      bin("vitest", "vitest.mjs"),
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${RESULTS}/integration.json`,
    ],
    report: `${RESULTS}/integration.json`,
    kind: "vitest",
  },
  { name: "端到端测试 e2e", cmd: [tsx, "scripts/e2e.ts"], report: `${RESULTS}/e2e.json`, kind: "playwright" },
];

function counts(step: Step): { passed: number; failed: number } | null {
  if (!step.report || !existsSync(step.report)) return null;
  const data = JSON.parse(readFileSync(step.report, "utf8"));
  if (step.kind === "vitest")
    return { passed: data.numPassedTests ?? 0, failed: (data.numFailedTests ?? 0) + (data.numPendingTests ?? 0) };
  return {
    passed: (data.stats?.expected ?? 0) + (data.stats?.flaky ?? 0),
    failed: (data.stats?.unexpected ?? 0) + (data.stats?.skipped ?? 0),
  };
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
type Outcome = { ok: boolean; secs: string; output?: string };

/** Runs a check with its output kept, to be printed after the others' (they run at the same time). */
function runCheck(step: Step): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.cmd, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const done = (ok: boolean) => resolve({ ok, secs: ((Date.now() - started) / 1000).toFixed(1), output });
    child.once("error", (err) => {
      output += String(err);
      done(false);
    });
    child.once("close", (code) => done(code === 0));
  });
}

/** Runs a step with its output shown as it comes (asynchronously: a build may be running beside it). */
function runStep(step: Step): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.cmd, { stdio: "inherit", env });
    const done = (ok: boolean) => resolve({ ok, secs: ((Date.now() - started) / 1000).toFixed(1) });
    child.once("error", () => done(false));
    child.once("close", (code) => done(code === 0));
  });
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const only = process.argv.slice(2);
const chosen = steps.filter((step) => !only.length || only.some((o) => step.name.includes(o)));
const checks = new Map(
  await Promise.all(chosen.filter((s) => s.check).map(async (s) => [s, await runCheck(s)] as const)),
);
// The end-to-end tests' production build (scripts/build.ts, a minute or two of CPU) runs while the integration tests
// wait on the database; the e2e step then finds it current. Its output is printed under the e2e step.
const E2E = "端到端测试 e2e";
const INTEGRATION = "集成测试 integration";
let build: Promise<Outcome> | null = null;
let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const step of chosen) {
  console.log(`\n━━━ ${step.name} ━━━`);
  if (step.name === INTEGRATION && chosen.some((s) => s.name === E2E))
    build = runCheck({ name: "build", cmd: [tsx, "scripts/build.ts"] });
  if (step.name === E2E && build) {
    const built = await build;
    process.stdout.write(built.output ?? "");
    console.log(`（构建${built.ok ? "完成" : "失败"}，${built.secs} 秒，与集成测试同时进行）`);
  }
  const checked = checks.get(step);
  if (checked?.output) process.stdout.write(checked.output);
  const { ok, secs } = checked ?? (await runStep(step));
  const c = counts(step);
  if (c) {
    passed += c.passed;
    failed += c.failed;
  }
  // A step that failed without reporting failed tests (e.g. typecheck, or a crash) still counts as one failure.
  if (!ok && (!c || c.failed === 0)) failed += 1;
  if (ok && !c) passed += 1;
  summary.push(`${ok ? "✓" : "✗"} ${step.name}${c ? `：${c.passed} 通过，${c.failed} 失败` : ""}（${secs} 秒）`);
}
console.log(`\n━━━ 汇总 ━━━\n${summary.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
