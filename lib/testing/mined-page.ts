// The blocks' texts the miner makes of a page given as lines, for the noise tests that set chrome around a speech.
import { mineText } from "../mining/text-pipeline";

export const textsOf = (page: string[]): string[] =>
  mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

/** The speeches the miner makes of a page given as lines. */
export const speechesOf = (page: string[]) => mineText(page.join("\n")).speeches;

/** The blocks' texts of the one speech the miner makes of a page; a page read as none or several fails the test. */
export function oneSpeechTexts(page: string[]): string[] {
  const speeches = speechesOf(page);
  if (speeches.length !== 1) throw new Error(`页面应读成一篇讲话，实际 ${speeches.length} 篇`);
  return speeches[0]!.blocks.map((b) => b.text);
}
