// Labelled lines for the learned noise model and its training (logistic regression, batch gradient descent with
// an L2 penalty; deterministic: same inputs, same weights). Used by scripts/train-noise-model.ts and
// scripts/evaluate-real-pages.ts.
//   Sample corpus (data/corpus + data/labels/corpus-labels.jsonl): a line the rules remove is noise (the unit
//   tests hold the rules to that); a kept line that is part of a labelled block, a title or a salutation is not.
//   Real pages (../shared/corpus-real + gold, read at run time only): a line covered by the gold noise strings is
//   noise; a line whose text is in the gold titles, headings or paragraphs, or a salutation, is not.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js/t2cn";
import { decodeText } from "../lib/mining/decode-text";
import { repairScript } from "../lib/mining/decode-script";
import { ruleVerdicts } from "../lib/mining/noise-rule-verdicts";
import { docContext, FEATURE_KEYS, lineFeatures, MAX_LINE } from "../lib/mining/noise-line-features";
import type { NoiseModel } from "../lib/mining/noise-model";
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine } from "../lib/mining/outline-patterns";
import { normaliseLines } from "../lib/mining/text-pipeline";
import type { SourceLine } from "../lib/mining/types";

export type Example = { file: string; text: string; x: number[]; y: 0 | 1 };

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
/** The shared scorer's comparison form: NFKC, Simplified, letters and digits only. */
export const norm = (s: string) =>
  toSimplified((s || "").normalize("NFKC")).replace(/[^\p{Script=Han}\p{L}\p{N}×*]/gu, "");

/** The lines as the model sees them (decoded, script repaired, normalised, inline noise cut) and the rules' verdicts. */
export function modelLines(bytes: Uint8Array) {
  const { text } = decodeText(bytes);
  const lines: SourceLine[] = text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, lineNo: i + 1 }));
  const { lines: seen, texts, verdict } = ruleVerdicts(normaliseLines(repairScript(lines).lines));
  return { lineNos: seen.map((l) => l.lineNo), texts, verdict };
}

type Label = (t: string, ruled: boolean, lineNo: number) => 0 | 1 | null;

function examplesOf(file: string, bytes: Uint8Array, label: Label): Example[] {
  const { lineNos, texts, verdict } = modelLines(bytes);
  const doc = docContext(texts);
  const out: Example[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t || t.length > MAX_LINE) continue;
    const y = label(t, !!verdict[i], lineNos[i]!);
    if (y !== null) out.push({ file, text: t, x: lineFeatures(doc, i), y });
  }
  return out;
}

const isFrame = (t: string) => isTitleLine(t) || isSalutation(t) || !!dateOfLine(t) || isSpeakerLine(t);

export function sampleExamples(root: string): Example[] {
  const fixture = readFileSync(path.join(root, "data/labels/corpus-labels.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; text: string });
  const files = [...new Set(fixture.map((e) => e.file))].sort();
  return files.flatMap((file) => {
    const blocks = norm(
      fixture
        .filter((e) => e.file === file)
        .map((e) => e.text)
        .join("|"),
    );
    const bytes = new Uint8Array(readFileSync(path.join(root, "data/corpus", file)));
    return examplesOf(file, bytes, (t, ruled) => {
      if (ruled) return 1;
      const c = norm(t);
      return (c.length >= 4 && blocks.includes(c)) || isFrame(t) ? 0 : null;
    });
  });
}

/** data/labels/noise-pages.txt: hand-written pages, "- " noise, "+ " speech, "  " unlabelled (see its header). */
export function handWrittenExamples(root: string): Example[] {
  const text = readFileSync(path.join(root, "data/labels/noise-pages.txt"), "utf8");
  const pages: { name: string; lines: string[]; labels: (0 | 1 | null)[] }[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || !line.trim()) continue;
    if (line.startsWith("=== ")) {
      pages.push({ name: line.slice(4).trim(), lines: [], labels: [] });
      continue;
    }
    const page = pages[pages.length - 1]!;
    page.lines.push(line.slice(2));
    page.labels.push(line[0] === "-" ? 1 : line[0] === "+" ? 0 : null);
  }
  return pages.flatMap((p) =>
    examplesOf(
      `noise-pages:${p.name}`,
      new TextEncoder().encode(p.lines.join("\n")),
      (_t, _ruled, lineNo) => p.labels[lineNo - 1] ?? null,
    ),
  );
}

type Gold = {
  file: string;
  titles: string[];
  headings: { text: string }[];
  paragraphs: { text: string }[];
  noise: string[];
};

export const realDir = (root: string) => path.resolve(root, "..", "shared", "corpus-real");

export function realFiles(root: string): string[] {
  const dir = realDir(root);
  if (!existsSync(path.join(dir, "gold"))) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

function windowsFound(c: string, content: string): number {
  let w = 0;
  let hit = 0;
  for (let i = 0; i + 4 <= c.length; i += 2) {
    w++;
    if (content.includes(c.slice(i, i + 4))) hit++;
  }
  return w ? hit / w : content.includes(c) ? 1 : 0;
}

export function realExamples(root: string, file: string): Example[] {
  const dir = realDir(root);
  const gold = JSON.parse(readFileSync(path.join(dir, "gold", file.replace(/\.txt$/, ".json")), "utf8")) as Gold;
  const noise = gold.noise
    .map(norm)
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length);
  const content = norm(
    [...gold.titles, ...gold.headings.map((h) => h.text), ...gold.paragraphs.map((p) => p.text)].join("|"),
  );
  const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
  return examplesOf(file, bytes, (t) => {
    const c = norm(t);
    if (c.length < 2) return null;
    let rest = c;
    for (const n of noise) if (rest.includes(n)) rest = rest.split(n).join("");
    if (rest.length <= c.length * 0.2) return 1;
    if (isSalutation(t)) return 0;
    return rest.length >= 4 && windowsFound(rest, content) >= 0.6 ? 0 : null;
  });
}

export type TrainOptions = { epochs: number; rate: number; l2: number; threshold: number; positiveWeight: number };
export const TRAIN_OPTIONS: TrainOptions = { epochs: 1500, rate: 0.5, l2: 0.001, threshold: 0.5, positiveWeight: 2 };

export function train(examples: Example[], o: TrainOptions = TRAIN_OPTIONS): NoiseModel {
  const d = FEATURE_KEYS.length;
  const w = new Float64Array(d);
  let b = 0;
  const total = examples.reduce((s, e) => s + (e.y ? o.positiveWeight : 1), 0);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const g = new Float64Array(d);
    let gb = 0;
    for (const e of examples) {
      let z = b;
      for (let k = 0; k < d; k++) z += w[k]! * e.x[k]!;
      const err = (1 / (1 + Math.exp(-z)) - e.y) * (e.y ? o.positiveWeight : 1);
      for (let k = 0; k < d; k++) g[k]! += err * e.x[k]!;
      gb += err;
    }
    for (let k = 0; k < d; k++) w[k]! -= o.rate * (g[k]! / total + o.l2 * w[k]!);
    b -= (o.rate * gb) / total;
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    format: "noise-lines/1",
    features: [...FEATURE_KEYS],
    weights: [...w].map(round),
    bias: round(b),
    threshold: o.threshold,
  };
}
