// A finished speech as the miner read it (title, speaker, date, salutation, heading and paragraph blocks) turned
// into the composer's document: the title node, the speaker line (the speaker, as a speech made in the composer has
// it; the day goes to the speech's date), the salutation when the source had one, then the headings without their numbers (the composer
// computes them; the styles the source used become the speech's numbering settings) and the paragraphs as typed
// text (no library provenance). Pure and deterministic, so that an exported speech imports back the same.
import { dateOfLine, parseEnumerator, speakerFromTitle } from "../mining/outline-patterns";
import type { MinedDocument, ParsedBlock, ParsedSpeech } from "../mining/types";
import { MAX_SPEAKER, MAX_SPEECH_TITLE } from "../speeches/limits";
import { AppError } from "../errors";
import { stripHeadingNumber } from "../speech-doc/strip-number";
import {
  DEFAULT_SETTINGS,
  NODE,
  type HeadingLevel,
  type SpeechDoc,
  type SpeechNode,
  type SpeechSettings,
} from "../speech-doc/types";
import { numberingOfHeadings } from "./heading-numbering";
import { IMPORT_MSG, noSuchSpeech } from "./messages";
import { dayOfWrittenDate } from "../speech-doc/written-date";

export type ImportedSpeech = {
  title: string;
  /** The speaker as the source wrote it (县长 张三), for the speech's speaker field. */
  speaker: string | null;
  /** "2024-03-01" when the source's date names a day. */
  date: string | null;
  content: SpeechDoc;
  /** Only what differs from the defaults (the heading numbering styles). */
  settings: Partial<SpeechSettings>;
  /** Which speech of the file this is (1-based) and how many the file holds. */
  order: number;
  speechCount: number;
};

/** Title used when the file names none: its name without the ending, else this. */
const UNTITLED = "导入的讲话稿";

const text = (s: string | null | undefined) => (s ? { content: [{ type: NODE.text, text: s }] } : {});
const SPACE = /[\s\u3000\u00a0]/;

/**
 * The start of `line` that spells `target` with any spacing (县长 张三 for 县长张三, as normalising joined it), or
 * null when the line does not start with it.
 */
function spelledAt(line: string, target: string): { written: string; rest: string } | null {
  let j = 0;
  let i = 0;
  for (; i < line.length && j < target.length; i++) {
    if (SPACE.test(line[i]!)) continue;
    if (line[i] !== target[j]) return null;
    j++;
  }
  return j === target.length ? { written: line.slice(0, i), rest: line.slice(i) } : null;
}

/**
 * The speaker as the file wrote it: the first line that is the speaker alone or followed by the date (a byline, or
 * the signature under the closing), with its spacing kept; null when no line is (the miner took it from the title).
 */
function writtenSpeaker(speaker: string, rawText: string): string | null {
  for (const raw of rawText.split("\n")) {
    const line = raw.replace(/^[\s\u3000\u00a0]*[—–－-]*/, "");
    const found = spelledAt(line, speaker);
    if (!found) continue;
    const rest = found.rest.trim();
    if (rest === "" || dateOfLine(rest)) return found.written.replace(/[\s\u3000\u00a0]+/g, " ").trim();
  }
  return null;
}

/**
 * The speaker as written, as a speech made in the composer has it: its day is the speech's date, which the export
 * prints on a line of its own under it. A date that names no day (2024年3月) stays in the line: 讲话人（日期）. No
 * speaker when it was only part of the title (县长在…上的讲话), which the title already shows.
 */
function speakerLine(speech: ParsedSpeech, written: string | null, dayKept: boolean): string {
  const fromTitleOnly = !written && speech.speaker !== null && speech.speaker === speakerFromTitle(speech.title);
  const who = fromTitleOnly ? "" : (written ?? speech.speaker ?? "");
  const when = speech.date && !dayKept ? `（${speech.date}）` : "";
  return `${who}${when}`;
}

function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  return base.replace(/\.[A-Za-z0-9]{1,5}$/, "").trim();
}

const clampLevel = (level: number | null): HeadingLevel => (level === 2 || level === 3 ? level : 1);

const paragraph = (t: string): SpeechNode => ({
  type: NODE.paragraph,
  attrs: { blockId: null, blockVersion: null, sourceHash: null },
  ...text(t),
});

/**
 * A heading's text without its number. 一是/一要 and a talk's 第一个， are stripped too (strip-number leaves them,
 * since in pasted text they start run-in lists): the miner made the line a heading, and the composer will number
 * it (一、提高认识).
 */
function headingText(t: string): string {
  const e = parseEnumerator(t);
  const rest = e && (e.family === "shi" || e.family === "yao" || e.family === "matter") ? t.slice(e.end).trim() : "";
  return rest || stripHeadingNumber(t);
}

/** Headings (without their numbers, with their levels) and paragraphs, in order. */
function bodyOf(blocks: readonly ParsedBlock[]): {
  body: SpeechNode[];
  headings: { level: HeadingLevel; text: string }[];
} {
  const body: SpeechNode[] = [];
  const headings: { level: HeadingLevel; text: string }[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") {
      body.push(paragraph(b.text.trim()));
      continue;
    }
    const level = clampLevel(b.level);
    headings.push({ level, text: b.text });
    body.push({ type: NODE.heading, attrs: { level }, ...text(headingText(b.text)) });
  }
  return { body, headings };
}

/**
 * The speech of a mined file to import: the `order`-th (1-based; the first by default, a file of several
 * speeches being usually a collection whose first one is wanted).
 */
export function speechDocFromMined(mined: MinedDocument, opts: { order?: number } = {}): ImportedSpeech {
  const speeches = mined.speeches.filter((s) => s.blocks.length > 0);
  if (!speeches.length) throw new AppError("invalid_input", IMPORT_MSG.noSpeech);
  const order = opts.order ?? 1;
  const speech = speeches[order - 1];
  if (!speech) throw new AppError("invalid_input", noSuchSpeech(speeches.length));

  const title = (speech.title ?? fileStem(mined.file)).slice(0, MAX_SPEECH_TITLE) || UNTITLED;
  const written = speech.speaker ? writtenSpeaker(speech.speaker, mined.rawText) : null;
  const date = dayOfWrittenDate(speech.date);
  const byline = speakerLine(speech, written, date !== null);

  const { body, headings } = bodyOf(speech.blocks);
  const numbering = numberingOfHeadings(headings);
  const isDefault = numbering.every((style, i) => style === DEFAULT_SETTINGS.numbering[i]);
  return {
    title,
    speaker: (written ?? speech.speaker)?.slice(0, MAX_SPEAKER) || null,
    date,
    content: {
      type: "doc",
      content: [
        { type: NODE.title, ...text(title) },
        { type: NODE.byline, ...text(byline) },
        ...(speech.salutation ? [{ type: NODE.salutation, ...text(speech.salutation) } as SpeechNode] : []),
        ...body,
      ],
    },
    settings: isDefault ? {} : { numbering: [...numbering] },
    order,
    speechCount: speeches.length,
  };
}
