// 新建讲话稿: empty, from an outline template, from the outline of a corpus speech or of an earlier speech, or as
// a full copy of an earlier speech. Every new text starts with the title, the speaker line, 同志们： and an
// opening paragraph; an outline adds its headings (numbers stripped: they are computed), each followed by an
// empty paragraph to write in. A copy also records the blocks it uses.
import { stripHeadingNumber } from "../speech-doc/strip-number";
import { Prisma } from "../db/generated/client";
import { db, type DbTx } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { reconcileSpeaker } from "../speech-doc/speaker-line";
import { AppError } from "../errors";
import { bodyChars } from "../speech-doc/doc-text";
import { NODE, type HeadingLevel, type HeadingNode, type SpeechDoc, type SpeechNode } from "../speech-doc/types";
import { syncSpeechUsages } from "./block-usage";
import { SPEECH_MSG } from "./messages";
import { readSettings } from "./settings";
import type { CreateSpeechInput, SpeechSource } from "./schemas";
import { loadSpeechDetail } from "./speech-row";
import { OUTLINE_TEMPLATES, type OutlineHeading } from "./templates";
import { templateStart } from "../outline-templates/template-start";
import type { SpeechDetail } from "./types";

/** `{ content: [text] }` for a non-empty string, else nothing (ProseMirror allows no empty text nodes). */
const textOf = (s: string | null | undefined) => (s ? { content: [{ type: NODE.text, text: s }] } : {});

/** Title, speaker line, 同志们：, an opening paragraph. */
export function frontMatter(title: string, speaker: string | null): SpeechNode[] {
  return [
    { type: NODE.title, ...textOf(title) },
    { type: NODE.byline, ...textOf(speaker) },
    { type: NODE.salutation, ...textOf("同志们：") },
    { type: NODE.paragraph },
  ];
}

const clampLevel = (level: number | null | undefined): HeadingLevel => (level === 2 || level === 3 ? level : 1);

/** An outline: each heading followed by an empty paragraph to write in. */
export function outlineDoc(title: string, speaker: string | null, headings: OutlineHeading[]): SpeechDoc {
  const body = headings.flatMap((h): SpeechNode[] => [
    { type: NODE.heading, attrs: { level: h.level }, ...textOf(h.text) },
    { type: NODE.paragraph },
  ]);
  return { type: "doc", content: [...frontMatter(title, speaker), ...body] };
}

/** The headings of a corpus speech, in order, with their level and without their numbers. */
export async function corpusHeadings(tx: DbTx, corpusSpeechId: string): Promise<OutlineHeading[]> {
  // Every place a block was found is a block_source (the first one too); an exact repeat merged into another
  // block still has its place here. DISTINCT ON keeps one heading per position.
  const rows = await tx.$queryRaw<{ text: string; level: number | null }[]>(Prisma.sql`
    SELECT DISTINCT ON (s.position) b.text, b.level
    FROM block_sources s JOIN blocks b ON b.id = s.block_id
    WHERE s.speech_id = ${corpusSpeechId} AND b.kind = 'HEADING'
    ORDER BY s.position, b.merged_into_id IS NULL DESC, b.id`);
  return rows
    .map((r) => ({ level: clampLevel(r.level), text: stripHeadingNumber(r.text) }))
    .filter((h) => h.text.length > 0);
}

