// The leave-one-group-out loop's outcome, kept in data/model/block-classifier-cv.json beside the model it reports
// on: per held-out group, the category predicted for each of its entries (one digit, the index in CATEGORIES),
// the settings the inner loop chose and the inner accuracies it chose them by. Numbers only: no text of the pages.
// The loop costs minutes of CPU; the record lets the tests report its figures while they recompute a few groups
// exactly (a change of features, learner, candidates or inner loop moves the inner accuracies of nearly every
// group). `inputs` is a SHA-256 of the entries and the candidates: other inputs, and the record is not theirs.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { CATEGORIES, ROOT, type Candidate } from "./classifier-config";
import type { OuterResult } from "./classifier-cv-workers";
import type { LabelledBlock } from "./classifier-fixture";
import type { OuterFold, Prediction } from "./classifier-report";

export const CV_RECORD_PATH = path.join(ROOT, "data/model/block-classifier-cv.json");

type GroupRecord = { predicted: string; chosen: number; inner: number[] };
export type CvRecord = { method: string; inputs: string; candidates: string[]; groups: Record<string, GroupRecord> };

const groupOf = (it: LabelledBlock) => `${it.file}#${it.speech}`;

/** A SHA-256 of what the loop learns from and chooses among: every entry in order, and the candidates. */
export function cvInputsHash(items: LabelledBlock[], grid: Candidate[]): string {
  const hash = createHash("sha256");
  for (const it of items) hash.update(JSON.stringify([it.file, it.speech, it.source, it.category, it.block]) + "\n");
  hash.update(JSON.stringify(grid));
  return hash.digest("hex");
}

/** The record of a leave-one-group-out loop over `items` (its outer folds in group order). */
export function cvRecord(items: LabelledBlock[], grid: Candidate[], lofo: OuterResult): CvRecord {
  // One digit per prediction: ten categories at most (the taxonomy has ten).
  if (CATEGORIES.length > 10) throw new Error("the CV record holds one digit per category: more than ten categories");
  const predictedOf = new Map(lofo.predictions.map((p) => [p.index, p.predicted]));
  const groups: Record<string, GroupRecord> = {};
  for (const { speech, selection } of lofo.outer) {
    const digits = items.flatMap((it, i) => (groupOf(it) === speech ? [CATEGORIES.indexOf(predictedOf.get(i)!)] : []));
    groups[speech] = { predicted: digits.join(""), chosen: selection.chosen, inner: selection.accuracy };
  }
  return {
    method: "nested leave one group out: scripts/classifier-cv.ts, written by scripts/train-classifier.ts",
    inputs: cvInputsHash(items, grid),
    candidates: grid.map((c) => c.name),
    groups,
  };
}

/** The loop's outcome as the record holds it, or null when the record is absent or of other inputs. */
export function recordedLofo(items: LabelledBlock[], grid: Candidate[], record: CvRecord | null): OuterResult | null {
  if (!record || record.inputs !== cvInputsHash(items, grid)) return null;
  const predictions: Prediction[] = [];
  const outer: OuterFold[] = [];
  for (const [speech, g] of Object.entries(record.groups)) {
    const idx = items.flatMap((it, i) => (groupOf(it) === speech ? [i] : []));
    if (idx.length !== g.predicted.length) return null;
    idx.forEach((index, n) => predictions.push({ index, predicted: CATEGORIES[Number(g.predicted[n])] }));
    outer.push({ speech, selection: { chosen: g.chosen, accuracy: g.inner } });
  }
  return { predictions, outer };
}

export function readCvRecord(file = CV_RECORD_PATH): CvRecord | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as CvRecord) : null;
}

/** The record's file text, laid out by Prettier with the repository's settings. */
export async function cvRecordText(record: CvRecord): Promise<string> {
  const options = (await prettier.resolveConfig(CV_RECORD_PATH)) ?? {};
  return prettier.format(JSON.stringify(record), { ...options, filepath: CV_RECORD_PATH });
}
