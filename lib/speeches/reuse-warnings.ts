// "The 县长 said this at last month's meeting": for blocks about to be inserted (or already in the text), the
// earlier uses by the same speaker in other speeches, inside the speech's reuse window: the speaker's last
// `settings.reuseMeetings` occasions, or within `settings.reuseMonths` months.
//
// Definitions (the issue leaves them open):
// - the speaker is the speech's speaker field, matched against the speaker recorded with each use ignoring
//   whitespace (县长张三 is 县长 张三, 县长 李四 is not; speaker_key, served by expression indexes); a speech without
//   a speaker gets no warnings;
// - an occasion is one meeting, or one speech that has no meeting; its day is the meeting's day, else the
//   speech's day, else the day of the use (for the window in months) or the speech's creation (for ordering);
// - "the last N occasions" are the N latest of the speaker's other speeches by that day, whatever blocks they
//   used (a meeting at which the speaker said nothing from the library still counts as one of the N);
// - merged blocks count for their survivor: a warning names the id the caller gave.
import { Prisma } from "../db/generated/client";
import { db, type DbTx } from "../db/client";
import { speakerKey } from "../speech-doc/speaker-line";
import { survivingBlocks } from "./block-usage";
import { speechNotFound } from "./messages";
import { readSettings } from "./settings";
import type { ReuseFilter, ReuseWarning } from "./types";

type SpeechContext = { speaker: string; key: string; reuseMeetings: number; reuseMonths: number };

async function context(tx: DbTx, speechId: string): Promise<SpeechContext | null> {
  const s = await tx.speech.findUnique({ where: { id: speechId }, select: { speaker: true, settings: true } });
  if (!s) throw speechNotFound();
  const speaker = s.speaker?.trim();
  const key = speaker ? speakerKey(speaker) : "";
  if (!speaker || !key) return null;
  const { reuseMeetings, reuseMonths } = readSettings(s.settings);
  return { speaker, key, reuseMeetings, reuseMonths };
}

/** The occasion keys of the speaker's last N other speeches (meeting id, or the speech id without a meeting). */
const lastOccasionsSql = (speechId: string, ctx: SpeechContext) => Prisma.sql`
  SELECT o.key, o.day FROM (
    SELECT coalesce(s.meeting_id, 's:' || s.id) AS key,
           max(coalesce(m.date, s.date, s.created_at::date)) AS day
    FROM speeches s LEFT JOIN meetings m ON m.id = s.meeting_id
    WHERE speaker_key(s.speaker) = ${ctx.key} AND s.id <> ${speechId}
    GROUP BY 1) o
  ORDER BY o.day DESC, o.key DESC
  LIMIT ${ctx.reuseMeetings}`;

/** Months before today (Beijing), as a day: 12 months before 2025-03-15 is 2024-03-15. */
function monthsAgo(months: number, now: Date): string {
  const today = now.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** The Beijing day of a use (used_at is a UTC timestamp without zone, as Prisma stores every DateTime). */
const usedDay = Prisma.sql`((u.used_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')::date`;

/** Uses (u, with s its speech and m its meeting) by the speaker in other speeches inside the reuse window. */
function inWindowSql(speechId: string, ctx: SpeechContext, now: Date): Prisma.Sql {
  const since = ctx.reuseMonths > 0 ? monthsAgo(ctx.reuseMonths, now) : null;
  const inMonths = since ? Prisma.sql`coalesce(m.date, s.date, ${usedDay}) >= ${since}::date` : Prisma.sql`false`;
  const inLast =
    ctx.reuseMeetings > 0
      ? Prisma.sql`coalesce(s.meeting_id, 's:' || s.id) IN (SELECT key FROM (${lastOccasionsSql(speechId, ctx)}) l)`
      : Prisma.sql`false`;
  return Prisma.sql`u.speech_id <> ${speechId} AND speaker_key(u.speaker) = ${ctx.key} AND (${inMonths} OR ${inLast})`;
}

type Row = Omit<ReuseWarning, "usedAt"> & { usedAt: Date };

export async function reuseWarnings(opts: {
  speechId: string;
  blockIds: readonly string[];
  now?: Date;
}): Promise<ReuseWarning[]> {
  const tx = db();
  const ctx = await context(tx, opts.speechId);
  if (!ctx || !opts.blockIds.length || (ctx.reuseMeetings === 0 && ctx.reuseMonths === 0)) return [];
  const survivors = await survivingBlocks(tx, opts.blockIds);
  const asked = new Map<string, string[]>(); // survivor → the ids the caller gave
  for (const [given, survivor] of survivors) asked.set(survivor, [...(asked.get(survivor) ?? []), given]);
  if (!asked.size) return [];
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    SELECT u.block_id AS "blockId", s.id AS "speechId", s.title AS "speechTitle", m.id AS "meetingId",
           m.title AS "meetingTitle", to_char(m.date, 'YYYY-MM-DD') AS "meetingDate",
           to_char(coalesce(m.date, s.date, ${usedDay}), 'YYYY-MM-DD') AS date, u.used_at AS "usedAt"
    FROM block_usages u
      JOIN speeches s ON s.id = u.speech_id
      LEFT JOIN meetings m ON m.id = s.meeting_id
    WHERE u.block_id = ANY(${[...asked.keys()]}) AND ${inWindowSql(opts.speechId, ctx, opts.now ?? new Date())}
    ORDER BY date DESC, u.used_at DESC, s.id`);
  return rows.flatMap((r) =>
    (asked.get(r.blockId) ?? []).map((blockId) => ({ ...r, blockId, usedAt: r.usedAt.toISOString() })),
  );
}

/**
 * The library's "not used by this speaker" filter for the speech: its speaker, and a day early enough that every
 * use the warnings would flag counts (the library compares it with the moment of the use): the older of
 * "reuseMonths months ago" and the first day any use inside the window was recorded. With this filter the block
 * panel hides (at least) every block the warnings would flag. Null when the speech has no speaker or no window.
 */
export async function reuseFilter(speechId: string, now: Date = new Date()): Promise<ReuseFilter> {
  const tx = db();
  const ctx = await context(tx, speechId);
  if (!ctx || (ctx.reuseMeetings === 0 && ctx.reuseMonths === 0)) return null;
  const [first] = await tx.$queryRaw<{ day: string | null }[]>(Prisma.sql`
    SELECT to_char(min(u.used_at)::date, 'YYYY-MM-DD') AS day
    FROM block_usages u JOIN speeches s ON s.id = u.speech_id LEFT JOIN meetings m ON m.id = s.meeting_id
    WHERE ${inWindowSql(speechId, ctx, now)}`);
  const days = [first?.day, ctx.reuseMonths > 0 ? monthsAgo(ctx.reuseMonths, now) : null].filter(
    (d): d is string => !!d,
  );
  // Only the last-N window and no use in it yet: nothing to hide, but the filter stays well defined.
  if (!days.length) return { notSpeaker: ctx.speaker, since: now.toISOString().slice(0, 10) };
  return { notSpeaker: ctx.speaker, since: days.sort()[0]! };
}
