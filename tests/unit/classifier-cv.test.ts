// The block classifier's honest figures: nested cross-validation leaving one group out (a sample speech or a real
// page of ../shared/corpus-real, with its headings and sibling paragraphs), settings chosen by an inner loop on the
// other groups only; as `npx tsx scripts/train-classifier.ts` computes and records it (without its stratified
// folds, which the model file does not record), three of its groups recomputed here at random each run. Also checks that the committed model file is exactly
// what the script produces, and that the runtime scores it as training does. Without ../shared/corpus-real the
// figures are the sample's alone and the model-file check is skipped (the model was trained with the pages).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { classProbabilities, loadClassifier, type ClassifierModelJson } from "@/lib/mining/classify";
import { extractFeatures } from "@/lib/mining/classifier-features";
import { CATEGORIES, CORE_CATEGORIES, MODEL_PATH } from "@/scripts/classifier-config";
import {
  gridFor,
  groupSplits,
  nestedCrossValidate,
  runOuterFolds,
  PreparedCache,
  selectCandidate,
  speechesOf,
  speechOf,
} from "@/scripts/classifier-cv";
import { CV_RECORD_PATH, readCvRecord, recordedLofo } from "@/scripts/classifier-cv-record";
import { argmax, predictor } from "@/scripts/classifier-learner";
import { modelJson } from "@/scripts/classifier-model-file";
import { REAL_DIR } from "@/scripts/classifier-real";
import type { CvReport } from "@/scripts/classifier-report";
import { trainFinal, trainingData } from "@/scripts/classifier-train";
import { shippedConfig, shippedModelText } from "@/scripts/train-classifier";

const data = trainingData();
const { items } = data;
const committed = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as ClassifierModelJson;
const committedReal = committed.training.realPages as { sha256: string } | null;
const sameRealPages = (data.real?.sha256 ?? null) === (committedReal?.sha256 ?? null);
if (!data.real) console.warn(`${REAL_DIR} is absent: sample figures only, the model-file check is skipped`);
else if (!sameRealPages) console.warn(`${REAL_DIR} differs from the pages the model learned: model-file check skipped`);

const grid = gridFor(items);
// With the pages the model learned from, the loop's outcome is read from its committed record (minutes of CPU to
// compute), which must be of these very entries; a few groups of it are recomputed below. Otherwise it is computed.
const recorded = sameRealPages ? recordedLofo(items, grid, readCvRecord()) : null;

let report: CvReport;

beforeAll(async () => {
  if (sameRealPages && !recorded)
    throw new Error(`${CV_RECORD_PATH} is not of these entries: run \`npx tsx scripts/train-classifier.ts\``);
  report = await nestedCrossValidate(items, { grid, stratified: false, lofo: recorded ?? undefined });
  const { real, sample } = report.lofo;
  console.log(
    JSON.stringify({
      real: [real.accuracy, real.core_accuracy],
      sample: [sample.accuracy, sample.core_accuracy],
      shipped: report.shipped,
    }),
  );
}, 900_000);

/** A sample speech and two real pages drawn at random (CLASSIFIER_CV_GROUPS="a,b" names them instead). */
function groupsToRecompute(): string[] {
  const named = process.env.CLASSIFIER_CV_GROUPS?.split(",").filter(Boolean);
  if (named?.length) return named;
  const groups = speechesOf(items);
  const draw = (source: string, n: number) => {
    const pool = groups.filter((g) => items.find((it) => speechOf(it) === g)!.source === source);
    return Array.from({ length: n }, () => pool.splice(Math.floor(Math.random() * pool.length), 1)[0]!);
  };
  return [...draw("sample", 1), ...draw("real", 2)];
}

describe("the recorded leave-one-group-out loop", () => {
  it.runIf(recorded)(
    "is what the loop computes now: held-out predictions, the settings chosen and the inner accuracies",
    () => {
      const chosen = new Set(groupsToRecompute());
      console.log(`recomputed groups (CLASSIFIER_CV_GROUPS=${[...chosen].join(",")} to repeat)`);
      const splits = groupSplits(items).filter((s) => chosen.has(s.name));
      expect(splits).toHaveLength(chosen.size);
      const now = runOuterFolds({ items, splits, grid });
      const held = new Set(splits.flatMap((s) => s.testIdx));
      expect(now.predictions).toEqual(recorded!.predictions.filter((p) => held.has(p.index)));
      expect(now.outer).toEqual(recorded!.outer.filter((o) => chosen.has(o.speech)));
    },
    120_000,
  );
});

