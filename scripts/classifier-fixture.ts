// The hand-labelled fixture of the block classifier: loading it and rebuilding the structure the parser would give.
import { readFileSync } from "node:fs";
import type { FeatureBlock } from "../lib/mining/classifier-features";
import { FIXTURE } from "./classifier-config";

export type FixtureEntry = {
  file: string;
  speech: number;
  kind: "heading" | "paragraph";
  level: 1 | 2 | 3 | null;
  category: string;
  text: string;
};

/** A fixture entry with the structure the parser would give it (heading path, role, position). */
export type LabelledBlock = { file: string; speech: number; category: string; block: FeatureBlock };

export function loadFixture(file = FIXTURE): FixtureEntry[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FixtureEntry);
}

const CLOSING_START = /^(同志们|总之|谢谢|最后|让我们)/;

/**
 * Rebuilds what the structure parser provides, from document order: heading paths from the heading levels,
 * `opening` for the paragraphs before a speech's first heading, `closing` for the trailing run of paragraphs
 * that start like 同志们，… / 总之 / 谢谢, and the 0-based position in the speech.
 */
export function reconstructBlocks(entries: FixtureEntry[]): LabelledBlock[] {
  const out: LabelledBlock[] = [];
  const speeches = new Map<string, FixtureEntry[]>();
  for (const e of entries) {
    const key = `${e.file}#${e.speech}`;
    speeches.set(key, [...(speeches.get(key) ?? []), e]);
  }
  for (const list of speeches.values()) {
    const stack: string[] = [];
    let seenHeading = false;
    let closingFrom = list.length;
    while (
      closingFrom > 0 &&
      list[closingFrom - 1].kind === "paragraph" &&
      CLOSING_START.test(list[closingFrom - 1].text)
    )
      closingFrom--;
    list.forEach((e, position) => {
      const level = e.kind === "heading" ? (e.level ?? 1) : null;
      if (level !== null) stack.length = Math.min(stack.length, level - 1);
      const role = !seenHeading && level === null ? "opening" : position >= closingFrom ? "closing" : "body";
      const block: FeatureBlock = { kind: e.kind, level, text: e.text, headingPath: [...stack], role, position };
      if (level !== null) {
        stack.push(e.text);
        seenHeading = true;
      }
      out.push({ file: e.file, speech: e.speech, category: e.category, block });
    });
  }
  return out;
}
