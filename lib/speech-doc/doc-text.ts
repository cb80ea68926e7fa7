// Reading a speech document as text: plain text of a node, character counts, the blocks it uses.
import { NODE, type SpeechDoc, type SpeechNode, type TextNode } from "./types";

export const nodeText = (node: { content?: TextNode[] }): string => (node.content ?? []).map((t) => t.text).join("");

/** Characters as a reader counts them: every character but whitespace (a surrogate pair counts once). */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}

/** Ids of the library blocks the speech's paragraphs came from, each once, in order of first use. */
export function usedBlockIds(doc: SpeechDoc): string[] {
  const ids = new Set<string>();
  for (const node of doc.content) {
    if (node.type === NODE.paragraph && node.attrs?.blockId) ids.add(node.attrs.blockId);
  }
  return [...ids];
}

/** Characters of the speech body (headings and paragraphs; not the title or speaker line). */
export function bodyChars(doc: SpeechDoc): number {
  let n = 0;
  for (const node of doc.content) if (isBody(node)) n += countChars(nodeText(node));
  return n;
}

export const isBody = (node: SpeechNode): boolean =>
  node.type === NODE.heading || node.type === NODE.paragraph || node.type === NODE.salutation;

/** A short, stable hash of a paragraph's text (FNV-1a, 32 bits, hex): tells whether it changed since insertion. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
