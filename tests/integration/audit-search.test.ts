// The audit page's query (issue 10, item 13) and GET /api/admin/audit: filters by action, user name and China-time
// days, newest first, paged, with the user a user-entry is about; administrators only.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/admin/audit/route";
import { db } from "@/lib/db/client";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { auditQuery, searchAudit } from "@/lib/audit/search-audit";
import { resetPassword } from "@/lib/users/manage-users";
import { createTestUser, unique } from "@/lib/testing/factories";

describe("searchAudit", () => {
  it("finds a sign-in by action and by the user name in any case, with the user's display name", async () => {
    const user = await createTestUser({ displayName: "审计甲", username: unique("AuditA") });
    await signIn({ username: user.username, password: user.password, ip: "10.20.30.40" });
    const found = await searchAudit({ action: "auth.login", username: user.username.toLowerCase() });
    expect(found.total).toBe(1);
    expect(found.entries[0]).toMatchObject({
      action: "auth.login",
      username: user.username,
      displayName: "审计甲",
      ip: "10.20.30.40",
    });
    // A failed sign-in of an unknown name is found by the name as typed.
    const typed = unique("nobody");
    await signIn({ username: typed, password: "x", ip: "10.20.30.41" }).catch(() => undefined);
    const failed = await searchAudit({ username: typed });
    expect(failed.entries.map((e) => [e.action, e.username])).toEqual([["auth.login_failed", typed]]);
  });

  it("filters by days in China time (UTC+8), both ends included", async () => {
    const action = unique("day.test");
    const at = (iso: string) => db().auditLog.create({ data: { action, at: new Date(iso) } });
    await at("2026-03-01T15:59:00Z"); // 2026-03-01 23:59 in Beijing
    await at("2026-03-01T16:00:00Z"); // 2026-03-02 00:00 in Beijing
    await at("2026-03-02T15:59:59Z"); // 2026-03-02 23:59:59
    await at("2026-03-02T16:00:00Z"); // 2026-03-03 00:00
    const day = await searchAudit({ action, from: "2026-03-02", to: "2026-03-02" });
    expect(day.entries.map((e) => e.at)).toEqual(["2026-03-02T15:59:59.000Z", "2026-03-01T16:00:00.000Z"]);
    expect((await searchAudit({ action, from: "2026-03-02" })).total).toBe(3);
    expect((await searchAudit({ action, to: "2026-03-01" })).total).toBe(1);
  });

  it("pages newest first and clamps a page past the end to the last one", async () => {
    const action = unique("page.test");
    await db().auditLog.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ action, at: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
    });
    const p1 = await searchAudit({ action, page: 1 }, 3);
    expect(p1).toMatchObject({ total: 7, page: 1, pageCount: 3 });
    expect(p1.entries.map((e) => e.at.slice(14, 16))).toEqual(["06", "05", "04"]);
    const last = await searchAudit({ action, page: 99 }, 3);
    expect(last.page).toBe(3);
    expect(last.entries.map((e) => e.at.slice(14, 16))).toEqual(["00"]);
  });

  it("names the user an entry is about (a password reset)", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const target = await createTestUser({ username: unique("target") });
    await resetPassword(target.id, "a-new-password-1", admin);
    const found = await searchAudit({ action: "user.reset_password", username: admin.username });
    expect(found.entries[0]).toMatchObject({
      username: admin.username,
      targetType: "user",
      targetName: target.username,
    });
  });

  it("the query schema treats blanks as no filter and refuses bad dates in Chinese", () => {
    expect(auditQuery.parse({ action: "", username: " ", from: "", page: "" })).toEqual({ page: 1 });
    const invalid = "请输入有效的日期（这一天不存在）。";
    expect(auditQuery.safeParse({ from: "2026-13-45" }).error?.issues[0]?.message).toBe(invalid);
    expect(auditQuery.safeParse({ from: "2026-02-30" }).error?.issues[0]?.message).toBe(invalid);
    expect(auditQuery.safeParse({ to: "2024-02-29" }).success).toBe(true);
    expect(auditQuery.safeParse({ from: "2026-03-02", to: "2026-03-01" }).error?.issues[0]?.message).toBe(
      "开始日期不能晚于结束日期。",
    );
  });
});

describe("GET /api/admin/audit", () => {
  const get = (qs: string, token: string) =>
    GET(
      new Request(`http://localhost/api/admin/audit?${qs}`, {
        headers: { host: "localhost", cookie: `${SESSION_COOKIE}=${token}` },
      }),
    );

  it("gives administrators a filtered page and refuses everyone else", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const editor = await createTestUser({ role: "EDITOR" });
    const action = unique("api.test");
    await db().auditLog.createMany({
      data: [
        { action, username: "甲" },
        { action, username: "乙" },
      ],
    });
    const res = await get(`action=${action}&username=%E4%B9%99`, (await createSession(admin.id)).token);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 1, page: 1, entries: [{ action, username: "乙" }] });
    const denied = await get(`action=${action}`, (await createSession(editor.id)).token);
    expect(denied.status).toBe(403);
  });
});
