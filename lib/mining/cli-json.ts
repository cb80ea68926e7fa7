// The stable JSON shape of `npm run --silent mine -- --json FILE...` (used by tooling outside the app).
import type { MinedDocument } from "./types";

export type CliBlock = {
  kind: "heading" | "paragraph";
  level: 1 | 2 | 3 | null;
  text: string;
  category: string;
  confidence: number;
  tags: string[];
  placeholders: { text: string; start: number; end: number }[];
  headingPath: string[];
};
export type CliSpeech = {
  title: string | null;
  speaker: string | null;
  date: string | null;
  /** 讲话, 主持词, 表态发言, 致辞, 通知/方案 or 其他 */
  genre: string | null;
  blocks: CliBlock[];
};
export type CliDocument =
  | {
      file: string;
      encoding: string;
      speeches: CliSpeech[];
      removed: { text: string; reason: string }[];
      warnings: string[];
      /** Why the file is not speech material, when it is not (a password file, a program, a table) */
      notSpeech?: string;
      /** Paragraph breaks the miner inferred (line number in the decoded text, reason in Chinese). */
      inferredSplits: { lineNo: number; reason: string }[];
    }
  | { file: string; error: string };

export function toCliDocument(file: string, doc: MinedDocument): CliDocument {
  return {
    file,
    encoding: doc.encoding,
    speeches: doc.speeches.map((s) => ({
      title: s.title,
      speaker: s.speaker,
      date: s.date,
      genre: s.genre ?? null,
      blocks: s.blocks.map((b) => ({
        kind: b.kind,
        level: b.level,
        text: b.text,
        category: b.category,
        confidence: Math.round(b.confidence * 1000) / 1000,
        tags: b.tags,
        placeholders: b.placeholders,
        headingPath: b.headingPath,
      })),
    })),
    removed: doc.removed.map((r) => ({ text: r.text, reason: r.reason })),
    warnings: doc.warnings ?? [],
    ...(doc.notSpeech && { notSpeech: doc.notSpeech.reason }),
    inferredSplits: (doc.inferredSplits ?? []).map((s) => ({ lineNo: s.lineNo, reason: s.reason })),
  };
}
