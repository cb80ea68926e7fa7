// The version list of a speech, newest first: who, when, kind and name, length, status at the time.
import { Prisma } from "../../db/generated/client";
import { db } from "../../db/client";
import { speechNotFound } from "../messages";
import type { SpeechVersionItem, VersionKind } from "./types";
import type { SpeechStatus } from "../types";

export const MAX_LISTED_VERSIONS = 500;

export type VersionRow = {
  id: string;
  kind: VersionKind;
  name: string | null;
  note: string | null;
  version: number;
  title: string;
  charCount: number;
  status: SpeechStatus;
  createdAt: Date;
  userId: string | null;
  userName: string | null;
};

const select = (where: Prisma.Sql, limit: number) => Prisma.sql`
  SELECT r.id, r.kind::text AS kind, r.name, r.note, r.version, r.title, r.char_count AS "charCount",
    r.status::text AS status, r.created_at AS "createdAt", u.id AS "userId", u.display_name AS "userName"
  FROM speech_revisions r LEFT JOIN users u ON u.id = r.created_by_id
  WHERE ${where} ORDER BY r.created_at DESC, r.id DESC LIMIT ${limit}`;

export const toVersionItem = (r: VersionRow): SpeechVersionItem => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  note: r.note,
  version: r.version,
  title: r.title,
  charCount: r.charCount,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.userId ? { id: r.userId, displayName: r.userName! } : null,
});

export async function listVersions(speechId: string): Promise<SpeechVersionItem[]> {
  const rows = await db().$queryRaw<VersionRow[]>(select(Prisma.sql`r.speech_id = ${speechId}`, MAX_LISTED_VERSIONS));
  if (!rows.length && !(await db().speech.findUnique({ where: { id: speechId }, select: { id: true } }))) {
    throw speechNotFound();
  }
  return rows.map(toVersionItem);
}
