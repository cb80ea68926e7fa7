// The files of an import held for review, as the report shows them to the clerk: the verdict and its reasons, the
// draft's speeches and blocks (to merge, split and recategorise), the restored abbreviations with their context
// and what was removed. A file already confirmed but not yet stored is listed as 正在入库.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { BlockKind } from "../mining/types";
import type { FileVerdict } from "./file-verdict";
import { isRestoration, restorationsOf, type Restoration } from "./restorations";
import type { ReviewDraft } from "./review-draft";

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
  speeches: { order: number; title: string | null; blocks: HeldBlock[] }[];
  restorations: Restoration[];
  removed: { text: string; reason: string }[];
};

const MAX_REMOVED_SHOWN = 2000;

export async function listHeldFiles(importId: string): Promise<HeldFile[]> {
  const rows = await db().importFile.findMany({
    where: { importId, draft: { not: Prisma.AnyNull }, status: { in: ["REVIEW", "QUEUED", "MINING", "STORING"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fileName: true, draftVersion: true, status: true, draft: true },
  });
  return rows.map((r) => {
    const { mined, verdict } = r.draft as unknown as ReviewDraft;
    return {
      id: r.id,
      fileName: r.fileName,
      version: r.draftVersion,
      state: r.status === "REVIEW" ? "REVIEW" : "STORING",
      verdict,
      speeches: mined.speeches.map((s) => ({
        order: s.order,
        title: s.title,
        blocks: s.blocks.map((b) => ({
          position: b.position,
          kind: b.kind,
          level: b.level,
          text: b.text,
          category: b.category,
          confidence: b.confidence,
          charCount: b.charCount,
        })),
      })),
      restorations: restorationsOf(mined.removed, mined.rawText),
      removed: mined.removed
        .filter((x) => !isRestoration(x))
        .slice(0, MAX_REMOVED_SHOWN)
        .map((x) => ({ text: x.text, reason: x.reason })),
    };
  });
}
