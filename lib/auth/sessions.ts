// Database-backed sessions. The browser holds a random token; the table holds only its SHA-256,
// so a leaked database dump cannot be replayed as cookies.
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { preparedRows } from "../db/raw-sql";
import type { Role } from "./roles";

export { SESSION_COOKIE } from "./session-cookie";
export const SESSION_TTL_MS = 1000 * 60 * 60 * 24 * 14; // 14 days, sliding
const TOUCH_INTERVAL_MS = 1000 * 60 * 10; // refresh last_seen/expiry at most every 10 minutes

export type SessionUser = { id: string; username: string; displayName: string; role: Role };

type SessionRow = SessionUser & { expiresAt: Date; lastSeenAt: Date; disabled: boolean };

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  // A sign-in clears the sessions that expired unused (a used one is removed when next presented), so the
  // table does not grow without a scheduler; the expires_at index makes this one short range scan.
  await purgeExpiredSessions();
  await db().session.create({
    data: {
      id: hashToken(token),
      userId,
      expiresAt,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    },
  });
  return { token, expiresAt };
}

/** The signed-in user for a cookie token, or null when the token is unknown, expired or the user disabled. */
export async function userForSessionToken(token: string | undefined | null): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const id = hashToken(token);
  // Every request of a signed-in user asks this: one prepared statement on the pool directly (raw-sql.ts), not
  // through Prisma, which cost a millisecond or two more a request.
  const [session] = await preparedRows<
    SessionRow[]
  >(Prisma.sql`SELECT s.expires_at AS "expiresAt", s.last_seen_at AS "lastSeenAt", u.id, u.username,
        u.display_name AS "displayName", u.role::text AS role, u.disabled
      FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ${id}`);
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || session.disabled) {
    await db()
      .session.delete({ where: { id } })
      .catch(() => undefined);
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db().session.update({
      where: { id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_TTL_MS) },
    });
  }
  const { id: userId, username, displayName, role } = session;
  return { id: userId, username, displayName, role };
}

export async function deleteSession(token: string): Promise<void> {
  await db().session.deleteMany({ where: { id: hashToken(token) } });
}

export async function deleteSessionsOfUser(userId: string): Promise<void> {
  await db().session.deleteMany({ where: { userId } });
}

/** Ends every session of the user except the one holding `keepToken` (the request's own); returns how many. */
export async function deleteOtherSessionsOfUser(userId: string, keepToken: string | null | undefined): Promise<number> {
  const keep = keepToken ? hashToken(keepToken) : null;
  const r = await db().session.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return r.count;
}

/** Deletes every expired session; returns how many. */
async function purgeExpiredSessions(): Promise<number> {
  const r = await db().session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return r.count;
}
