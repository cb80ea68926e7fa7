// Compares the text stages (mineText) with the hand-labelled fixture data/labels/corpus-labels.jsonl:
// per file the speech count, the share of fixture entries reproduced exactly (text + kind + level + speech index)
// and the mismatches. Run: npx tsx scripts/eval-text-pipeline.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { mineText } from "../lib/mining/text-pipeline";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export type FixtureEntry = {
  file: string;
  speech: number;
  kind: "heading" | "paragraph";
  level: number | null;
  text: string;
};
export type FileReport = {
  file: string;
  speeches: number;
  expected: number;
  exact: number;
  missing: FixtureEntry[];
  extra: FixtureEntry[];
};

export function readFixture(root = ROOT): FixtureEntry[] {
  return readFileSync(path.join(root, "data", "labels", "corpus-labels.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FixtureEntry);
}

const key = (e: FixtureEntry) => `${e.speech}|${e.kind}|${e.level ?? "-"}|${e.text}`;

/** Mines each corpus file of the fixture and matches its blocks with the fixture entries (as a multiset). */
export function evaluateCorpus(root = ROOT): FileReport[] {
  const fixture = readFixture(root);
  const files = [...new Set(fixture.map((e) => e.file))].sort();
  return files.map((file) => {
    const { speeches } = mineText(readFileSync(path.join(root, "data", "corpus", file), "utf8"));
    const produced: FixtureEntry[] = speeches.flatMap((s, i) =>
      s.blocks.map((b) => ({ file, speech: i + 1, kind: b.kind, level: b.level, text: b.text })),
    );
    const expected = fixture.filter((e) => e.file === file);
    const pool = new Map<string, number>();
    for (const p of produced) pool.set(key(p), (pool.get(key(p)) ?? 0) + 1);
    const missing: FixtureEntry[] = [];
    for (const e of expected) {
      const n = pool.get(key(e)) ?? 0;
      if (n > 0) pool.set(key(e), n - 1);
      else missing.push(e);
    }
    const extra = produced.filter((p) => {
      const n = pool.get(key(p)) ?? 0;
      if (n > 0) pool.set(key(p), n - 1);
      return n > 0;
    });
    return {
      file,
      speeches: speeches.length,
      expected: expected.length,
      exact: expected.length - missing.length,
      missing,
      extra,
    };
  });
}

function show(e: FixtureEntry): string {
  const t = e.text.length > 70 ? `${e.text.slice(0, 50)}…${e.text.slice(-15)}` : e.text;
  return `s${e.speech} ${e.kind === "heading" ? `h${e.level}` : "p "} ${t}`;
}

function main(): void {
  const reports = evaluateCorpus();
  let exact = 0;
  let expected = 0;
  let extra = 0;
  for (const r of reports) {
    exact += r.exact;
    expected += r.expected;
    extra += r.extra.length;
    console.log(
      `${r.file}: ${r.speeches} 篇讲话，完全一致 ${r.exact}/${r.expected}（${((100 * r.exact) / r.expected).toFixed(1)}%），多出 ${r.extra.length} 块`,
    );
    for (const m of r.missing) console.log(`   期望 ${show(m)}`);
    for (const m of r.extra) console.log(`   产出 ${show(m)}`);
  }
  console.log(`合计：完全一致 ${exact}/${expected}（${((100 * exact) / expected).toFixed(1)}%），多出 ${extra} 块`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
