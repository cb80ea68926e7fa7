// Shapes the block page and the curation routes return. Types only (no runtime imports), so the UI may import them.
import type { DocumentName } from "../corpus/document-display-name";
import type { DiffSegment } from "../speech-doc/compare/char-diff";

export type BlockKindValue = "HEADING" | "PARAGRAPH";
export type BlockOriginValue = "MINED" | "MANUAL" | "SPLIT" | "MERGED";
export type PlaceholderSpan = { text: string; start: number; end: number };
export type CategoryRef = { id: string; key: string; name: string };

/** A block as the curation use cases return it. Dates are ISO strings. */
export type BlockSummary = {
  id: string;
  text: string;
  kind: BlockKindValue;
  level: number | null;
  headingPath: string[];
  category: CategoryRef | null;
  tags: string[];
  placeholders: PlaceholderSpan[];
  charCount: number;
  curated: boolean;
  hidden: boolean;
  origin: BlockOriginValue;
  version: number;
  useCount: number;
  lastUsedAt: string | null;
  confidence: number;
  mergedIntoId: string | null;
  createdAt: string;
  updatedAt: string;
};

export type NeighbourBlock = { id: string | null; text: string; kind: BlockKindValue };

export type BlockSourcePlace = {
  documentId: string;
  fileName: string;
  /** The document's on-screen name: the file name, or its first speech's title when the file name is a hash. */
  documentName: DocumentName;
  speechId: string | null;
  speechTitle: string | null;
  speaker: string | null;
  date: string | null;
  position: number;
  /**
   * What the source said at this place: the line of the document's cleaned text that holds the block's text as it
   * was imported there (the whole paragraph, when the block is one part of a split), not its current edited text.
   */
  text: string;
  /** The block's text has changed since (edited, or split off): `text` differs from it. */
  edited: boolean;
  headingPath: string[];
  before: NeighbourBlock[];
  after: NeighbourBlock[];
};

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

export type BlockVariant = { id: string; text: string; isCanonical: boolean; parts: DiffPart[] };

export type BlockUsageRow = {
  speechId: string;
  speechTitle: string;
  speechStatus: "DRAFT" | "REVIEW" | "FINAL";
  meetingId: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  speaker: string | null;
  usedAt: string;
};

export type SimilarBlock = { id: string; text: string; categoryName: string | null; score: number };

export type RevisionAction = "create" | "update" | "curate" | "hide" | "merge" | "split" | "revert";

export type BlockRevisionRow = {
  id: string;
  action: RevisionAction | string;
  userName: string | null;
  createdAt: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  revertedAt: string | null;
  revertible: boolean;
  /** The text's character diff (before → after) when the revision changed the text, else null. */
  textDiff: DiffSegment[] | null;
};

export type BlockDetail = {
  block: Omit<BlockSummary, "mergedIntoId"> & { mergedInto: { id: string; text: string } | null; favourite: boolean };
  sources: BlockSourcePlace[];
  variants: BlockVariant[];
  usages: BlockUsageRow[];
  similar: SimilarBlock[];
  revisions: BlockRevisionRow[];
};
