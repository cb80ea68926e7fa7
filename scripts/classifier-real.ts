// The hand-labelled real web pages (../shared/corpus-real, third-party evaluation data) as classifier training
// entries, read at training time only: nothing of their text reaches the repository (the model file keys its
// weights by feature hash). The gold files list headings and paragraphs separately; their order in the page is
// found by locating each one in the page text, and the block structure (heading path, role, position) is then
// rebuilt as the runtime parser would give it. Gold headings carry no category, so only paragraphs are entries;
// headings serve as their context.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./classifier-config";
import { blocksInRuntimeStructure, type FixtureEntry, type LabelledBlock } from "./classifier-fixture";

/** Where the real pages are read from (CLASSIFIER_REAL_DIR overrides, e.g. for a copy elsewhere). */
export const REAL_DIR = process.env.CLASSIFIER_REAL_DIR ?? path.resolve(ROOT, "../shared/corpus-real");

type GoldFile = {
  file: string;
  headings: { text: string; level: number }[];
  paragraphs: { text: string; category: string }[];
  noise: string[];
};

const compact = (s: string) => s.replace(/\s+/g, "");

/** The page text without whitespace and with the listed noise taken out, in file order. */
function cleanedPage(page: string, noise: string[]): string {
  let text = compact(page);
  let from = 0;
  for (const n of noise.map(compact).filter(Boolean)) {
    const at = text.indexOf(n, from);
    if (at < 0) continue;
    text = text.slice(0, at) + "\u0000" + text.slice(at + n.length);
    from = at;
  }
  return text.replace(/\u0000/g, "");
}

/** Where a gold text starts in the cleaned page: the whole text, else its first, then a middle window. */
function locate(page: string, text: string): number {
  const t = compact(text);
  for (const probe of [t, t.slice(0, 12), t.slice(Math.floor(t.length / 3), Math.floor(t.length / 3) + 12)]) {
    const at = probe ? page.indexOf(probe) : -1;
    if (at >= 0) return probe === t || probe === t.slice(0, 12) ? at : Math.max(0, at - Math.floor(t.length / 3));
  }
  throw new Error(`corpus-real: cannot locate a gold text in its page (${t.length} characters)`);
}

/** The gold headings and paragraphs of one page, in page order, as fixture entries (headings uncategorised). */
export function goldEntries(gold: GoldFile, page: string): FixtureEntry[] {
  const cleaned = cleanedPage(page, gold.noise);
  const located = [
    ...gold.headings.map((h) => ({
      at: locate(cleaned, h.text),
      entry: { kind: "heading", level: Math.min(3, Math.max(1, h.level)), category: "", text: h.text } as const,
    })),
    ...gold.paragraphs.map((p) => ({
      at: locate(cleaned, p.text),
      entry: { kind: "paragraph", level: null, category: p.category, text: p.text } as const,
    })),
  ];
  located.sort((a, b) => a.at - b.at);
  return located.map(({ entry }) => ({ file: gold.file, speech: 1, ...entry }) as FixtureEntry);
}

export type RealCorpus = {
  /** The page file names, sorted. */
  files: string[];
  /** Paragraph entries with their rebuilt structure (headings are context only). */
  items: LabelledBlock[];
  /** SHA-256 over the gold files and pages read: the model file records it, not their text. */
  sha256: string;
};

/** The real pages with gold labels, or null when the directory is absent (training then uses the sample alone). */
export function loadRealCorpus(dir = REAL_DIR): RealCorpus | null {
  const goldDir = path.join(dir, "gold");
  if (!existsSync(goldDir)) return null;
  const hash = createHash("sha256");
  const items: LabelledBlock[] = [];
  const files: string[] = [];
  for (const name of readdirSync(goldDir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const goldText = readFileSync(path.join(goldDir, name), "utf8");
    const gold = JSON.parse(goldText) as GoldFile;
    const page = readFileSync(path.join(dir, gold.file), "utf8");
    hash.update(goldText).update(page);
    files.push(gold.file);
    for (const it of blocksInRuntimeStructure(goldEntries(gold, page)))
      if (it.block.kind === "paragraph") items.push({ ...it, source: "real" });
  }
  return { files, items, sha256: hash.digest("hex") };
}
