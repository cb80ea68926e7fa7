// `npm run bench` runs every benchmark; `npm run --silent bench -- NAME...` runs the named ones.
// Prints one JSON object, a key per benchmark, on stdout; progress goes to stderr.
import { miningBenchmark } from "./mining";
import { searchBenchmark } from "./search";

const BENCHMARKS: Record<string, () => Promise<unknown>> = {
  mining: miningBenchmark,
  search: searchBenchmark,
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const names = wanted.length ? wanted : Object.keys(BENCHMARKS);
  const unknown = names.filter((n) => !BENCHMARKS[n]);
  if (unknown.length) {
    process.stderr.write(`未知的基准测试：${unknown.join(", ")}；可用：${Object.keys(BENCHMARKS).join(", ")}\n`);
    process.exit(2);
  }
  const out: Record<string, unknown> = {};
  for (const name of names) {
    process.stderr.write(`[bench] ${name}…\n`);
    out[name] = await BENCHMARKS[name]!();
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
