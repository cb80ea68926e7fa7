// A speech as the list and the editor read it (shared by the use cases that answer with one).
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

const speechDetailSelect = {
  id: true,
  title: true,
  status: true,
  kind: true,
  speaker: true,
  date: true,
  content: true,
  settings: true,
  version: true,
  charCount: true,
  createdAt: true,
  updatedAt: true,
  meeting: { select: { id: true, title: true, date: true, type: true, level: true, location: true } },
  createdBy: userRef,
  updatedBy: userRef,
} satisfies Prisma.SpeechSelect;

/** The speech as the editor opens it; not_found when there is none. */
export async function loadSpeechDetail(tx: DbTx, id: string): Promise<SpeechDetail> {
  const r = await tx.speech.findUnique({ where: { id }, select: speechDetailSelect });
  if (!r) throw speechNotFound();
  return {
    ...r,
    date: day(r.date),
    meeting: r.meeting ? { ...r.meeting, date: day(r.meeting.date) } : null,
    content: r.content as unknown as SpeechDoc,
    settings: readSettings(r.settings),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    createdBy: user(r.createdBy),
    updatedBy: user(r.updatedBy),
  };
}
