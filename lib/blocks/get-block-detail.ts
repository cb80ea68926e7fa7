// Everything the block page shows: the block, where its text was found (with context), its near-duplicate variants
// as readable diffs, where it has been used, similar blocks of its category and its curation history (text changes
// as character diffs).
import { db } from "../db/client";
import { charDiff, type DiffSegment } from "../speech-doc/compare/char-diff";
import { blockSummarySelect, isoOrNull, notFound, toBlockSummary } from "./block-summary";
import { blockSourcePlaces } from "./block-sources";
import { revertBlocker } from "./revert-revision";
import { similarBlocks } from "./similar-blocks";
import { diffForReading } from "./text-diff";
import type { BlockDetail, BlockRevisionRow, BlockUsageRow, BlockVariant } from "./types";

export type * from "./types";

const REVISIONS_SHOWN = 100;

export async function getBlockDetail(id: string, userId: string): Promise<BlockDetail> {
  const tx = db();
  const row = await tx.block.findUnique({
    where: { id },
    select: {
      ...blockSummarySelect,
      categoryId: true,
      sourceDocumentId: true,
      position: true,
      dupGroupId: true,
      lshBands: true,
    },
  });
  if (!row) throw notFound();
  const { mergedIntoId, ...summary } = toBlockSummary(row);

  const [mergedInto, favourite, sources, variantRows, usageRows, similar, revisionRows] = await Promise.all([
    mergedIntoId ? tx.block.findUnique({ where: { id: mergedIntoId }, select: { id: true, text: true } }) : null,
    tx.blockFavorite.findUnique({ where: { userId_blockId: { userId, blockId: id } }, select: { userId: true } }),
    blockSourcePlaces(tx, row),
    row.dupGroupId
      ? tx.block.findMany({
          where: { dupGroupId: row.dupGroupId, id: { not: id }, mergedIntoId: null },
          select: { id: true, text: true, isCanonical: true },
          orderBy: [{ isCanonical: "desc" }, { createdAt: "asc" }, { id: "asc" }],
        })
      : [],
    tx.blockUsage.findMany({
      where: { blockId: id },
      orderBy: [{ usedAt: "desc" }, { id: "asc" }],
      select: {
        speaker: true,
        usedAt: true,
        speech: { select: { id: true, title: true, status: true } },
        meeting: { select: { id: true, title: true, date: true } },
      },
    }),
    row.mergedIntoId ? [] : similarBlocks(tx, row),
    tx.blockRevision.findMany({
      where: { blockId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REVISIONS_SHOWN,
      include: { user: { select: { displayName: true } } },
    }),
  ]);

  const variants: BlockVariant[] = variantRows.map((v) => ({ ...v, parts: diffForReading(row.text, v.text) }));
  const usages: BlockUsageRow[] = usageRows.map((u) => ({
    speechId: u.speech.id,
    speechTitle: u.speech.title,
    speechStatus: u.speech.status,
    meetingId: u.meeting?.id ?? null,
    meetingTitle: u.meeting?.title ?? null,
    meetingDate: u.meeting?.date ? u.meeting.date.toISOString().slice(0, 10) : null,
    speaker: u.speaker,
    usedAt: u.usedAt.toISOString(),
  }));
  const revisions: BlockRevisionRow[] = [];
  for (const r of revisionRows) {
    revisions.push({
      id: r.id,
      action: r.action,
      userName: r.user?.displayName ?? null,
      createdAt: r.createdAt.toISOString(),
      before: asRecord(r.before),
      after: asRecord(r.after),
      revertedAt: isoOrNull(r.revertedAt),
      revertible: (await revertBlocker(tx, r, { ...row, mergedIntoId: row.mergedIntoId })) === null,
      textDiff: textDiff(asRecord(r.before), asRecord(r.after)),
    });
  }

  return {
    block: { ...summary, mergedInto, favourite: !!favourite },
    sources,
    variants,
    usages,
    similar,
    revisions,
  };
}

/** The same character diff as the speech compare view, so the two read alike. */
function textDiff(before: Record<string, unknown>, after: Record<string, unknown>): DiffSegment[] | null {
  return typeof before.text === "string" && typeof after.text === "string" ? charDiff(before.text, after.text) : null;
}

const asRecord = (json: unknown): Record<string, unknown> =>
  json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
