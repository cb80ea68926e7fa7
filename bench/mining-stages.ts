// The mining benchmark's figures for single stages: the classifier's blocks per CPU-second, and the time the
// stages take on the pathological inputs their unit tests run.
import { performance } from "node:perf_hooks";
import { classifyBlock } from "../lib/mining/classify";
import { mineDocument } from "../lib/mining/mine-document";
import { removeNoise } from "../lib/mining/noise";
import { normaliseText } from "../lib/mining/normalise";
import { mineText } from "../lib/mining/text-pipeline";
import { hostileNoiseText, PATHOLOGICAL_NORMALISE, pathologicalDocuments } from "../lib/testing/pathological-text";
import { loadFixture, reconstructBlocks } from "../scripts/classifier-fixture";
import { sampleSentences } from "../lib/testing/big-import-file";
import { seededRandom } from "../lib/testing/seeded-random";
import { asHalfWidth, benchSpeech } from "./mining-speech";

/**
 * Blocks classified per second of this process's CPU time (best of five rounds), on the 267 real blocks of the
 * fixture (146 characters on average) with their headings and roles. Target: at least 20,000.
 */
export function classifyBlocksPerSecond(rounds = 5): number {
  const blocks = reconstructBlocks(loadFixture()).map((it) => it.block);
  for (const b of blocks) classifyBlock(b, {}); // warm up the JIT and the heading cache
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    for (let pass = 0; pass < 8; pass++) for (const b of blocks) classifyBlock(b, {});
    const used = process.cpuUsage(start);
    best = Math.max(best, (8 * blocks.length) / ((used.user + used.system) / 1e6));
  }
  return best;
}

const msOf = (work: () => unknown) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

/**
 * Milliseconds on the pathological inputs of the unit tests (lib/testing/pathological-text.ts): noise removal
 * (target under 3 s), the normaliser (under 2 s) and the slowest of the text pipeline's documents (under 4 s each).
 */
export function pathologicalMs() {
  const noiseLines = normaliseText(hostileNoiseText())
    .split("\n")
    .map((text, i) => ({ text, lineNo: i + 1 }));
  return {
    noise_hostile_ms: msOf(() => removeNoise(noiseLines)),
    normalise_pathological_ms: msOf(() => Object.values(PATHOLOGICAL_NORMALISE).map((t) => normaliseText(t))),
    pipeline_pathological_ms: Math.max(...pathologicalDocuments().map((text) => msOf(() => mineText(text)))),
  };
}

/** Median of five runs of `work`, in ms. */
const medianMs = (work: () => unknown) => {
  const runs = Array.from({ length: 5 }, () => msOf(work)).sort((a, b) => a - b);
  return runs[2]!;
};

/**
 * Milliseconds to mine the 300-paragraph speech through the text pipeline (median of five, after a warm-up): as
 * written with Chinese punctuation, and typed in half-width punctuation, whose dots between sentences are told from
 * injected dots by jieba's words (the figure of that path; no target, the difference is its cost).
 */
export function halfWidthSpeechMs() {
  const full = benchSpeech({ paragraphs: 300, seed: 2 }).text;
  const half = asHalfWidth(full);
  mineText(full);
  mineText(half);
  return { full_width_speech_ms: medianMs(() => mineText(full)), half_width_speech_ms: medianMs(() => mineText(half)) };
}

/** Sentences of the sample corpus that open a new demand (要…, 各乡镇要…, 大家…): a deployment section's. */
const DEMAND_OPENING = /^(?:要|还要|大家|下一步|各[^，。；：！？]{0,12}要)/;

/** The speech with a deployment section's 120 demands (about 6,500 characters, the sample corpus's sentences that
 *  open one) run together on one line under its third heading, as a page that lost that stretch's breaks. */
export function gluedSectionSpeech(): string {
  const lines = benchSpeech({ paragraphs: 300, seed: 2 }).text.split("\n");
  const demands = sampleSentences().filter((sentence) => DEMAND_OPENING.test(sentence));
  const r = seededRandom(3);
  const glued = Array.from({ length: 120 }, () => demands[Math.floor(r() * demands.length)]!).join("");
  const third = lines.findIndex((l) => l.startsWith("三、"));
  return [...lines.slice(0, third + 1), glued, ...lines.slice(third + 1)].join("\n");
}

/**
 * Milliseconds to mine whole files (mineDocument, median of five after a warm-up): the 300-paragraph speech as
 * written, and with a deployment section's demands run together on one line, which the miner cuts again at sentence
 * starts (glued-paragraphs.ts). No target; the difference is what a page's lost breaks cost.
 */
export async function gluedSectionMs(log: (line: string) => void) {
  const asWritten = new TextEncoder().encode(benchSpeech({ paragraphs: 300, seed: 2 }).text);
  const glued = new TextEncoder().encode(gluedSectionSpeech());
  const medianOf = async (bytes: Uint8Array) => {
    await mineDocument("speech.txt", bytes);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await mineDocument("speech.txt", bytes);
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  const [writtenMs, gluedMs] = [await medianOf(asWritten), await medianOf(glued)];
  log(`300 段讲话稿整篇挖掘：${writtenMs.toFixed(0)} ms；加上连成一行的 120 句部署要求：${gluedMs.toFixed(0)} ms`);
  return { glued_section_speech_ms: gluedMs };
}
