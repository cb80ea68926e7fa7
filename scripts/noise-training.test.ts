import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FEATURE_KEYS } from "../lib/mining/noise-line-features";
import { checkModel, probability } from "../lib/mining/noise-model";
import { noiseModelFile, noiseModelPath } from "./noise-model-file";
import { handWrittenExamples, realFiles, sampleExamples, train, TRAIN_OPTIONS } from "./noise-training";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("training the noise model", () => {
  const sample = sampleExamples(ROOT);
  const handWritten = handWrittenExamples(ROOT);

  it("labels lines of the sample corpus and of the hand-written pages, noise and speech both", () => {
    for (const set of [sample, handWritten]) {
      expect(set.filter((e) => e.y === 1).length).toBeGreaterThan(20);
      expect(set.filter((e) => e.y === 0).length).toBeGreaterThan(60);
      for (const e of set) expect(e.x).toHaveLength(FEATURE_KEYS.length);
    }
  });

  it("learns a model that separates the labelled lines, the same weights every time", () => {
    const options = { ...TRAIN_OPTIONS, epochs: 600 };
    const model = train([...sample, ...handWritten], options);
    expect(() => checkModel(model)).not.toThrow();
    expect(train([...sample, ...handWritten], options)).toEqual(model);
    const right = handWritten.filter((e) => (probability(model, e.x) >= model.threshold ? 1 : 0) === e.y);
    expect(right.length / handWritten.length).toBeGreaterThanOrEqual(0.9);
  });

  // The shipped model learned from ../shared/corpus-real too: without those pages training gives another model.
  const realPresent = realFiles(ROOT).length > 0;
  if (!realPresent) console.warn("../shared/corpus-real is absent: the check of the committed noise model is skipped");
  it.runIf(realPresent)(
    "is committed as `npm run train:noise` writes it, so the rules and the model cannot drift apart",
    async () => {
      const { text } = await noiseModelFile(ROOT);
      expect(readFileSync(noiseModelPath(ROOT), "utf8")).toBe(text);
    },
    60_000,
  );
});