async function initialDoc(
  tx: DbTx,
  userId: string,
  title: string,
  speaker: string | null,
  from: SpeechSource,
): Promise<{ content: SpeechDoc; settings: Prisma.InputJsonValue }> {
  switch (from.kind) {
    case "empty":
      return { content: outlineDoc(title, speaker, []), settings: {} };
    case "template": {
      const template = OUTLINE_TEMPLATES.find((t) => t.key === from.template)!;
      return { content: outlineDoc(title, speaker, [...template.headings]), settings: {} };
    }
    case "saved-template":
    case "mined":
      return templateStart(tx, from, userId, (headings) => outlineDoc(title, speaker, headings));
    case "corpus": {
      const found = await tx.corpusSpeech.findUnique({ where: { id: from.corpusSpeechId }, select: { id: true } });
      if (!found) throw new AppError("not_found", SPEECH_MSG.corpusSpeechNotFound);
      return { content: outlineDoc(title, speaker, await corpusHeadings(tx, found.id)), settings: {} };
    }
    case "speech": {
      const source = await tx.speech.findUnique({
        where: { id: from.speechId },
        select: { content: true, settings: true },
      });
      if (!source) throw new AppError("not_found", SPEECH_MSG.sourceSpeechNotFound);
      const doc = source.content as unknown as SpeechDoc;
      const nodes = Array.isArray(doc?.content) ? doc.content : [];
      if (from.copy) {
        // The whole text, with the new title in the title node (the copy is a speech of its own).
        let titled = false;
        const content = nodes.map((n) => {
          if (n.type !== NODE.title || titled) return n;
          titled = true;
          return { type: NODE.title, ...textOf(title) };
        });
        if (!titled) content.unshift({ type: NODE.title, ...textOf(title) });
        return {
          content: { type: "doc", content },
          settings: readSettings(source.settings) as unknown as Prisma.InputJsonValue,
        };
      }
      const headings = nodes
        .filter((n): n is HeadingNode => n.type === NODE.heading)
        .map((h) => ({
          level: clampLevel(h.attrs?.level),
          text: stripHeadingNumber((h.content ?? []).map((t) => t.text).join("")),
        }))
        .filter((h) => h.text.length > 0);
      return { content: outlineDoc(title, speaker, headings), settings: {} };
    }
  }
}

export async function createSpeech(userId: string, data: CreateSpeechInput): Promise<SpeechDetail> {
  const from: SpeechSource = data.from ?? { kind: "empty" };
  return db().$transaction(async (tx) => {
    await assertMeeting(tx, data.meetingId);
    const speaker = data.speaker ?? null;
    const { content, settings } = await initialDoc(tx, userId, data.title, speaker, from);
    return insertSpeech(tx, userId, {
      ...data,
      speaker,
      content,
      settings,
      from: from as unknown as Prisma.InputJsonValue,
    });
  });
}

/** Refuses a meeting id that names no meeting (the list it was picked from may be stale). */
export async function assertMeeting(tx: DbTx, meetingId: string | null | undefined): Promise<void> {
  if (!meetingId) return;
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true } });
  if (!meeting) throw new AppError("invalid_input", SPEECH_MSG.meetingNotFound);
}

export type NewSpeechRow = {
  title: string;
  meetingId?: string | null;
  speaker: string | null;
  kind?: string | null;
  date?: Date | null;
  content: SpeechDoc;
  settings: Prisma.InputJsonValue;
  /** Where the text came from, as the audit log records it. */
  from: Prisma.InputJsonValue;
};

/** Writes a new speech with its text, the blocks it uses and the audit entry (shared with the speech import). */
export async function insertSpeech(tx: DbTx, userId: string, given: NewSpeechRow): Promise<SpeechDetail> {
  // A copied text may name another speaker under its title: the form's speaker wins, else the line's.
  const one = reconcileSpeaker(given.content, given.speaker);
  const s = { ...given, content: one.doc, speaker: one.speaker };
  const row = await tx.speech.create({
    data: {
      title: s.title,
      meetingId: s.meetingId ?? null,
      speaker: s.speaker,
      kind: s.kind ?? null,
      date: s.date ?? null,
      content: s.content as unknown as Prisma.InputJsonValue,
      settings: s.settings,
      charCount: bodyChars(s.content),
      createdById: userId,
      updatedById: userId,
    },
    select: { id: true, speaker: true, meetingId: true },
  });
  await syncSpeechUsages(tx, row, s.content, userId);
  await writeAudit(
    {
      action: "speech.create",
      userId,
      targetType: "speech",
      targetId: row.id,
      details: { title: s.title, from: s.from },
    },
    tx,
  );
  return loadSpeechDetail(tx, row.id);
}
