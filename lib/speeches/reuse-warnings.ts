// "The 县长 said this at last month's meeting" (or will say it at next week's): for blocks about to be inserted (or
// already in the text), the uses by the same speaker in other speeches inside the speech's reuse window
// (reuse-window.ts: centred on the speech's day, its meeting's day first, reaching both ways).
//
// Definitions (the issue leaves them open):
// - the speaker is the speech's speaker field, matched against the speaker recorded with each use ignoring
//   whitespace (县长张三 is 县长 张三, 县长 李四 is not; speaker_key, served by expression indexes); a speech without
//   a speaker gets no warnings;
// - a use is `later` when the day it is about comes after the speech's day (a meeting planned after this one);
// - merged blocks count for their survivor: a warning names the id the caller gave.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { survivingBlocks } from "./block-usage";
import { inWindowSql, monthsFrom, reuseContext, useDaySql } from "./reuse-window";
import type { ReuseFilter, ReuseWarning } from "./types";

type Row = Omit<ReuseWarning, "usedAt"> & { usedAt: Date };

export async function reuseWarnings(opts: {
  speechId: string;
  blockIds: readonly string[];
  now?: Date;
}): Promise<ReuseWarning[]> {
  const tx = db();
  const ctx = await reuseContext(tx, opts.speechId, opts.now ?? new Date());
  if (!ctx || !opts.blockIds.length || (ctx.reuseMeetings === 0 && ctx.reuseMonths === 0)) return [];
  const survivors = await survivingBlocks(tx, opts.blockIds);
  const asked = new Map<string, string[]>(); // survivor → the ids the caller gave
  for (const [given, survivor] of survivors) asked.set(survivor, [...(asked.get(survivor) ?? []), given]);
  if (!asked.size) return [];
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    SELECT u.block_id AS "blockId", s.id AS "speechId", s.title AS "speechTitle", m.id AS "meetingId",
           m.title AS "meetingTitle", to_char(m.date, 'YYYY-MM-DD') AS "meetingDate",
           to_char(${useDaySql}, 'YYYY-MM-DD') AS date, ${useDaySql} > ${ctx.day}::date AS later,
           u.used_at AS "usedAt"
    FROM block_usages u
      JOIN speeches s ON s.id = u.speech_id
      LEFT JOIN meetings m ON m.id = s.meeting_id
    WHERE u.block_id = ANY(${[...asked.keys()]}) AND ${inWindowSql(opts.speechId, ctx)}
    ORDER BY date DESC, u.used_at DESC, s.id`);
  return rows.flatMap((r) =>
    (asked.get(r.blockId) ?? []).map((blockId) => ({ ...r, blockId, usedAt: r.usedAt.toISOString() })),
  );
}

/**
 * The library's "not used by this speaker" filter for the speech: its speaker, and a day early enough that every
 * use the warnings would flag counts (the library compares it with the moment of the use): the older of the
 * window's first day in months and the first day any use inside the window was recorded. With this filter the
 * block panel hides (at least) every block the warnings would flag. Null when the speech has no speaker or no
 * window.
 */
export async function reuseFilter(speechId: string, now: Date = new Date()): Promise<ReuseFilter> {
  const tx = db();
  const ctx = await reuseContext(tx, speechId, now);
  if (!ctx || (ctx.reuseMeetings === 0 && ctx.reuseMonths === 0)) return null;
  const [first] = await tx.$queryRaw<{ day: string | null }[]>(Prisma.sql`
    SELECT to_char(min(u.used_at)::date, 'YYYY-MM-DD') AS day
    FROM block_usages u JOIN speeches s ON s.id = u.speech_id LEFT JOIN meetings m ON m.id = s.meeting_id
    WHERE ${inWindowSql(speechId, ctx)}`);
  const days = [first?.day, monthsFrom(ctx)].filter((d): d is string => !!d);
  // Only the nearest-N window and no use in it yet: nothing to hide, but the filter stays well defined.
  if (!days.length) return { notSpeaker: ctx.speaker, since: now.toISOString().slice(0, 10) };
  return { notSpeaker: ctx.speaker, since: days.sort()[0]! };
}
