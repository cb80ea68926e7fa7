// Two texts of a speech (older → newer) as one .docx in the official layout with Word's tracked changes (修订):
// inserted characters in w:ins, deleted ones in w:del, and the paragraph mark of an added or removed paragraph
// marked too (w:pPr/w:rPr/w:ins|w:del), so the leader's secretary can accept or reject each change in Word or WPS
// and a whole paragraph comes or goes cleanly. Layout, styles and page numbers are the plain export's
// (speech-docx.ts, docx-paragraphs.ts); the file opens in revision mode.
import { DeletedTextRun, InsertedTextRun, Packer, TextRun, type ParagraphChild } from "docx";
import type { NumberingStyles } from "../speech-doc/numbering";
import type { SpeechDoc } from "../speech-doc/types";
import { blockLayout, layoutParagraph } from "./docx-paragraphs";
import { scriptSegments } from "./docx-runs";
import type { ExportOptions } from "./options";
import { printBlocks } from "./print-blocks";
import { docTitle, officialDocument } from "./speech-docx";
import { trackedParagraphs, type TrackedParagraph } from "./tracked-paragraphs";

export type TrackedChangesInput = {
  older: SpeechDoc;
  newer: SpeechDoc;
  numbering: NumberingStyles;
  /** The speech's day, printed under the speaker line as in the plain export. */
  date: string | null;
  options: ExportOptions;
  /** Who the changes are credited to, and when (Word's and WPS's balloons show both). */
  author: string;
  at: Date;
};

/** What docx needs on every w:ins and w:del (its own type for it is not exported). */
type Change = { id: number; author: string; date: string };

const TIME_ZONE = "Asia/Shanghai";

/**
 * A revision's w:date. Word writes (and reads) this attribute as the local wall-clock time with a trailing Z
 * (newer Word adds w16du:dateUtc beside it for the real UTC time), so Beijing time is written here: a secretary in
 * China sees the time the version was saved, not eight hours earlier.
 */
export function revisionDate(at: Date): string {
  const local = at.toLocaleString("sv-SE", { timeZone: TIME_ZONE }).replace(" ", "T");
  return `${local}Z`;
}

function paragraphChildren(p: TrackedParagraph, options: ExportOptions, change: () => Change): ParagraphChild[] {
  const run = blockLayout(p.block, options).run;
  return p.pieces.flatMap((piece) =>
    scriptSegments(piece.text, run).map((s) =>
      piece.op === "equal"
        ? new TextRun({ text: s.text, ...s.props })
        : piece.op === "insert"
          ? new InsertedTextRun({ text: s.text, ...s.props, ...change() })
          : new DeletedTextRun({ text: s.text, ...s.props, ...change() }),
    ),
  );
}

export function trackedChangesDocument(input: TrackedChangesInput) {
  const blocks = (doc: SpeechDoc) => printBlocks(doc, { numbering: input.numbering }, input.options, input.date);
  const paragraphs = trackedParagraphs(blocks(input.older), blocks(input.newer));
  // Every w:ins and w:del carries its own id, counted over the whole file.
  let id = 0;
  const date = revisionDate(input.at);
  const change = (): Change => ({ id: ++id, author: input.author, date });
  const children = paragraphs.map((p) => {
    const runs = paragraphChildren(p, input.options, change);
    const mark = p.mark === "insert" ? { insertion: change() } : p.mark === "delete" ? { deletion: change() } : null;
    return layoutParagraph(blockLayout(p.block, input.options), runs, mark ?? undefined);
  });
  return officialDocument({ title: docTitle(input.newer), options: input.options, children, trackRevisions: true });
}

/** The .docx file's bytes. */
export async function trackedChangesDocx(input: TrackedChangesInput): Promise<Buffer> {
  return Packer.toBuffer(trackedChangesDocument(input));
}
