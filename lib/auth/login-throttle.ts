// Sign-in throttle state in PostgreSQL (lib/auth/login-policy.ts says what it enforces). An attempt is reserved,
// counted as a failure, by one conditional upsert per limit BEFORE its password is checked, so concurrent attempts
// cannot all slip past a count that none of them has written yet; a success then gives the reservation back.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import {
  ADDRESS_MAX_FAILURES,
  ADDRESS_WINDOW_MS,
  FIRST_WAIT_MS,
  FREE_TRIES,
  KNOWN_PAIR_MS,
  MAX_WAIT_MS,
  PAIR_MEMORY_MS,
} from "./login-policy";

export type Reservation =
  | { ok: true; failures: number; addressFailures: number | null }
  | { ok: false; scope: "pair" | "address"; retryAfterMs: number };

/** Throttles key user names as typed, trimmed and lower-cased (ZhangSan and zhangsan share their tries). */
export const throttleName = (username: string) => username.trim().toLowerCase();

/** A timestamp parameter as UTC `timestamp(3)`, whatever the session's time zone (Prisma stores UTC). */
const at = (d: Date) => Prisma.sql`(to_timestamp(${d.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')`;

async function reserveAddress(address: string, now: Date): Promise<number | null> {
  const windowFloor = at(new Date(now.getTime() - ADDRESS_WINDOW_MS));
  const expired = Prisma.sql`a.window_start <= ${windowFloor}`;
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO login_address_throttles AS a (address, window_start, failures)
    VALUES (${address}, ${at(now)}, 1)
    ON CONFLICT (address) DO UPDATE SET
      failures = CASE WHEN ${expired} THEN 1 ELSE a.failures + 1 END,
      window_start = CASE WHEN ${expired} THEN ${at(now)} ELSE a.window_start END
    WHERE ${expired} OR a.failures < ${ADDRESS_MAX_FAILURES}
    RETURNING a.failures`;
  return rows[0]?.failures ?? null;
}

async function releaseAddress(address: string): Promise<void> {
  await db().$executeRaw`
    UPDATE login_address_throttles SET failures = GREATEST(failures - 1, 0) WHERE address = ${address}`;
}

async function reservePair(username: string, address: string, now: Date): Promise<number | null> {
  const memoryFloor = at(new Date(now.getTime() - PAIR_MEMORY_MS));
  const next = Prisma.sql`(CASE WHEN p.last_failure_at > ${memoryFloor} THEN p.failures + 1 ELSE 1 END)`;
  // The wait this failure starts if the password turns out wrong (login-policy.ts waitAfter, in SQL).
  const lockFor = (f: Prisma.Sql) => Prisma.sql`CASE WHEN ${f} >= ${FREE_TRIES} THEN ${at(now)} + LEAST(
      ${FIRST_WAIT_MS}::float8 * power(2, LEAST(${f} - ${FREE_TRIES}, 30)), ${MAX_WAIT_MS}) * interval '1 millisecond'
    END`;
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO login_pair_throttles AS p (username, address, failures, last_failure_at, locked_until)
    VALUES (${username}, ${address}, 1, ${at(now)}, ${lockFor(Prisma.sql`1`)})
    ON CONFLICT (username, address) DO UPDATE SET
      failures = ${next},
      last_failure_at = ${at(now)},
      locked_until = ${lockFor(next)}
    WHERE p.locked_until IS NULL OR p.locked_until <= ${at(now)}
    RETURNING p.failures`;
  return rows[0]?.failures ?? null;
}

/** Reserves one attempt for the pair (and, unless the pair is known there, for the address), or says why not. */
export async function reserveAttempt(username: string, address: string, now: Date): Promise<Reservation> {
  const name = throttleName(username);
  const pair = await db().loginPairThrottle.findUnique({ where: { username_address: { username: name, address } } });
  const known = pair?.lastSuccessAt != null && now.getTime() - pair.lastSuccessAt.getTime() < KNOWN_PAIR_MS;

  let addressFailures: number | null = null;
  if (!known) {
    addressFailures = await reserveAddress(address, now);
    if (addressFailures === null) {
      const row = await db().loginAddressThrottle.findUnique({ where: { address } });
      const until = (row?.windowStart.getTime() ?? now.getTime()) + ADDRESS_WINDOW_MS;
      return { ok: false, scope: "address", retryAfterMs: Math.max(until - now.getTime(), 1000) };
    }
  }
  const failures = await reservePair(name, address, now);
  if (failures === null) {
    if (addressFailures !== null) await releaseAddress(address);
    const row = await db().loginPairThrottle.findUnique({ where: { username_address: { username: name, address } } });
    const until = row?.lockedUntil?.getTime() ?? now.getTime();
    return { ok: false, scope: "pair", retryAfterMs: Math.max(until - now.getTime(), 1000) };
  }
  return { ok: true, failures, addressFailures };
}

/** The attempt succeeded: the pair starts afresh (and is known here from now on); its address count is returned. */
export async function recordSuccess(username: string, address: string, reservation: Reservation, now: Date) {
  await db().loginPairThrottle.update({
    where: { username_address: { username: throttleName(username), address } },
    data: { failures: 0, lastFailureAt: null, lockedUntil: null, lastSuccessAt: now },
  });
  if (reservation.ok && reservation.addressFailures !== null) await releaseAddress(address);
}

/** An administrator reset the password: the user's waits end at every address. Returns how many were cleared. */
export async function clearLocksOfUser(username: string): Promise<number> {
  const { count } = await db().loginPairThrottle.updateMany({
    where: { username: throttleName(username), failures: { gt: 0 } },
    data: { failures: 0, lastFailureAt: null, lockedUntil: null },
  });
  return count;
}

/** Drops rows that no longer hold anything: old address windows, forgotten failures without a recent success. */
export async function purgeStaleThrottles(now: Date): Promise<void> {
  await db().loginAddressThrottle.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - ADDRESS_WINDOW_MS) } },
  });
  const memoryFloor = new Date(now.getTime() - PAIR_MEMORY_MS);
  await db().loginPairThrottle.deleteMany({
    where: {
      AND: [
        { OR: [{ lastFailureAt: null }, { lastFailureAt: { lt: memoryFloor } }] },
        { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
        { OR: [{ lastSuccessAt: null }, { lastSuccessAt: { lt: new Date(now.getTime() - KNOWN_PAIR_MS) } }] },
      ],
    },
  });
}
