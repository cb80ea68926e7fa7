// The speaker line under the title and the speech's 讲话人 field are one value: the field is what lists, reuse
// warnings and exports use, and the line always shows it. A save takes the line's text as the field; a change of
// the field rewrites the line. A date that an imported speech keeps in its line (县长 张三（2024年3月）) is not
// part of the speaker: it stays in the line when the speaker changes.
import { cleanTag } from "../blocks/plain-text";
import { nodeText } from "./doc-text";
import { NODE, type SpeechDoc, type SpeechNode } from "./types";

/** Whitespace and invisible characters, half- and full-width; the SQL function speaker_key removes the same. */
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

/** A date after the speaker, with or without brackets: （2024年3月）, (2024年3月1日), 二〇二四年三月. */
const DATE_SUFFIX = /[\s\u3000]*[（(]?[\s\u3000]*(?:\d{4}|[〇○零一二三四五六七八九]{4})[\s\u3000]*年[^（()）]*[）)]?$/;

/** How speakers are compared (reuse warnings, the library's speaker filters): without any whitespace. */
export const speakerKey = (speaker: string): string => speaker.replace(SPACE, "");

function split(line: string): { speaker: string | null; date: string } {
  const clean = cleanTag(line);
  const m = DATE_SUFFIX.exec(clean);
  const date = m ? m[0].trim() : "";
  const speaker = (m ? clean.slice(0, m.index) : clean).trim();
  return { speaker: speaker || null, date };
}

/** The speaker a line names: one line, spaces collapsed, without a trailing date; null when empty. */
export const speakerOfLine = (line: string): string | null => split(line).speaker;

/** The line showing `speaker`, keeping the date the line had after it. */
export function lineWithSpeaker(line: string, speaker: string | null): string {
  const { date } = split(line);
  const who = speaker?.trim() ?? "";
  if (!who || !date) return who || date;
  return /^[（(]/.test(date) ? who + date : `${who} ${date}`;
}

const bylineIndex = (doc: SpeechDoc): number => doc.content.findIndex((n) => n.type === NODE.byline);

/** The speaker the document's line names (null without a line or with an empty one). */
export function speakerOfDoc(doc: SpeechDoc): string | null {
  const i = bylineIndex(doc);
  return i < 0 ? null : speakerOfLine(nodeText(doc.content[i]!));
}

/**
 * The document with its line showing `speaker` (the same object when it already does). The line becomes plain
 * text: a 讲话人职务 variable in it would otherwise keep the old post.
 */
export function docWithSpeaker(doc: SpeechDoc, speaker: string | null): SpeechDoc {
  const i = bylineIndex(doc);
  const old = i < 0 ? "" : nodeText(doc.content[i]!);
  if (i >= 0 && speakerOfLine(old) === (speaker === null ? null : cleanTag(speaker) || null)) return doc;
  const text = lineWithSpeaker(old, speaker === null ? null : cleanTag(speaker));
  const line: SpeechNode = { type: NODE.byline, ...(text ? { content: [{ type: "text", text }] } : {}) };
  const content = [...doc.content];
  if (i >= 0) content[i] = line;
  else content.splice(doc.content[0]?.type === NODE.title ? 1 : 0, 0, line);
  return { ...doc, content };
}

/**
 * One value from a document and a field that may disagree (a speech created from a copy, or stored before the
 * two were kept together): a field that is set wins and the line is rewritten; without one, the line's speaker.
 */
export function reconcileSpeaker(doc: SpeechDoc, field: string | null): { doc: SpeechDoc; speaker: string | null } {
  const set = field === null ? null : cleanTag(field) || null;
  if (set === null) return { doc, speaker: speakerOfDoc(doc) };
  return { doc: docWithSpeaker(doc, set), speaker: set };
}
