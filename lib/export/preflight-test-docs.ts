// Speech documents for the pre-export check's tests, written briefly.
import {
  DEFAULT_SETTINGS,
  type HeadingLevel,
  type SpeechDoc,
  type SpeechNode,
  type SpeechSettings,
  type TextNode,
  type VariableKey,
} from "../speech-doc/types";
import { preflightSpeech } from "./preflight";

export const t = (text: string): TextNode => ({ type: "text", text });
export const v = (text: string, name: VariableKey): TextNode => ({
  type: "text",
  text,
  marks: [{ type: "variable", attrs: { name } }],
});
export const runs = (x: string | TextNode[]) => (typeof x === "string" ? (x ? [t(x)] : undefined) : x);
export const title = (x: string | TextNode[]): SpeechNode => ({ type: "speechTitle", content: runs(x) });
export const byline = (x: string): SpeechNode => ({ type: "speakerLine", content: runs(x) });
export const salutation = (x: string): SpeechNode => ({ type: "salutation", content: runs(x) });
export const h = (level: HeadingLevel, x: string | TextNode[]): SpeechNode => ({
  type: "heading",
  attrs: { level },
  content: runs(x),
});
export const p = (x: string | TextNode[]): SpeechNode => ({ type: "paragraph", content: runs(x) });
export const doc = (...content: SpeechNode[]): SpeechDoc => ({ type: "doc", content });

export const run = (d: SpeechDoc, settings: Partial<SpeechSettings> = {}) =>
  preflightSpeech(d, { ...DEFAULT_SETTINGS, ...settings });
