// Two texts of a speech (older → newer) as one .docx in the official layout with Word's tracked changes (修订):
// inserted characters in w:ins, deleted ones in w:del, and the paragraph mark of an added or removed paragraph
// marked too (w:pPr/w:rPr/w:ins|w:del), so the leader's secretary can accept or reject each change in Word or WPS
// and a whole paragraph comes or goes cleanly. Layout, styles and page numbers are the plain export's
// (speech-docx.ts, docx-paragraphs.ts); the file opens in revision mode.
import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from "docx";
import type { NumberingStyles } from "../speech-doc/numbering";
import type { SpeechDoc } from "../speech-doc/types";
import { blockLayout, layoutParagraph } from "./docx-paragraphs";
import { packDocx } from "./docx-pack";
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

/** A piece of the newer text starting at `from`, cut where its lines start: [text, starts a line][]. */
function byLines(text: string, from: number, breaks: readonly number[]): [string, boolean][] {
  const cuts = breaks.filter((b) => b > from && b < from + text.length).map((b) => b - from);
  const points = [0, ...cuts, text.length];
  return points.slice(1).map((end, i) => [text.slice(points[i], end), i > 0 || breaks.includes(from)]);
}

function paragraphChildren(p: TrackedParagraph, options: ExportOptions, change: () => Change): ParagraphChild[] {
  const layout = blockLayout(p.block, options);
  // A long title wraps as in the plain export, at the newer text's offsets (deleted text holds none of them).
  const breaks = p.mark === "delete" ? [] : (layout.breaks ?? []);
  let at = 0;
  return p.pieces.flatMap((piece) => {
    const lines: [string, boolean][] = piece.op === "delete" ? [[piece.text, false]] : byLines(piece.text, at, breaks);
    if (piece.op !== "delete") at += piece.text.length;
    return lines.flatMap(([text, newLine]) =>
      scriptSegments(text, layout.run).map((s, k) => {
        const props = { text: s.text, ...s.props, ...(newLine && k === 0 ? { break: 1 } : {}) };
        return piece.op === "equal"
          ? new TextRun(props)
          : piece.op === "insert"
            ? new InsertedTextRun({ ...props, ...change() })
            : new DeletedTextRun({ ...props, ...change() });
      }),
    );
  });
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
  return packDocx(trackedChangesDocument(input));
}
