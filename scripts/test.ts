// `npm test`: typecheck, lint, formatting (Prettier), unit tests, integration tests (real PostgreSQL), end-to-end
// tests (real Chromium against a production build). Every step runs; the command fails if any of them failed.
// The last line is the total, as "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Step = { name: string; cmd: string[]; report?: string; kind?: "vitest" | "playwright" };

const RESULTS = "test-results";
const tsx = path.join("node_modules", "tsx", "dist", "cli.mjs");
const bin = (pkg: string, file: string) => path.join("node_modules", pkg, file);

const steps: Step[] = [
  { name: "类型检查 typecheck", cmd: [bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"] },
  { name: "代码检查 lint", cmd: [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."] },
  { name: "格式检查 format", cmd: [bin("prettier", "bin/prettier.cjs"), "--check", "."] },
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

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.includes(o))) continue;
  console.log(`\n━━━ ${step.name} ━━━`);
  const started = Date.now();
  const r = spawnSync(process.execPath, step.cmd, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const ok = r.status === 0;
  const c = counts(step);
  if (c) {
    passed += c.passed;
    failed += c.failed;
  }
  // A step that failed without reporting failed tests (e.g. typecheck, or a crash) still counts as one failure.
  if (!ok && (!c || c.failed === 0)) failed += 1;
  if (ok && !c) passed += 1;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  summary.push(`${ok ? "✓" : "✗"} ${step.name}${c ? `：${c.passed} 通过，${c.failed} 失败` : ""}（${secs} 秒）`);
}
console.log(`\n━━━ 汇总 ━━━\n${summary.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
