// The classifier's figure on the real pages through the whole miner, leave one page out: each page of
// ../shared/corpus-real is mined with a classifier trained without it (trainClassifier), and the documents are
// printed as `npm run --silent mine -- --json` prints them, for ../shared/tools/score-mining.mjs:
//   npx tsx scripts/classifier-eval-real.ts > /tmp/lofo.json
//   node ../shared/tools/score-mining.mjs /tmp/lofo.json ../shared/corpus-real/gold
// Skips with a message (exit 0, nothing on stdout) when ../shared/corpus-real is absent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import { toCliDocument, type CliDocument } from "../lib/mining/cli-json";
import { mineDocument } from "../lib/mining/mine-document";
import { loadRealCorpus, REAL_DIR } from "./classifier-real";
import { trainClassifier } from "./classifier-train";

async function main(): Promise<void> {
  const real = existsSync(REAL_DIR) ? loadRealCorpus() : null;
  if (!real) {
    process.stderr.write(`${REAL_DIR} is absent: nothing to evaluate\n`);
    return;
  }
  const known = new Set(DEFAULT_TAXONOMY.map((c) => c.key));
  const documents: CliDocument[] = [];
  for (const file of real.files) {
    const { classifier, settings } = trainClassifier({ excludeRealFiles: [file] });
    const bytes = new Uint8Array(readFileSync(path.join(REAL_DIR, file)));
    const mined = await mineDocument(file, bytes, { knownCategories: known, classifier });
    documents.push(toCliDocument(path.join(REAL_DIR, file), mined));
    process.stderr.write(`${file}: mined with a classifier trained without it (${settings})\n`);
  }
  process.stdout.write(JSON.stringify({ documents }) + "\n");
}

await main();
