// Training the block classifier in memory: on the sample fixture plus the real pages (less any the caller
// excludes), settings chosen by the inner loop on that data alone. The evaluation calls this to mine each real
// page with a classifier that never saw it:
//   const { classifier } = trainClassifier({ excludeRealFiles: ["05_senlin_fanghuo_qu.txt"] });
//   classifyBlock(block, {}, known, classifier)   or   mineDocument(file, bytes, { classifier })
import { loadClassifier, type BlockClassifier, type ClassifierModelJson } from "../lib/mining/classify";
import type { TrainingConfig } from "./classifier-config";
import { gridFor, PreparedCache, selectCandidate } from "./classifier-cv";
import { fit, prepare } from "./classifier-examples";
import { loadFixture, reconstructBlocks, type LabelledBlock } from "./classifier-fixture";
import type { LinearModel } from "./classifier-learner";
import { modelJson, type TrainingRecord } from "./classifier-model-file";
import { loadRealCorpus, REAL_DIR, type RealCorpus } from "./classifier-real";

export type TrainingData = { items: LabelledBlock[]; real: RealCorpus | null; excluded: string[] };

/** The sample fixture and the real pages (null when absent), less the excluded pages (unknown names throw). */
export function trainingData(excludeRealFiles: string[] = [], realDir = REAL_DIR): TrainingData {
  const sample = reconstructBlocks(loadFixture());
  const real = loadRealCorpus(realDir);
  const unknown = excludeRealFiles.filter((f) => !real?.files.includes(f));
  if (unknown.length) throw new Error(`not among the real pages in ${realDir}: ${unknown.join(", ")}`);
  const excluded = new Set(excludeRealFiles);
  const kept = real?.items.filter((it) => !excluded.has(it.file)) ?? [];
  return { items: [...sample, ...kept], real, excluded: [...excluded].sort() };
}

/** Trains on every entry with the given settings. */
export function trainFinal(config: TrainingConfig, items: LabelledBlock[]): LinearModel {
  return fit(
    prepare(items, config),
    items.map((_, i) => i),
    config,
  );
}

/** The record a model file keeps of its real training pages: their hash and counts, never their text. */
export function realRecord(data: TrainingData): TrainingRecord["real"] {
  if (!data.real) return null;
  return {
    sha256: data.real.sha256,
    pages: data.real.files.length - data.excluded.length,
    paragraphs: data.items.filter((it) => it.source === "real").length,
    excluded: data.excluded,
  };
}

export type TrainOptions = {
  /** Real page file names (as in corpus-real, e.g. "05_….txt") to leave out of training and of the settings' choice. */
  excludeRealFiles?: string[];
  /** Where the real pages are (default ../shared/corpus-real); absent → the sample alone. */
  realDir?: string;
};

export type TrainedClassifier = {
  classifier: BlockClassifier;
  json: ClassifierModelJson;
  /** The candidate the inner loop chose (scripts/classifier-config.ts). */
  settings: string;
  /** False when the real pages were absent and the model learned from the sample alone. */
  usedRealPages: boolean;
};

/** A classifier trained without the excluded real pages, ready for classifyBlock / mineDocument (a few seconds). */
export function trainClassifier(opts: TrainOptions = {}): TrainedClassifier {
  const data = trainingData(opts.excludeRealFiles, opts.realDir);
  const grid = gridFor(data.items);
  const selection = selectCandidate(
    new PreparedCache(data.items),
    data.items.map((_, i) => i),
    grid,
  );
  const { name, config } = grid[selection.chosen];
  const json = modelJson(trainFinal(config, data.items), config, { real: realRecord(data), cv: null, settings: name });
  return { classifier: loadClassifier(json), json, settings: name, usedRealPages: data.real !== null };
}
