// Generates realistic blocks for the search benchmark by recombining sentences of the sample corpus, and
// a varied query set (one- and two-character words, multi-word, phrases, with and without filters).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { mineText } from "../lib/mining/text-pipeline";
import { segmentWords } from "../lib/search/segment-words";
import { tagBlock } from "../lib/mining/tags";
import { findPlaceholders } from "../lib/mining/placeholders";
import { seededRandom as rng } from "../lib/testing/seeded-random";

export function corpusSentences(): { sentences: string[]; headings: string[] } {
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
  return { sentences, headings };
}

export type GeneratedBlock = { text: string; kind: "HEADING" | "PARAGRAPH"; tags: string[]; hasPlaceholders: boolean };

export function generateBlocks(n: number, seed = 42): GeneratedBlock[] {
  const r = rng(seed);
  const { sentences, headings } = corpusSentences();
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const out: GeneratedBlock[] = [];
  for (let i = 0; i < n; i++) {
    const heading = r() < 0.12;
    const text = heading
      ? pick(headings)
      : Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(sentences)).join("");
    out.push({
      text,
      kind: heading ? "HEADING" : "PARAGRAPH",
      tags: tagBlock(text),
      hasPlaceholders: findPlaceholders(text).length > 0,
    });
  }
  return out;
}

export type BenchQuery = { q: string; filtered: boolean; words: number; kind: string };

export function generateQueries(count = 200, seed = 7): BenchQuery[] {
  const r = rng(seed);
  const { sentences } = corpusSentences();
  const freq = new Map<string, number>();
  for (const s of sentences)
    for (const w of segmentWords(s)) if (/^[\u4e00-\u9fff]{2,4}$/.test(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.keys()].sort();
  const chars = [...new Set(sentences.join("").match(/[\u4e00-\u9fff]/g) ?? [])].sort();
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const twoChar = words.filter((w) => w.length === 2);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const filtered = i % 2 === 1;
    switch (i % 8) {
      case 0:
      case 1:
        queries.push({ q: pick(chars), filtered, words: 1, kind: "one-char" });
        break;
      case 2:
      case 3:
        queries.push({ q: pick(twoChar), filtered, words: 1, kind: "two-char" });
        break;
      case 4:
      case 5:
        queries.push({ q: `${pick(words)} ${pick(words)}`, filtered, words: 2, kind: "two-words" });
        break;
      case 6:
        queries.push({ q: `"${pick(words)}${pick(words)}"`, filtered, words: 1, kind: "phrase" });
        break;
      default:
        queries.push({ q: `${pick(words)} ${pick(words)} ${pick(twoChar)}`, filtered, words: 3, kind: "three-words" });
    }
  }
  return queries;
}
