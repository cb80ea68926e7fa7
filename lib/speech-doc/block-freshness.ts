// Whether a library paragraph of a speech is behind its block (素材库已更新), as the composer and the server both
// decide it. A paragraph records the block it came from, the block's version then and a hash of the wording it
// was inserted with. It is behind when the block's version is newer than the recorded one and the block's wording
// now differs from the wording inserted (a version bump that left the wording alone, such as new tags, or a text
// change later undone, is no news). 保留原文 records the newer version, so the mark stops until the next change.
import { textHash } from "./doc-text";
import { stripOutlineNumber } from "./strip-number";
import { NODE, type SpeechDoc } from "./types";

/** How many distinct paragraphs one freshness check takes (the composer asks in batches of this size). */
export const MAX_FRESHNESS_REFS = 200;

/** The wording a library block puts into a speech: trimmed, without the outline number it may start with. */
export function insertedWording(blockText: string): string {
  const text = blockText.trim();
  return stripOutlineNumber(text).text || text;
}

/** A library paragraph's provenance as the freshness check reads it (hash null when it has none). */
export type ProvenanceRef = { blockId: string; version: number; hash: string | null };

/** A paragraph behind its block: its provenance, the block's version and wording now, and the wording it was
 * inserted with when the block's history still holds it (else null). */
export type StaleParagraph = ProvenanceRef & { currentVersion: number; text: string; insertedText: string | null };

/** One key per distinct provenance, to match the server's answer with the paragraphs it is about. */
export const freshnessKey = (ref: ProvenanceRef) => `${ref.blockId}.${ref.version}.${ref.hash ?? "-"}`;

/** The provenance of a paragraph's attributes, or null for text not from the library (or without a version). */
export function provenanceOf(attrs: {
  blockId?: unknown;
  blockVersion?: unknown;
  sourceHash?: unknown;
}): ProvenanceRef | null {
  if (typeof attrs.blockId !== "string" || typeof attrs.blockVersion !== "number") return null;
  return {
    blockId: attrs.blockId,
    version: attrs.blockVersion,
    hash: typeof attrs.sourceHash === "string" ? attrs.sourceHash : null,
  };
}

/** Each distinct provenance of the document's library paragraphs. */
export function provenanceRefs(doc: SpeechDoc): ProvenanceRef[] {
  const refs = new Map<string, ProvenanceRef>();
  for (const node of doc.content) {
    const ref = node.type === NODE.paragraph ? provenanceOf(node.attrs ?? {}) : null;
    if (ref) refs.set(freshnessKey(ref), ref);
  }
  return [...refs.values()];
}

/** Whether a paragraph with this provenance is behind the block as it is now. */
export function isBehind(ref: ProvenanceRef, block: { version: number; text: string }): boolean {
  if (block.version <= ref.version) return false;
  // Without a hash the inserted wording is unknown: any newer version counts.
  return ref.hash === null || textHash(insertedWording(block.text)) !== ref.hash;
}

/** The wording among a block's texts (newest first) whose hash is the one recorded at insertion, else null. */
export function wordingWithHash(hash: string | null, texts: readonly string[]): string | null {
  if (hash === null) return null;
  for (const t of texts) {
    const wording = insertedWording(t);
    if (textHash(wording) === hash) return wording;
  }
  return null;
}
