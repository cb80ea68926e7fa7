import path from "node:path";
import { describe, expect, it } from "vitest";
import { FEATURE_KEYS } from "../lib/mining/noise-line-features";
import { checkModel, probability } from "../lib/mining/noise-model";
import { handWrittenExamples, sampleExamples, train, TRAIN_OPTIONS } from "./noise-training";

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
});
