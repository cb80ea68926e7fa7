// Pages written for this project in the styles of sites the miner had not met (data/labels/authored-pages: a 公众号
// article, a 文库 preview in GB18030, a one-line page in UTF-16, a Traditional forum thread, collections…), with
// hand labels in the shared scorer's format. They were written by someone who had read neither the miner nor the
// real pages, and scored before any change: see the README. Mined with the shipped models (trained on nothing of
// them) and scored by the definitions of ../shared/tools/score-mining.mjs, which this project cannot rely on:
//   npm run --silent evaluate:authored      prints one JSON line: the figures over all pages, then per set
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import { AppError } from "../lib/errors";
import { mineDocument } from "../lib/mining/mine-document";
import type { MinedDocument } from "../lib/mining/types";
import { norm } from "./noise-training";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const AUTHORED_PAGES = path.join(ROOT, "data/labels/authored-pages");
const CORE = new Set(["形势分析", "隐患排查", "责任落实"]);

type Gold = {
  file: string;
  speeches: number;
  titles?: string[];
  headings: { text: string; level: number }[];
  paragraphs: { text: string; category: string; truncated?: boolean }[];
  noise: string[];
};
type Block = { kind: string; level: number | null; text: string; category: string };
/** `doc`: the miner's whole result, for the tests of what it reports (null: the miner refused the page). */
export type PageResult = {
  gold: Gold;
  speeches: number;
  blocks: Block[];
  titles: (string | null)[];
  doc: MinedDocument | null;
};

function bigrams(s: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) set.add(s.slice(i, i + 2));
  return set;
}
function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

/** The sets of pages, each written after the miner had been fixed for the ones before it (set1, set2, …). */
export function authoredSets(dir = AUTHORED_PAGES): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^set\d+$/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** Every page of one set mined with the shipped classifier and noise model. */
export async function mineAuthoredPages(dir: string): Promise<PageResult[]> {
  const known = new Set(DEFAULT_TAXONOMY.map((c) => c.key));
  const golds = readdirSync(path.join(dir, "gold"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  const out: PageResult[] = [];
  for (const g of golds) {
    const gold = JSON.parse(readFileSync(path.join(dir, "gold", g), "utf8")) as Gold;
    const bytes = new Uint8Array(readFileSync(path.join(dir, gold.file)));
    // A page the miner refuses (its encoding unknown, say) scores as the shared scorer scores a missing document.
    const doc = await mineDocument(gold.file, bytes, { knownCategories: known }).catch((e: unknown) => {
      if (e instanceof AppError) return null;
      throw e;
    });
    const speeches = doc?.speeches ?? [];
    const blocks = speeches.flatMap((s) =>
      s.blocks.map((b) => ({ kind: b.kind, level: b.level, text: b.text, category: b.category })),
    );
    out.push({ gold, speeches: speeches.length, blocks, titles: speeches.map((s) => s.title), doc });
  }
  return out;
}

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 1);

/**
 * Titles the shared scorer does not count, though a clerk sees them in the library: how many of the gold titles
 * one of the page's speeches carries exactly (compared as the scorer compares text), each speech used once.
 */
export function titlesFound(gold: string[], mined: (string | null)[]): number {
  const left = mined.map((t) => norm(t ?? ""));
  let found = 0;
  for (const g of gold) {
    const i = left.indexOf(norm(g));
    if (i >= 0) {
      found++;
      left.splice(i, 1);
    }
  }
  return found;
}

/** The shared scorer's figures over the mined pages (its header defines each). */
export function scorePages(pages: PageResult[]) {
  let paragraphs = 0,
    retained = 0,
    segmented = 0,
    categorised = 0,
    right = 0,
    core = 0,
    coreRight = 0;
  let goldHeadings = 0,
    headingHits = 0,
    headingsOut = 0,
    noise = 0,
    leaks = 0,
    speechesRight = 0,
    goldTitles = 0,
    titlesRight = 0;
  for (const { gold, speeches, blocks, titles } of pages) {
    if (speeches === gold.speeches) speechesRight++;
    goldTitles += gold.titles?.length ?? 0;
    titlesRight += titlesFound(gold.titles ?? [], titles);
    const all = norm(blocks.map((b) => b.text).join(""));
    // Each block normalised once (OpenCC makes norm costly): for the matching and for the noise strings below.
    const normed = blocks.map((b) => norm(b.text));
    const sets = blocks.map((b, i) => ({ b, set: bigrams(normed[i]!) }));
    const paras = sets.filter((x) => x.b.kind !== "heading");
    for (const p of gold.paragraphs) {
      const t = norm(p.text);
      if (t.length < 4) continue;
      paragraphs++;
      let windows = 0,
        hit = 0;
      for (let i = 0; i + 6 <= t.length; i += 3, windows++) if (all.includes(t.slice(i, i + 6))) hit++;
      if (windows === 0 || hit / windows >= 0.9) retained++;
      const gs = bigrams(t);
      let best: Block | null = null,
        bj = 0;
      for (const x of paras) {
        const j = jaccard(gs, x.set);
        if (j > bj) [bj, best] = [j, x.b];
      }
      if (bj >= 0.8 || (p.truncated && bj >= 0.6)) segmented++;
      if (bj >= 0.5 && best) {
        categorised++;
        if (best.category === p.category) right++;
        if (CORE.has(p.category)) {
          core++;
          if (best.category === p.category) coreRight++;
        }
      }
    }
    const heads = sets.filter((x) => x.b.kind === "heading");
    headingsOut += heads.length;
    for (const h of gold.headings) {
      goldHeadings++;
      const hs = bigrams(norm(h.text));
      if (heads.some((x) => x.b.level === h.level && jaccard(hs, x.set) >= 0.7)) headingHits++;
    }
    for (const n of gold.noise) {
      const t = norm(n);
      if (t.length < 2) continue;
      noise++;
      if (normed.some((b) => b.includes(t))) leaks++;
    }
  }
  const precision = ratio(headingHits, headingsOut);
  const recall = ratio(headingHits, goldHeadings);
  return {
    files: pages.length,
    speech_count_right: ratio(speechesRight, pages.length),
    paragraphs,
    retained: ratio(retained, paragraphs),
    segmented: ratio(segmented, paragraphs),
    category_acc: ratio(right, categorised),
    core_acc: ratio(coreRight, core),
    heading_f1: precision + recall ? Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000 : 0,
    noise_leak: ratio(leaks, noise),
    noise_items: noise,
    titles: ratio(titlesRight, goldTitles),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const all: PageResult[] = [];
  const sets: Record<string, ReturnType<typeof scorePages>> = {};
  for (const set of authoredSets()) {
    const pages = await mineAuthoredPages(path.join(AUTHORED_PAGES, set));
    sets[set] = scorePages(pages);
    all.push(...pages);
  }
  console.log(JSON.stringify({ all: scorePages(all), ...sets }));
}
