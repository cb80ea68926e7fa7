// Comparing two versions of a speech, or a version with the current text: loads both texts and compares them
// (lib/speech-doc/compare), headings numbered in the speech's own numbering styles.
import { db } from "../../db/client";
import { compareDocs } from "../../speech-doc/compare/compare-docs";
import type { Comparison } from "../../speech-doc/compare/types";
import { withSpeechStructure } from "../../speech-doc/doc-structure";
import type { SpeechDoc } from "../../speech-doc/types";
import { speechNotFound } from "../messages";
import { readSettings } from "../settings";
import { versionNotFound } from "./messages";
import { CURRENT, VERSION_KIND_LABELS, type VersionKind, type VersionRef } from "./types";

export type ComparedSide = {
  ref: VersionRef;
  /** 当前文本, or the version's name (or kind) */
  label: string;
  at: string;
  version: number;
  charCount: number;
};

export type VersionComparison = { from: ComparedSide; to: ComparedSide; comparison: Comparison };

/** A side with its text, and who wrote it: the version's creator, or the last to save the current text. */
export type LoadedSide = ComparedSide & { doc: SpeechDoc; author: string | null };

export async function loadComparedSide(speechId: string, ref: VersionRef): Promise<LoadedSide> {
  if (ref === CURRENT) {
    const s = await db().speech.findUnique({
      where: { id: speechId },
      select: {
        title: true,
        content: true,
        version: true,
        charCount: true,
        updatedAt: true,
        updatedBy: { select: { displayName: true } },
      },
    });
    if (!s) throw speechNotFound();
    return {
      ref,
      label: "当前文本",
      at: s.updatedAt.toISOString(),
      version: s.version,
      charCount: s.charCount,
      doc: withSpeechStructure(s.content as SpeechDoc, s.title),
      author: s.updatedBy?.displayName ?? null,
    };
  }
  const r = await db().speechRevision.findFirst({
    where: { id: ref, speechId },
    select: {
      title: true,
      content: true,
      version: true,
      charCount: true,
      createdAt: true,
      name: true,
      kind: true,
      createdBy: { select: { displayName: true } },
    },
  });
  if (!r) throw versionNotFound();
  return {
    ref,
    label: r.name ?? VERSION_KIND_LABELS[r.kind as VersionKind],
    at: r.createdAt.toISOString(),
    version: r.version,
    charCount: r.charCount,
    doc: withSpeechStructure(r.content as SpeechDoc, r.title),
    author: r.createdBy?.displayName ?? null,
  };
}

export async function compareVersions(
  speechId: string,
  fromRef: VersionRef,
  toRef: VersionRef,
): Promise<VersionComparison> {
  const speech = await db().speech.findUnique({ where: { id: speechId }, select: { settings: true } });
  if (!speech) throw speechNotFound();
  const styles = readSettings(speech.settings).numbering;
  const [from, to] = await Promise.all([loadComparedSide(speechId, fromRef), loadComparedSide(speechId, toRef)]);
  const comparison = compareDocs(from.doc, to.doc, { oldStyles: styles, newStyles: styles });
  const { doc: _a, author: _c, ...fromMeta } = from;
  const { doc: _b, author: _d, ...toMeta } = to;
  return { from: fromMeta, to: toMeta, comparison };
}