describe("block classifier, nested leave-one-group-out", () => {
  it("holds out every sample speech and real page once and predicts each entry once", () => {
    const groups = speechesOf(items);
    expect(Object.keys(report.lofo.per_group)).toEqual(groups);
    expect(groups).toHaveLength(10 + (data.real?.files.length ?? 0));
    expect(Object.values(report.lofo.per_group).reduce((a, s) => a + s.n, 0)).toBe(items.length);
    for (const scores of [report.lofo.real, report.lofo.sample]) {
      const rows = CATEGORIES.reduce((a, gold) => a + CATEGORIES.reduce((b, p) => b + scores.confusion[gold][p], 0), 0);
      expect(rows).toBe(scores.all.n);
      expect(CATEGORIES.reduce((a, c) => a + scores.confusion[c][c], 0)).toBe(scores.all.correct);
    }
    expect(report.lofo.sample.all.n).toBe(267);
    expect(report.lofo.real.all.n).toBe(data.real?.items.length ?? 0);
  });

  // Thresholds chosen before the final figures were computed, below the first run's (sample 76.8 % / 82.2 %,
  // real pages 65.7 % / 75.8 %): the real pages are few, so one paragraph moves their figure by a point.
  it("reaches 72% over the ten categories and 80% over the core three on the sample fixture", () => {
    expect(report.lofo.sample.accuracy).toBeGreaterThanOrEqual(0.72);
    expect(report.lofo.sample.core_accuracy).toBeGreaterThanOrEqual(0.8);
    expect(report.lofo.sample.core.n).toBe(items.filter((it) => it.source === "sample" && isCore(it)).length);
  });

  it.runIf(data.real)("reaches 60% over the ten categories and 65% over the core three on the real pages", () => {
    expect(report.lofo.real.accuracy).toBeGreaterThanOrEqual(0.6);
    expect(report.lofo.real.core_accuracy).toBeGreaterThanOrEqual(0.65);
  });

  it("finds the opening of every held-out sample speech", () => {
    expect(report.lofo.sample.per_category["开场"].recall).toBe(1);
    expect(report.lofo.sample.per_category["结尾"].recall).toBeGreaterThanOrEqual(0.75);
  });
});

const isCore = (it: (typeof items)[number]) => CORE_CATEGORIES.includes(it.category);

describe("settings chosen on training groups only", () => {
  it("chooses the same settings whatever the held-out group's labels say", () => {
    const heldOut = speechesOf(items)[3];
    const trainIdx = items.map((_, i) => i).filter((i) => speechOf(items[i]) !== heldOut);
    const grid = gridFor(items).slice(0, 2);
    const scrambled = items.map((it) =>
      speechOf(it) === heldOut ? { ...it, category: CATEGORIES[(CATEGORIES.indexOf(it.category) + 1) % 10] } : it,
    );
    const original = selectCandidate(new PreparedCache(items), trainIdx, grid);
    expect(selectCandidate(new PreparedCache(scrambled), trainIdx, grid)).toEqual(original);
  }, 120_000);
});

describe("the outer loop on worker threads", () => {
  it("gives the same report as one thread", async () => {
    const groups = new Set(speechesOf(items).filter((_, n) => n % 5 === 0));
    const few = items.filter((it) => groups.has(speechOf(it)));
    const grid = gridFor(few).slice(0, 2);
    const [one, two] = await Promise.all([
      nestedCrossValidate(few, { grid, threads: 1 }),
      nestedCrossValidate(few, { grid, threads: 2 }),
    ]);
    expect(two.lofo.per_group).toEqual(one.lofo.per_group);
    expect(two).toEqual(one);
  }, 120_000);
});

describe("the shipped model", () => {
  it.runIf(sameRealPages)(
    "is the model the script trains with the chosen settings",
    async () => {
      // If this fails, the fixture, the pages, the taxonomy or the training code changed: run
      // `npx tsx scripts/train-classifier.ts`.
      expect(await shippedModelText(report, data)).toBe(readFileSync(MODEL_PATH, "utf8"));
    },
    60_000,
  );

  it("keys its weights by feature hash: no text of the pages it learned from", () => {
    expect(Object.keys(committed.weights).every((k) => /^[0-9a-f]{8}$/.test(k))).toBe(true);
    expect(JSON.stringify(committed.training)).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });

  it("is scored by the runtime as by the training code", () => {
    const config = shippedConfig(report, data);
    const model = trainFinal(config, items);
    const runtime = loadClassifier(modelJson(model, config, { real: null, cv: null, settings: "" }));
    const predict = predictor(model);
    for (const it of items) {
      const fromRuntime = classProbabilities(it.block, runtime);
      const fromTraining = predict(extractFeatures(it.block, config.features));
      expect(CATEGORIES[argmax(fromRuntime)]).toBe(CATEGORIES[argmax(fromTraining)]);
      fromRuntime.forEach((v, k) => expect(v).toBeCloseTo(fromTraining[k], 4));
    }
  }, 60_000);
});
