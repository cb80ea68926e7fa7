// The files of an import held for review, as the report shows them to the clerk: the verdict and its reasons, the
// draft's speeches and blocks (to merge, split and recategorise), the restored abbreviations with their context
// and what was removed. A file already confirmed but not yet stored is listed as 正在入库. Only the parts of the
// draft the page shows are read (not the file's raw and cleaned text), and a very long file shows its first blocks.
import { db } from "../db/client";
import type { BlockKind, MinedSpeech, Removed } from "../mining/types";
import type { FileVerdict } from "./file-verdict";
import { isRestoration, type Restoration } from "./restorations";

export type HeldBlock = {
  position: number;
  kind: BlockKind;
  level: number | null;
  text: string;
  category: string;
  confidence: number;
  charCount: number;
};

export type HeldFile = {
  id: string;
  fileName: string;
  /** The draft's version: every edit names it */
  version: number;
  /** REVIEW: waiting for the clerk; STORING: confirmed, the worker is putting it into the library */
  state: "REVIEW" | "STORING";
  verdict: FileVerdict;
  /** genre: 讲话, 主持词… (null in a draft saved before genres were read) */
  speeches: { order: number; title: string | null; genre: string | null; blocks: HeldBlock[] }[];
  /** Blocks not shown (past MAX_BLOCKS_SHOWN); they are stored as mined when the file is confirmed */
  blocksNotShown: number;
  restorations: Restoration[];
  removed: { text: string; reason: string }[];
};

/** Enough for any speech; a file of thousands of paragraphs is reviewed by its first ones. */
export const MAX_BLOCKS_SHOWN = 600;
const MAX_REMOVED_SHOWN = 2000;

type Row = {
  id: string;
  file_name: string;
  draft_version: number;
  status: string;
  verdict: FileVerdict;
  speeches: MinedSpeech[];
  restorations: Restoration[] | null;
  removed: Removed[] | null;
};

export async function listHeldFiles(importId: string): Promise<HeldFile[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT id, file_name, draft_version, status::text, draft->'verdict' AS verdict,
           draft->'mined'->'speeches' AS speeches, draft->'restorations' AS restorations,
           draft->'mined'->'removed' AS removed
    FROM import_files
    WHERE import_id = ${importId} AND draft IS NOT NULL AND status IN ('REVIEW', 'QUEUED', 'MINING', 'STORING')
    ORDER BY created_at, id`;
  return rows.map((r) => {
    let budget = MAX_BLOCKS_SHOWN;
    const speeches = r.speeches.map((s) => {
      const shown = s.blocks.slice(0, Math.max(0, budget));
      budget -= shown.length;
      return {
        order: s.order,
        title: s.title,
        genre: s.genre ?? null,
        blocks: shown.map((b) => ({
          position: b.position,
          kind: b.kind,
          level: b.level,
          text: b.text,
          category: b.category,
          confidence: b.confidence,
          charCount: b.charCount,
        })),
      };
    });
    const total = r.speeches.reduce((n, s) => n + s.blocks.length, 0);
    return {
      id: r.id,
      fileName: r.file_name,
      version: r.draft_version,
      state: r.status === "REVIEW" ? "REVIEW" : "STORING",
      verdict: r.verdict,
      speeches: speeches.filter((s) => s.blocks.length),
      blocksNotShown: total - Math.min(total, MAX_BLOCKS_SHOWN),
      restorations: r.restorations ?? [],
      removed: (r.removed ?? [])
        .filter((x) => !isRestoration(x))
        .slice(0, MAX_REMOVED_SHOWN)
        .map((x) => ({ text: x.text, reason: x.reason })),
    };
  });
}
