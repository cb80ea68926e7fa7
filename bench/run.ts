// `npm run bench` runs every benchmark; `npm run --silent bench -- NAME...` runs the named ones.
// Prints one JSON object, a key per benchmark, on stdout; progress goes to stderr. Each benchmark runs in a
// process of its own: they point the process-wide database client at databases of their own.
import { spawnSync } from "node:child_process";
import { composerBenchmark } from "./composer";
import { exportBenchmark } from "./export";
import { importBenchmark } from "./import";
import { miningBenchmark } from "./mining";
import { searchBenchmark } from "./search";

const BENCHMARKS: Record<string, () => Promise<unknown>> = {
  mining: miningBenchmark,
  search: searchBenchmark,
  composer: composerBenchmark,
  export: exportBenchmark,
  import: importBenchmark,
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const names = wanted.length ? wanted : Object.keys(BENCHMARKS);
  const unknown = names.filter((n) => !BENCHMARKS[n]);
  if (unknown.length) {
    process.stderr.write(`未知的基准测试：${unknown.join(", ")}；可用：${Object.keys(BENCHMARKS).join(", ")}\n`);
    process.exit(2);
  }
  if (names.length === 1) {
    process.stderr.write(`[bench] ${names[0]}…\n`);
    process.stdout.write(JSON.stringify({ [names[0]!]: await BENCHMARKS[names[0]!]!() }) + "\n");
    return;
  }
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, name], {
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(`基准测试 ${name} 失败（退出码 ${child.status}）`);
    Object.assign(out, JSON.parse(child.stdout));
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
