// Feature extraction for the block classifier, shared by training (scripts/train-classifier.ts) and runtime
// (lib/mining/classify.ts). A block becomes a sparse vector of hashed features in these groups:
//   text     char 1–3-grams ("t:") of the block itself, optionally jieba words ("w:")           (L2 norm 1)
//   heading  the nearest enclosing heading, twice: in its own space ("h:" char bigrams, "hw:" jieba words, norm
//            headingWeight) and in the text's space ("t:", norm sharedHeadingWeight), so that a heading is
//            read with what paragraphs taught; both × headingContextScale when the block is itself a heading
//   signals  per category, how many of the taxonomy's signal words the block ("s:") and its heading ("hs:") contain
//   struct   kind, level, role, depth, position, length bucket, first two characters      (binary × structWeight)
//   cues     opening/closing phrases crossed with position, list items, how it ends        (binary × cueWeight)
//   section  the number of the outermost heading above the block: 1, 2, 3+                 (binary × sectionWeight)
//            (a speech sets out the situation and the mindset in its first section and the measures after)
// Traditional characters are read as Simplified first (classifier-script-fold.ts).
// The heading is evidence, not the answer: it has a lower weight than the text and is ignored for opening and
// closing blocks, which stand outside the numbered sections.
// Feature ids are 32-bit FNV-1a hashes of the feature name ("t:隐患", "h:责任", "s:形势分析", …); n-gram hashes
// are computed from the characters without building the name. The heading groups are the same for every block
// of a section, so they are memoised by heading text.
import type { ParsedBlock } from "./types";
import { addFlag, addNgrams, addWords, Group, type FeatureScores } from "./classifier-feature-hashing";
import { foldToSimplified } from "./classifier-script-fold";
import { addCues } from "./classifier-cues";
import { addSignalCounts, addSignals } from "./classifier-signals";
import { normalizeText, sectionNumber, segment, stripNumbering } from "./classifier-text";

export { featureHash } from "./classifier-feature-hashing";
export { normalizeText, sectionNumber, stripNumbering } from "./classifier-text";

export type FeatureConfig = {
  /** Character n-gram orders taken from the block text, e.g. [1, 2, 3]. */
  charNgrams: number[];
  /** Add jieba words (length ≥ 2) of the block text and of the shared heading group. */
  words: boolean;
  /** Character n-gram orders for the heading's own feature space. */
  headingNgrams: number[];
  /** Add jieba words of the heading to its own feature space. */
  headingWords: boolean;
  headingWeight: number;
  sharedHeadingWeight: number;
  /** Factor on the heading weights when the block is a heading (a heading is mostly its own wording). */
  headingContextScale: number;
  signalWeight: number;
  structWeight: number;
  /** Weight of the discourse cues of paragraphs (classifier-cues.ts); 0 or absent = off. */
  cueWeight?: number;
  /** Weight of the section flag (the number of the outermost heading above a body block); 0 or absent = off. */
  sectionWeight?: number;
  /** Category key → signal words (the taxonomy at training time). */
  signals: Record<string, string[]>;
};

/** The part of a ParsedBlock the classifier looks at. */
export type FeatureBlock = Pick<ParsedBlock, "kind" | "level" | "text" | "headingPath" | "role" | "position">;

/** Sparse vector: parallel arrays of feature hashes (as int32) and values (a hash may repeat across groups). */
export type FeatureVector = { ids: number[]; values: number[] };

/** Receives the features of a block one by one (the runtime scores them directly, training collects them). */
export type FeatureSink = (id: number, value: number) => void;

const collector =
  (out: FeatureVector): FeatureSink =>
  (id, value) => {
    out.ids.push(id);
    out.values.push(value);
  };

const group = new Group();

/** The prefix of the text group's n-gram features ("t:隐患"); classifier-part-scores.ts hashes them itself. */
export const TEXT_NGRAMS = "t:";

function lengthBucket(n: number): string {
  return n < 15 ? "xs" : n < 40 ? "s" : n < 120 ? "m" : n < 400 ? "l" : "xl";
}

const compact = (s: string) => (/\s/.test(s) ? s.replace(/\s+/g, "") : s);

/** The heading groups (and heading signals) of one heading, at one scale. */
function headingFeatures(heading: string, scale: number, config: FeatureConfig): FeatureVector {
  const out: FeatureVector = { ids: [], values: [] };
  const sink = collector(out);
  const text = stripNumbering(heading);
  const words = config.headingWords || config.words ? segment(normalizeText(text)) : [];
  if (config.headingWeight > 0) {
    addNgrams(group, "h:", text, config.headingNgrams);
    if (config.headingWords) addWords(group, "hw:", words);
    group.flush(sink, scale * config.headingWeight);
  }
  if (config.sharedHeadingWeight > 0) {
    addNgrams(group, "t:", text, config.charNgrams);
    if (config.words) addWords(group, "w:", words);
    group.flush(sink, scale * config.sharedHeadingWeight);
  }
  if (config.signalWeight > 0) {
    addSignals(group, heading, config, "hs:", () => config.signalWeight * 0.5);
    group.flush(sink, null);
  }
  return out;
}

/** Heading features by config, by scale, by the heading as written; cleared when it grows past the limit. */
const headingCache = new WeakMap<FeatureConfig, Map<number, Map<string, FeatureVector>>>();
const HEADING_CACHE_SIZE = 1024;

