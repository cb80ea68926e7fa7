// The hand-labelled fixture of the block classifier: loading it and rebuilding the structure the parser would give.
import { readFileSync } from "node:fs";
import type { FeatureBlock } from "../lib/mining/classifier-features";
import { isClosingStart } from "../lib/mining/outline-patterns";
import type { BlockRole } from "../lib/mining/types";
import { FIXTURE } from "./classifier-config";

export type FixtureEntry = {
  file: string;
  speech: number;
  kind: "heading" | "paragraph";
  level: 1 | 2 | 3 | null;
  category: string;
  text: string;
};

/** A labelled entry with the structure the parser would give it (heading path, role, position). */
export type LabelledBlock = {
  file: string;
  speech: number;
  category: string;
  block: FeatureBlock;
  /** The sample fixture, or a real page read at training time (scripts/classifier-real.ts). */
  source: "sample" | "real";
};

export function loadFixture(file = FIXTURE): FixtureEntry[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FixtureEntry);
}

/**
 * Rebuilds what the structure parser (lib/mining/structure.ts) provides, from document order and by its rules:
 * heading paths from the heading levels; `opening` for the blocks before the first heading (only the first block
 * when a speech has no heading); `closing` for the trailing run of paragraphs that starts with a closing phrase
 * (同志们，… / 总之 / 谢谢 / 让我们), not a section's first paragraph; the 0-based position in the speech.
 */
export function blocksInRuntimeStructure(entries: FixtureEntry[]): Omit<LabelledBlock, "source">[] {
  const out: Omit<LabelledBlock, "source">[] = [];
  const speeches = new Map<string, FixtureEntry[]>();
  for (const e of entries) {
    const key = `${e.file}#${e.speech}`;
    speeches.set(key, [...(speeches.get(key) ?? []), e]);
  }
  for (const list of speeches.values()) {
    const firstHeading = list.findIndex((e) => e.kind === "heading");
    const lastHeading = list.findLastIndex((e) => e.kind === "heading");
    let closing = list.length;
    const earliest = lastHeading >= 0 ? lastHeading + 2 : 1;
    for (let i = list.length - 1; i >= earliest && list[i].kind === "paragraph"; i--)
      if (isClosingStart(list[i].text)) closing = i;
    const stack: string[] = [];
    list.forEach((e, position) => {
      const level = e.kind === "heading" ? (e.level ?? 1) : null;
      let role: BlockRole = "body";
      if (firstHeading < 0 ? position === 0 && list.length > 1 : position < firstHeading) role = "opening";
      if (position >= closing) role = "closing";
      let headingPath: string[];
      if (level !== null) {
        stack.length = Math.min(stack.length, level - 1);
        headingPath = stack.filter(Boolean);
        while (stack.length < level - 1) stack.push("");
        stack.push(e.text);
      } else headingPath = role === "body" ? stack.filter(Boolean) : [];
      const block: FeatureBlock = { kind: e.kind, level, text: e.text, headingPath, role, position };
      out.push({ file: e.file, speech: e.speech, category: e.category, block });
    });
  }
  return out;
}

/** The sample fixture's entries with their rebuilt structure. */
export function reconstructBlocks(entries: FixtureEntry[]): LabelledBlock[] {
  return blocksInRuntimeStructure(entries).map((it) => ({ ...it, source: "sample" }));
}
