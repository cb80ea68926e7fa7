// The reuse window of a speech: which uses by its speaker in other speeches the reuse warnings look at. It is
// centred on the speech's day (its meeting's day, else its own date, else today in Beijing) and reaches both ways,
// since a speech is often drafted for a meeting weeks ahead, between meetings already held and meetings planned:
// - the speaker's N occasions nearest before that day (that day included) and the N nearest after it
//   (`settings.reuseMeetings`), however far away;
// - every occasion within M months either side of it (`settings.reuseMonths`).
// An occasion is one meeting, or one speech that has no meeting; its day is the meeting's day, else the speech's
// day, else the day of the use (for the months) or the speech's creation (for the nearest N).
import { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import { speakerKey } from "../speech-doc/speaker-line";
import { speechNotFound } from "./messages";
import { readSettings } from "./settings";

export type ReuseContext = {
  speaker: string;
  key: string;
  reuseMeetings: number;
  reuseMonths: number;
  /** The day the window is centred on, "2025-03-15". */
  day: string;
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The speech's speaker and window; null when it has no speaker (no warnings then). */
export async function reuseContext(tx: DbTx, speechId: string, now: Date): Promise<ReuseContext | null> {
  const s = await tx.speech.findUnique({
    where: { id: speechId },
    select: { speaker: true, settings: true, date: true, meeting: { select: { date: true } } },
  });
  if (!s) throw speechNotFound();
  const speaker = s.speaker?.trim();
  const key = speaker ? speakerKey(speaker) : "";
  if (!speaker || !key) return null;
  const { reuseMeetings, reuseMonths } = readSettings(s.settings);
  const dated = s.meeting?.date ?? s.date;
  const day = dated ? isoDay(dated) : now.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  return { speaker, key, reuseMeetings, reuseMonths, day };
}

/** A day moved by whole months, kept inside the month: 2025-03-31 minus one month is 2025-02-28. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return isoDay(first);
}

/** The first day of the window in months, or null when the window is counted in occasions only. */
export const monthsFrom = (ctx: ReuseContext): string | null =>
  ctx.reuseMonths > 0 ? addMonths(ctx.day, -ctx.reuseMonths) : null;

/** The Beijing day of a use (used_at is a UTC timestamp without zone, as Prisma stores every DateTime). */
const usedDay = Prisma.sql`((u.used_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')::date`;

/** The day a use (u, with s its speech and m its meeting) is about: the meeting's, the speech's, the use's. */
export const useDaySql = Prisma.sql`coalesce(m.date, s.date, ${usedDay})`;

/** The occasion keys of the speaker's N other occasions nearest before the day and N nearest after it. */
function nearestOccasionsSql(speechId: string, ctx: ReuseContext): Prisma.Sql {
  const occasions = Prisma.sql`
    SELECT coalesce(s.meeting_id, 's:' || s.id) AS key,
           max(coalesce(m.date, s.date, s.created_at::date)) AS day
    FROM speeches s LEFT JOIN meetings m ON m.id = s.meeting_id
    WHERE speaker_key(s.speaker) = ${ctx.key} AND s.id <> ${speechId}
    GROUP BY 1`;
  return Prisma.sql`
    (SELECT o.key FROM (${occasions}) o WHERE o.day <= ${ctx.day}::date
     ORDER BY o.day DESC, o.key DESC LIMIT ${ctx.reuseMeetings})
    UNION ALL
    (SELECT o.key FROM (${occasions}) o WHERE o.day > ${ctx.day}::date
     ORDER BY o.day, o.key LIMIT ${ctx.reuseMeetings})`;
}

/** Uses (u, with s its speech and m its meeting) by the speaker in other speeches inside the window. */
export function inWindowSql(speechId: string, ctx: ReuseContext): Prisma.Sql {
  const since = monthsFrom(ctx);
  const inMonths = since
    ? Prisma.sql`${useDaySql} BETWEEN ${since}::date AND ${addMonths(ctx.day, ctx.reuseMonths)}::date`
    : Prisma.sql`false`;
  const inNearest =
    ctx.reuseMeetings > 0
      ? Prisma.sql`coalesce(s.meeting_id, 's:' || s.id) IN (${nearestOccasionsSql(speechId, ctx)})`
      : Prisma.sql`false`;
  return Prisma.sql`u.speech_id <> ${speechId} AND speaker_key(u.speaker) = ${ctx.key} AND (${inMonths} OR ${inNearest})`;
}
