// Generated library blocks for the search and import benchmarks. The sample corpus has only a few hundred
// sentences; recombining them as they are gives a library where every block is one of a few thousand texts and
// "安全" is in nine blocks of ten. So each sentence is varied as it is used: every word of two to four characters
// is, with probability WORD_SWAP, replaced by another word of the same length drawn by its frequency in the corpus
// (common words stay common, rare ones rare). The benchmark reports how many distinct sentences that gives and
// the share of blocks holding the commonest words, so the figures can be read against the data.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { mineText } from "../lib/mining/text-pipeline";
import { tagBlock } from "../lib/mining/tags";
import { findPlaceholders } from "../lib/mining/placeholders";
import { seededRandom } from "../lib/testing/seeded-random";

const WORD_SWAP = 0.3;
const CJK_WORD = /^[\u4e00-\u9fff]{2,4}$/;

export type CorpusText = { sentences: string[]; headings: string[] };

let corpus: CorpusText | null = null;

/** The sample corpus's sentences (8 characters or more) and headings. */
export function corpusSentences(): CorpusText {
  if (corpus) return corpus;
  const dir = path.join(process.cwd(), "data", "corpus");
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    for (const speech of mineText(readFileSync(path.join(dir, name), "utf8")).speeches) {
      for (const b of speech.blocks) {
        if (b.kind === "heading") headings.push(b.text);
        else sentences.push(...(b.text.match(/[^。！？；]+[。！？；]?/g) ?? []).filter((s) => s.length >= 8));
      }
    }
  }
  return (corpus = { sentences, headings });
}

/** A word list drawn from by frequency: cumulative counts, searched by bisection. */
type Weighted = { words: string[]; cumulative: number[] };

function weighted(freq: Map<string, number>): Weighted {
  const words = [...freq.keys()].sort();
  let sum = 0;
  return { words, cumulative: words.map((w) => (sum += freq.get(w)!)) };
}

export function drawWeighted(w: Weighted, r: () => number): string {
  const x = r() * w.cumulative[w.cumulative.length - 1]!;
  let lo = 0;
  let hi = w.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return w.words[lo]!;
}

export type Vocabulary = {
  /** Each corpus sentence and heading as jieba's tokens (joined, they give the text back). */
  sentenceTokens: string[][];
  headingTokens: string[][];
  /** Words of two to four CJK characters by length, weighted by corpus frequency. */
  byLength: Map<number, Weighted>;
  all: Weighted;
};

let vocabulary: Vocabulary | null = null;

export function corpusVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const jieba = Jieba.withDict(dict);
  const { sentences, headings } = corpusSentences();
  const tokens = (s: string) => jieba.cut(s, false);
  const sentenceTokens = sentences.map(tokens);
  const headingTokens = headings.map(tokens);
  const freq = new Map<string, number>();
  for (const t of [...sentenceTokens, ...headingTokens].flat())
    if (CJK_WORD.test(t)) freq.set(t, (freq.get(t) ?? 0) + 1);
  const byLength = new Map<number, Weighted>();
  for (const len of [2, 3, 4]) byLength.set(len, weighted(new Map([...freq].filter(([w]) => [...w].length === len))));
  return (vocabulary = { sentenceTokens, headingTokens, byLength, all: weighted(freq) });
}

/** One corpus sentence with some of its words swapped for others of the same length. */
function varied(tokens: string[], v: Vocabulary, r: () => number): string {
  return tokens
    .map((t) => (CJK_WORD.test(t) && r() < WORD_SWAP ? drawWeighted(v.byLength.get([...t].length)!, r) : t))
    .join("");
}

export type GeneratedBlock = { text: string; kind: "HEADING" | "PARAGRAPH"; tags: string[]; hasPlaceholders: boolean };

export function generateBlocks(n: number, seed = 42): GeneratedBlock[] {
  const r = seededRandom(seed);
  const v = corpusVocabulary();
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const out: GeneratedBlock[] = [];
  for (let i = 0; i < n; i++) {
    const heading = r() < 0.12;
    const text = heading
      ? varied(pick(v.headingTokens), v, r)
      : Array.from({ length: 2 + Math.floor(r() * 4) }, () => varied(pick(v.sentenceTokens), v, r)).join("");
    out.push({
      text,
      kind: heading ? "HEADING" : "PARAGRAPH",
      tags: tagBlock(text),
      hasPlaceholders: findPlaceholders(text).length > 0,
    });
  }
  return out;
}

/** How varied the generated library is: distinct sentences, and the share of blocks holding the commonest words. */
export function describeLibrary(blocks: GeneratedBlock[], top = 5) {
  const sentences = new Set<string>();
  for (const b of blocks) for (const s of b.text.match(/[^。！？；]+[。！？；]?/g) ?? []) sentences.add(s);
  const v = corpusVocabulary();
  const candidates = [...v.all.words]
    .map((w, i) => ({ w, n: v.all.cumulative[i]! - (i ? v.all.cumulative[i - 1]! : 0) }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 30);
  const share = candidates
    .map(({ w }) => ({ w, share: blocks.filter((b) => b.text.includes(w)).length / blocks.length }))
    .sort((a, b) => b.share - a.share)
    .slice(0, top);
  return {
    distinctSentences: sentences.size,
    commonestWords: Object.fromEntries(share.map((s) => [s.w, Math.round(s.share * 1000) / 1000])),
  };
}
