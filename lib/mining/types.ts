// Data passed between the stages of the mining pipeline (lib/mining). Each stage is a plain function module.
//   decode → normalise → remove noise → rejoin lines → split into speeches → parse structure
//   → classify → tag → find placeholders → group near-duplicates
import type { Genre } from "./genre";

/** Structural hint from the source format (Word heading styles and list numbering); absent for .txt. */
export type LineHint = {
  headingLevel?: 1 | 2 | 3;
  listLevel?: number;
  /** A Word list paragraph whose numbering was taken off (numId 0): the depth it kept (1 = top). */
  unnumberedListLevel?: number;
  /** A piece of running text cut wherever a subtitle cue ended: it runs on into the next piece. */
  flows?: boolean;
  /** The first line after a break the noise pass removed, across which a sentence may run on: a page break
   *  ("page": a page number or running header, strong evidence of a cut) or a reader's button or a page's address
   *  alone on its line ("soft": no evidence of a cut by itself), or a chat's lines between two of a poster's messages
   *  ("message": a cut only where the first message stops mid-sentence). */
  afterBreak?: "page" | "soft" | "message";
  /** A line the file itself sets as a speech's title without the words of one (a 发言摘登's speaker：title line). */
  speechTitle?: boolean;
  /** A .docx table's row, its cells joined by tabs: a paragraph of its own, never a wrapped line. */
  tableRow?: boolean;
  /** Columns that inline cuts took out of a line cut mid-sentence: as a wrapped line it was that much wider. */
  cutColumns?: number;
  /** A .docx text box's paragraph (a letterhead, a pull-quote, a sidebar), not the body's flow. */
  textBox?: boolean;
  /** A line the file itself sets as the speaker's, whatever its words (a 发言材料汇编's unit, 县交通运输局). */
  speaker?: boolean;
  /** A line the page opened with a pictograph (📌 看清家底：…), which the noise pass cut as decoration: a post sets
   *  its 小标题 off so, as others do by a bar (▍). */
  pictographMark?: boolean;
};

/** A line of the source after decoding (1-based line number in the decoded text, or paragraph index for .docx).
 *  `written`: the line as the file wrote it, where normalising changed it (it takes out the spaces between Chinese
 *  characters, which may be all that sets a mark spliced into a sentence apart from it). */
export type SourceLine = { text: string; lineNo: number; hint?: LineHint; written?: string };

/** A paragraph break the miner inferred (the source had none, or a wrong one), with the reason in Chinese. */
/** `parts`: how many paragraphs the line became, where the stage counts them (a heading split off makes two). */
export type InferredSplit = { lineNo: number; reason: string; parts?: number };

/** Something the miner threw away, with the reason shown to the user (Chinese). */
export type Removed = { text: string; reason: string; lineNo?: number };

/** A paragraph after noise removal and rejoining of hard-wrapped lines. `indented`: its first line opens with an
 *  indent in the source (a part split off a line has none). */
export type Paragraph = { text: string; lineNo: number; hint?: LineHint; indented?: boolean };

/** One speech found in a document, before its structure is parsed. */
export type RawSpeech = { paragraphs: Paragraph[] };

export type BlockKind = "heading" | "paragraph";
export type HeadingLevel = 1 | 2 | 3;
/** Where a block sits in the speech; used as evidence by the classifier (开场 / 结尾). */
export type BlockRole = "opening" | "body" | "closing";

export type ParsedBlock = {
  kind: BlockKind;
  level: HeadingLevel | null;
  text: string;
  /** Texts of the enclosing headings, outermost first (a heading's own path excludes itself). */
  headingPath: string[];
  role: BlockRole;
  /** 0-based position in the speech's block list. */
  position: number;
  lineNo: number;
};

export type ParsedSpeech = {
  title: string | null;
  speaker: string | null;
  /** As written, e.g. 2024年3月1日 */
  date: string | null;
  salutation: string | null;
  blocks: ParsedBlock[];
};

export type Placeholder = { text: string; start: number; end: number };

export type Classification = { category: string; confidence: number };

export type MinedBlock = ParsedBlock & {
  category: string;
  confidence: number;
  tags: string[];
  placeholders: Placeholder[];
  charCount: number;
  /** sha1 of the normalised text: exact repeats share it (near-duplicates.ts normHash) */
  normHash: string;
};

/** genre: 讲话, 主持词, 表态发言… (genre.ts); absent in review drafts saved before genres were read. */
export type MinedSpeech = Omit<ParsedSpeech, "blocks"> & { order: number; blocks: MinedBlock[]; genre?: Genre };

export type MinedDocument = {
  file: string;
  encoding: string;
  format: "txt" | "docx";
  speeches: MinedSpeech[];
  removed: Removed[];
  /** The decoded text as read from the file (for .docx: its paragraphs, one per line) */
  rawText: string;
  cleanedText: string;
  /** Problems with the text itself (mojibake, converted script), in Chinese, for the import report. */
  warnings?: string[];
  /** Text decoded with the wrong encoding (the import report's verdict reads it). */
  mojibake?: { reason: string; samples: string[] };
  /** Not Chinese speech material at all (a password file, a program, a table): why, in Chinese (speech-material.ts). */
  notSpeech?: { reason: string };
  /** sha256 of the cleaned text in a form that no encoding or file format changes: the same speech imported
   *  again as GB18030 or .docx has the same hash (content-hash.ts). */
  contentHash?: string;
  /** Where paragraph breaks were inferred from the text's cues rather than read from the file. */
  inferredSplits?: InferredSplit[];
};