/** The features a block gets from its heading (memoised; see headingContext). */
export function headingContextFeatures(heading: string, scale: number, config: FeatureConfig): FeatureVector {
  if (group.names) return headingFeatures(foldToSimplified(compact(heading)), scale, config);
  let byScale = headingCache.get(config);
  if (!byScale) headingCache.set(config, (byScale = new Map()));
  let cache = byScale.get(scale);
  if (!cache) byScale.set(scale, (cache = new Map()));
  let hit = cache.get(heading);
  if (!hit) {
    if (cache.size >= HEADING_CACHE_SIZE) cache.clear();
    hit = headingFeatures(foldToSimplified(compact(heading)), scale, config);
    cache.set(heading, hit);
  }
  return hit;
}

export function extractFeatures(
  block: FeatureBlock,
  config: FeatureConfig,
  names?: Map<number, string>,
): FeatureVector {
  const out: FeatureVector = { ids: [], values: [] };
  extractFeaturesInto(block, config, collector(out), names);
  return out;
}

/** The heading whose features a block carries, and the factor on their weights; null outside sections. */
export function headingContext(block: FeatureBlock, config: FeatureConfig): { heading: string; scale: number } | null {
  if (block.role !== "body" || block.headingPath.length === 0) return null;
  const scale = block.kind === "heading" ? config.headingContextScale : 1;
  return { heading: block.headingPath[block.headingPath.length - 1], scale };
}

/** Flushes the group into a sink, or scores it straight into a model's class scores (the runtime). */
function emit(out: FeatureSink | FeatureScores, norm: number | null): void {
  if (typeof out === "function") group.flush(out, norm);
  else group.score(out, norm);
}

/** A half of a paragraph read by classifier-part-scores.ts, which scores the half's text group itself: its text as
 *  the groups read it (compact, folded) and its distinct signal words per category. */
export type PartReading = { raw: string; signalCounts: Int32Array };

/**
 * Streams the features of a block into `sink` (or scores them, see FeatureScores); `names` (training only)
 * records hash → feature name. With `withHeading` false the heading features are left out (the runtime adds their
 * cached score instead); given `part`, the text group is left out and the part's reading stands for the text's.
 */
export function extractFeaturesInto(
  block: FeatureBlock,
  config: FeatureConfig,
  sink: FeatureSink | FeatureScores,
  names?: Map<number, string>,
  withHeading = true,
  part?: PartReading,
): void {
  group.names = names;
  try {
    const raw = part?.raw ?? foldToSimplified(compact(block.text));
    if (!part) {
      const body = block.kind === "heading" ? stripNumbering(raw) : raw;
      addNgrams(group, TEXT_NGRAMS, body, config.charNgrams);
      if (config.words) addWords(group, "w:", segment(normalizeText(body)));
      emit(sink, 1);
    }

    const path = block.role === "body" ? block.headingPath : [];
    const context = headingContext(block, config);
    if (context && withHeading) {
      const h = headingContextFeatures(context.heading, context.scale, config);
      for (let i = 0; i < h.ids.length; i++) {
        if (typeof sink === "function") sink(h.ids[i], h.values[i]);
        else {
          const row = sink.model.row(h.ids[i]);
          if (row >= 0) sink.model.addRow(row, h.values[i], sink.acc);
        }
      }
    }

    if (config.signalWeight > 0) {
      // (The value's function is written out twice, not named once: the tsx loader names every named closure made.)
      if (part) addSignalCounts(group, part.signalCounts, config, "s:", (n) => config.signalWeight * Math.min(n, 3));
      else addSignals(group, raw, config, "s:", (n) => config.signalWeight * Math.min(n, 3));
      emit(sink, null);
    }

    if (config.structWeight > 0) {
      const w = config.structWeight;
      const start = normalizeText(raw.slice(0, 3)).replace(/ /g, "");
      addFlag(group, "k:" + block.kind, w);
      if (block.kind === "heading") addFlag(group, "k:heading" + (block.level ?? ""), w);
      addFlag(group, "r:" + block.role, w);
      addFlag(group, "r:" + block.role + ":" + block.kind, w);
      addFlag(group, "d:" + Math.min(path.length, 3), w);
      addFlag(group, "p:" + (block.position === 0 ? "0" : block.position < 3 ? "1-2" : "3+"), w);
      addFlag(group, "n:" + lengthBucket(raw.length), w);
      if (block.kind === "paragraph" && start.length >= 2) addFlag(group, "st:" + start.slice(0, 2), w);
      emit(sink, null);
    }

    if (config.cueWeight && block.kind === "paragraph") {
      addCues(group, raw, block.position, config.cueWeight);
      emit(sink, null);
    }

    // A level-1 heading opens its own section; a block outside the sections, or under unnumbered ones, has none.
    const outermost = block.kind === "heading" && path.length === 0 ? raw : path[0];
    const sectionWeight = config.sectionWeight ?? 0;
    const section = sectionWeight > 0 && outermost !== undefined ? sectionNumber(outermost) : 0;
    if (section > 0) {
      addFlag(group, "sec:" + Math.min(section, 3), sectionWeight);
      emit(sink, null);
    }
  } finally {
    group.names = undefined;
  }
}
