import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  createSession,
  deleteSession,
  deleteSessionsOfUser,
  SESSION_TTL_MS,
  userForSessionToken,
} from "@/lib/auth/sessions";
import { createTestUser } from "@/lib/testing/factories";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("sessions", () => {
  it("stores only the token's SHA-256 and resolves the token to the user", async () => {
    const user = await createTestUser({ role: "VIEWER", displayName: "张三" });
    const { token, expiresAt } = await createSession(user.id, { ip: "198.51.100.4", userAgent: "x".repeat(500) });
    expect(await db().session.findUnique({ where: { id: token } })).toBeNull();
    const row = await db().session.findUniqueOrThrow({ where: { id: sha256(token) } });
    expect(row.userId).toBe(user.id);
    expect(row.ip).toBe("198.51.100.4");
    expect(row.userAgent).toHaveLength(400);
    expect(row.expiresAt.getTime()).toBe(expiresAt.getTime());
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(SESSION_TTL_MS - 60_000);
    expect(await userForSessionToken(token)).toEqual({
      id: user.id,
      username: user.username,
      displayName: "张三",
      role: "VIEWER",
    });
  });

  it("returns null for missing, unknown and oversized tokens", async () => {
    const user = await createTestUser();
    const { token } = await createSession(user.id);
    expect(await userForSessionToken(undefined)).toBeNull();
    expect(await userForSessionToken("")).toBeNull();
    expect(await userForSessionToken(`${token}x`)).toBeNull();
    expect(await userForSessionToken("a".repeat(201))).toBeNull();
    expect(await userForSessionToken(sha256(token))).toBeNull(); // the stored id is not a usable token
  });

  it("an expired session resolves to null and its row is deleted", async () => {
    const user = await createTestUser();
    const { token } = await createSession(user.id);
    await db().session.update({ where: { id: sha256(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await userForSessionToken(token)).toBeNull();
    expect(await db().session.findUnique({ where: { id: sha256(token) } })).toBeNull();
  });

  it("a disabled user's session resolves to null and is deleted", async () => {
    const user = await createTestUser();
    const { token } = await createSession(user.id);
    expect(await userForSessionToken(token)).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await userForSessionToken(token)).toBeNull();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("slides the expiry when the session was last seen more than 10 minutes ago", async () => {
    const user = await createTestUser();
    const { token } = await createSession(user.id);
    const id = sha256(token);
    const oldSeen = new Date(Date.now() - 11 * 60 * 1000);
    const soon = new Date(Date.now() + 60 * 60 * 1000);
    await db().session.update({ where: { id }, data: { lastSeenAt: oldSeen, expiresAt: soon } });
    expect(await userForSessionToken(token)).not.toBeNull();
    const row = await db().session.findUniqueOrThrow({ where: { id } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(oldSeen.getTime() + 10 * 60 * 1000);
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_TTL_MS - 60_000);
  });

  it("does not touch a session seen recently", async () => {
    const user = await createTestUser();
    const { token } = await createSession(user.id);
    const id = sha256(token);
    const seen = new Date(Date.now() - 60 * 1000);
    const soon = new Date(Date.now() + 60 * 60 * 1000);
    await db().session.update({ where: { id }, data: { lastSeenAt: seen, expiresAt: soon } });
    expect(await userForSessionToken(token)).not.toBeNull();
    const row = await db().session.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt.getTime()).toBe(soon.getTime());
    expect(row.lastSeenAt.getTime()).toBe(seen.getTime());
  });

  it("deleteSession ends only that session", async () => {
    const user = await createTestUser();
    const a = await createSession(user.id);
    const b = await createSession(user.id);
    await deleteSession(a.token);
    expect(await userForSessionToken(a.token)).toBeNull();
    expect(await userForSessionToken(b.token)).not.toBeNull();
    await expect(deleteSession(a.token)).resolves.toBeUndefined(); // idempotent
  });

  it("deleteSessionsOfUser ends all of one user's sessions and no one else's", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await createSession(user.id);
    await createSession(user.id);
    const kept = await createSession(other.id);
    await deleteSessionsOfUser(user.id);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await userForSessionToken(kept.token)).not.toBeNull();
  });

  it("a sign-in removes the expired sessions of every user and keeps live ones", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const expired = await createSession(other.id);
    const live = await createSession(other.id);
    await db().session.update({
      where: { id: sha256(expired.token) },
      data: { expiresAt: new Date(Date.now() - 5000) },
    });
    await createSession(user.id);
    expect(await db().session.findUnique({ where: { id: sha256(expired.token) } })).toBeNull();
    expect(await db().session.findUnique({ where: { id: sha256(live.token) } })).not.toBeNull();
  });
});
