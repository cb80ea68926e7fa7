// A speech as the list and the editor read it (shared by the use cases that answer with one).
import { withSpeechStructure } from "../speech-doc/doc-structure";
import { reconcileSpeaker } from "../speech-doc/speaker-line";
import type { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import type { SpeechDoc } from "../speech-doc/types";
import { speechNotFound } from "./messages";
import { readSettings } from "./settings";
import type { SpeechDetail, SpeechListItem, UserRef } from "./types";

const userRef = { select: { id: true, displayName: true } } as const;
const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
const user = (u: { id: string; displayName: string } | null): UserRef =>
  u ? { id: u.id, displayName: u.displayName } : null;

export const speechListSelect = {
  id: true,
  title: true,
  status: true,
  kind: true,
  speaker: true,
  date: true,
  updatedAt: true,
  charCount: true,
  version: true,
  meeting: { select: { id: true, title: true, date: true } },
  updatedBy: userRef,
} satisfies Prisma.SpeechSelect;

export function toSpeechListItem(r: Prisma.SpeechGetPayload<{ select: typeof speechListSelect }>): SpeechListItem {
  return {
    ...r,
    date: day(r.date),
    updatedAt: r.updatedAt.toISOString(),
    meeting: r.meeting ? { ...r.meeting, date: day(r.meeting.date) } : null,
    updatedBy: user(r.updatedBy),
  };
}

type DetailRow = {
  id: string;
  title: string;
  status: SpeechDetail["status"];
  kind: string | null;
  speaker: string | null;
  date: string | null;
  content: unknown;
  settings: unknown;
  version: number;
  charCount: number;
  createdAt: Date;
  updatedAt: Date;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  meetingType: string | null;
  meetingLevel: string | null;
  meetingLocation: string | null;
  createdById: string | null;
  createdByName: string | null;
  updatedById: string | null;
  updatedByName: string | null;
};

/**
 * The speech as the editor opens it; not_found when there is none. One statement with joins (inside a
 * transaction, a nested Prisma select would run its relation queries concurrently on the one connection).
 */
export async function loadSpeechDetail(tx: DbTx, id: string): Promise<SpeechDetail> {
  const [r] = await tx.$queryRaw<DetailRow[]>`
    SELECT s.id, s.title, s.status::text AS status, s.kind, s.speaker, to_char(s.date, 'YYYY-MM-DD') AS date,
      s.content, s.settings, s.version, s.char_count AS "charCount", s.created_at AS "createdAt",
      s.updated_at AS "updatedAt",
      m.id AS "meetingId", m.title AS "meetingTitle", to_char(m.date, 'YYYY-MM-DD') AS "meetingDate",
      m.type AS "meetingType", m.level AS "meetingLevel", m.location AS "meetingLocation",
      cu.id AS "createdById", cu.display_name AS "createdByName",
      uu.id AS "updatedById", uu.display_name AS "updatedByName"
    FROM speeches s
      LEFT JOIN meetings m ON m.id = s.meeting_id
      LEFT JOIN users cu ON cu.id = s.created_by_id
      LEFT JOIN users uu ON uu.id = s.updated_by_id
    WHERE s.id = ${id}`;
  if (!r) throw speechNotFound();
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    kind: r.kind,
    speaker: r.speaker,
    date: r.date,
    meeting: r.meetingId
      ? {
          id: r.meetingId,
          title: r.meetingTitle!,
          date: r.meetingDate,
          type: r.meetingType,
          level: r.meetingLevel,
          location: r.meetingLocation,
        }
      : null,
    // A document stored before the structure rule (or by hand) opens in the editor rather than crashing it; one
    // stored before the speaker line followed the field shows the field (the editor, the exports, the print view).
    content: reconcileSpeaker(withSpeechStructure(r.content as SpeechDoc, r.title), r.speaker).doc,
    settings: readSettings(r.settings),
    version: r.version,
    charCount: r.charCount,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    createdBy: r.createdById ? { id: r.createdById, displayName: r.createdByName! } : null,
    updatedBy: r.updatedById ? { id: r.updatedById, displayName: r.updatedByName! } : null,
  };
}
