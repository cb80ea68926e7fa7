// Leave-one-file-out evaluation of the miner on the hand-labelled real pages (../shared/corpus-real):
// for each page, the noise model and the classifier are trained without that page (sample corpus + the other
// pages), the page is mined with them, and the results, in the shape of `npm run --silent mine -- --json`, are scored by the shared
// scorer (../shared/tools/score-mining.mjs), whose JSON line is printed; the share of the gold titles found (which
// that scorer leaves out) follows on stderr.
//   npm run --silent evaluate:real [-- --out FILE]     FILE keeps the mined JSON (default: a temporary file)
// Skips with a message when ../shared is absent. The pages are read at run time only.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import { isAppError } from "../lib/errors";
import { toCliDocument, type CliDocument } from "../lib/mining/cli-json";
import { decodeDocument } from "../lib/mining/decode-document";
import { mineDecoded } from "../lib/mining/mine-document";
import { withNoiseModel } from "../lib/mining/noise-model";
import {
  handWrittenExamples,
  realDir,
  realExamples,
  realFiles,
  sampleExamples,
  train,
  type Example,
} from "./noise-training";
import { trainClassifier } from "./classifier-train";
import { titlesFound } from "./authored-pages";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCORER = path.resolve(ROOT, "..", "shared", "tools", "score-mining.mjs");

/** Share of the gold titles that a speech of their page carries (the shared scorer leaves titles out). */
function realTitles(documents: CliDocument[]): number {
  const goldDir = path.join(realDir(ROOT), "gold");
  let gold = 0;
  let found = 0;
  for (const f of readdirSync(goldDir).filter((n) => n.endsWith(".json"))) {
    const g = JSON.parse(readFileSync(path.join(goldDir, f), "utf8")) as { file: string; titles?: string[] };
    const doc = documents.find((d) => path.basename(d.file) === g.file);
    const mined = doc && "speeches" in doc ? doc.speeches.map((s) => s.title) : [];
    gold += g.titles?.length ?? 0;
    found += titlesFound(g.titles ?? [], mined);
  }
  return gold ? Math.round((found / gold) * 1000) / 1000 : 1;
}

async function main(): Promise<number> {
  const files = realFiles(ROOT);
  if (!files.length || !existsSync(SCORER)) {
    console.error("跳过：没有找到 ../shared/corpus-real 或 ../shared/tools/score-mining.mjs（评测数据不在本机）。");
    return 0;
  }
  const outArg = process.argv.indexOf("--out");
  const out =
    outArg > 0
      ? path.resolve(process.argv[outArg + 1]!)
      : path.join(mkdtempSync(path.join(os.tmpdir(), "lofo-")), "mined.json");
  const sample = [...sampleExamples(ROOT), ...handWrittenExamples(ROOT)];
  const perFile = new Map<string, Example[]>(files.map((f) => [f, realExamples(ROOT, f)]));
  const known = new Set(DEFAULT_TAXONOMY.map((c) => c.key));
  const documents: CliDocument[] = [];
  for (const file of files) {
    const others = files.filter((f) => f !== file).flatMap((f) => perFile.get(f)!);
    const model = train([...sample, ...others]);
    const { classifier } = trainClassifier({ excludeRealFiles: [file] });
    const full = path.join(realDir(ROOT), file);
    try {
      const bytes = new Uint8Array(readFileSync(full));
      const decoded = await decodeDocument(file, bytes);
      // Synchronous inside withNoiseModel: the model is swapped back as soon as the callback returns.
      const mined = withNoiseModel(model, () => mineDecoded(file, decoded, { knownCategories: known, classifier }));
      documents.push(toCliDocument(full, mined));
    } catch (err) {
      documents.push({ file: full, error: isAppError(err) ? err.message : String(err) });
    }
  }
  writeFileSync(out, JSON.stringify({ documents }) + "\n");
  const scored = spawnSync(process.execPath, [SCORER, out, path.join(realDir(ROOT), "gold")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  process.stdout.write(scored.stdout);
  if (scored.stderr) process.stderr.write(scored.stderr);
  process.stderr.write(`${JSON.stringify({ titles: realTitles(documents) })}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
