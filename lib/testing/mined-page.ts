// The blocks' texts the miner makes of a page given as lines, for the noise tests that set chrome around a speech.
import { mineText } from "../mining/text-pipeline";

export const textsOf = (page: string[]): string[] =>
  mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

/** The speeches the miner makes of a page given as lines. */
export const speechesOf = (page: string[]) => mineText(page.join("\n")).speeches;
