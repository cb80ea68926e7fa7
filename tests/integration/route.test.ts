// lib/http/route.ts driven with real Request objects and real sessions.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import { authed, MAX_JSON_BYTES, publicRoute } from "@/lib/http/route";
import { writeAudit } from "@/lib/audit/audit-log";
import type { Role } from "@/lib/auth/roles";
import { createTestUser } from "@/lib/testing/factories";

const URL_X = "http://localhost/api/x";
const titleBody = z.object({ title: z.string({ error: "请输入标题。" }).min(2, "标题至少 2 个字。") });

const editRoute = authed("edit", { body: titleBody }, async ({ body, user }) => ({ title: body.title, by: user.id }));
const readRoute = authed("read", {}, async ({ user }) => ({ user }));
const publicPost = publicRoute({}, async ({ user, ip }) => ({ user, ip }));

const cookies: Partial<Record<Role, string>> = {};
const ids: Partial<Record<Role, string>> = {};
beforeAll(async () => {
  for (const role of ["ADMIN", "EDITOR", "VIEWER"] as const) {
    const user = await createTestUser({ role });
    ids[role] = user.id;
    cookies[role] = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

function request(
  init: { method?: string; role?: Role; body?: string | object; headers?: Record<string, string> } = {},
) {
  // A browser sends Origin with every POST; a test leaves it out with `origin: ""`.
  const headers: Record<string, string> = { host: "localhost", origin: "http://localhost", ...init.headers };
  if (init.role) headers.cookie = cookies[init.role]!;
  const body =
    init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(URL_X, { method: init.method ?? (body === undefined ? "GET" : "POST"), headers, body });
}

async function json(res: Response) {
  return (await res.json()) as { error?: { code: string; message: string }; [k: string]: unknown };
}

describe("authed()", () => {
  it("anonymous → 401 JSON with a Chinese message", async () => {
    const res = await readRoute(request());
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect((await json(res)).error).toEqual({ code: "unauthenticated", message: "请先登录。" });
  });

  it("an unknown or expired session token → 401", async () => {
    expect((await readRoute(request({ headers: { cookie: `${SESSION_COOKIE}=forged` } }))).status).toBe(401);
    const user = await createTestUser();
    const { token } = await createSession(user.id);
    await db().session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await readRoute(request({ headers: { cookie: `${SESSION_COOKIE}=${token}` } }))).status).toBe(401);
  });

  it("VIEWER on an edit route → 403 and the handler does not run", async () => {
    const handler = vi.fn(async () => ({ ran: true }));
    const route = authed("edit", {}, handler);
    const res = await route(request({ method: "POST", role: "VIEWER" }));
    expect(res.status).toBe(403);
    const body = await json(res);
    expect(body.error?.code).toBe("forbidden");
    expect(body.error?.message).toMatch(/权限/);
    expect(handler).not.toHaveBeenCalled();
  });

  it("EDITOR on the edit route → 200 with the handler's JSON and the signed-in user", async () => {
    const res = await editRoute(request({ role: "EDITOR", body: { title: "安全生产" } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ title: "安全生产", by: ids.EDITOR });
  });

  it("permissions follow the role matrix: admin routes only for ADMIN", async () => {
    const adminRoute = authed("admin", {}, async () => ({ ok: 1 }));
    expect((await adminRoute(request({ role: "ADMIN" }))).status).toBe(200);
    expect((await adminRoute(request({ role: "EDITOR" }))).status).toBe(403);
    expect((await readRoute(request({ role: "VIEWER" }))).status).toBe(200);
  });

  it("invalid body → 400 with the schema's Chinese message", async () => {
    const short = await editRoute(request({ role: "EDITOR", body: { title: "安" } }));
    expect(short.status).toBe(400);
    expect((await json(short)).error).toMatchObject({ code: "invalid_input", message: "标题至少 2 个字。" });
    const missing = await editRoute(request({ role: "EDITOR", body: {} }));
    expect((await json(missing)).error?.message).toBe("请输入标题。");
  });

  it("an English zod message is replaced by a generic Chinese one", async () => {
    const route = authed("read", { body: z.object({ n: z.number() }) }, async () => ({}));
    const res = await route(request({ role: "VIEWER", body: { n: "x" } }));
    expect(res.status).toBe(400);
    expect((await json(res)).error?.message).toBe("提交的内容格式不正确，请检查后重试。");
  });

  it("malformed JSON → 400", async () => {
    const res = await editRoute(request({ role: "EDITOR", body: "{not json" }));
    expect(res.status).toBe(400);
    expect((await json(res)).error?.message).toContain("JSON");
  });

  it("a plain Error → 500 without the message or a stack in the body", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = authed("read", {}, async () => {
      throw new Error("secret-db-password=hunter2 at /srv/app/lib/x.ts:12");
    });
    const res = await route(request({ role: "VIEWER" }));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("secret-db-password");
    expect(text).not.toMatch(/\bat \S+:\d+/);
    expect(text).not.toContain("stack");
    expect(JSON.parse(text).error).toEqual({ code: "internal", message: expect.stringMatching(/服务器出错/) });
    expect(spy).toHaveBeenCalled();
  });

  it("an AppError thrown by the handler keeps its status and message", async () => {
    const route = authed("read", {}, async () => {
      throw new AppError("not_found", "找不到该讲稿。");
    });
    const res = await route(request({ role: "VIEWER" }));
    expect(res.status).toBe(404);
    expect((await json(res)).error).toMatchObject({ code: "not_found", message: "找不到该讲稿。" });
  });

  it("cross-origin POST → 403; same-origin POSTs pass, with Origin or with Sec-Fetch-Site: same-origin", async () => {
    const evil = await editRoute(
      request({ role: "EDITOR", body: { title: "安全生产" }, headers: { origin: "https://evil.example" } }),
    );
    expect(evil.status).toBe(403);
    expect((await json(evil)).error?.code).toBe("forbidden");
    const same = await editRoute(
      request({ role: "EDITOR", body: { title: "安全生产" }, headers: { origin: "http://localhost" } }),
    );
    expect(same.status).toBe(200);
    const fetchSite = { origin: "", "sec-fetch-site": "same-origin" };
    expect((await editRoute(request({ role: "EDITOR", body: { title: "安全生产" }, headers: fetchSite }))).status).toBe(
      200,
    );
  });

  it("an Origin that is not a URL → 403; GET requests are not origin-checked", async () => {
    const res = await editRoute(request({ role: "EDITOR", body: { title: "安全生产" }, headers: { origin: "null" } }));
    expect(res.status).toBe(403);
    const get = await readRoute(request({ role: "VIEWER", headers: { origin: "https://evil.example" } }));
    expect(get.status).toBe(200);
  });

  it("JSON body over 1 MB → 413", async () => {
    const big = JSON.stringify({ title: "a".repeat(MAX_JSON_BYTES) });
    const res = await editRoute(request({ role: "EDITOR", body: big }));
    expect(res.status).toBe(413);
    expect((await json(res)).error?.code).toBe("too_large");
  });

  it("a Content-Length over 1 MB → 413 before the body is read", async () => {
    const res = await editRoute(
      request({
        role: "EDITOR",
        body: { title: "安全生产" },
        headers: { "content-length": String(MAX_JSON_BYTES + 1) },
      }),
    );
    expect(res.status).toBe(413);
  });

  it("validates the query string and passes route params", async () => {
    const route = authed(
      "read",
      { query: z.object({ page: z.coerce.number().int().min(1, "页码至少为 1。") }) },
      async ({ query, params }) => ({ query, params }),
    );
    const ok = await route(new Request(`${URL_X}?page=3`, { headers: { cookie: cookies.VIEWER! } }), {
      params: Promise.resolve({ id: "abc" }),
    });
    expect(await ok.json()).toEqual({ query: { page: 3 }, params: { id: "abc" } });
    const bad = await route(new Request(`${URL_X}?page=0`, { headers: { cookie: cookies.VIEWER! } }));
    expect(bad.status).toBe(400);
    expect((await json(bad)).error?.message).toBe("页码至少为 1。");
  });

  it("returns the handler's Response unchanged and {ok:true} for an empty result", async () => {
    const custom = authed("read", {}, async () => new Response("plain", { status: 201 }));
    const res = await custom(request({ role: "VIEWER" }));
    expect(res.status).toBe(201);
    expect(await res.text()).toBe("plain");
    const empty = authed("read", {}, async () => undefined);
    expect(await (await empty(request({ role: "VIEWER" }))).json()).toEqual({ ok: true });
  });
});

describe("publicRoute()", () => {
  it("serves anonymous users with user = null and the client IP (the socket's, not X-Forwarded-For)", async () => {
    vi.stubEnv("JGT_PEER_HEADER", "1"); // as scripts/peer-address.mjs does in the server process
    vi.stubEnv("TRUST_PROXY", "");
    try {
      const headers = { "x-jgt-peer": "198.51.100.3", "x-forwarded-for": "203.0.113.9" };
      const res = await publicPost(request({ method: "POST", headers }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ user: null, ip: "198.51.100.3" });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("gives every audit entry a handler writes the request's address, named by its use case or not", async () => {
    vi.stubEnv("JGT_PEER_HEADER", "1");
    vi.stubEnv("TRUST_PROXY", "");
    try {
      const targetId = `audit-${Date.now()}`;
      const audited = authed("edit", {}, async () => {
        await writeAudit({ action: "test.audited", targetType: "test", targetId });
      });
      const res = await audited(request({ method: "POST", role: "EDITOR", headers: { "x-jgt-peer": "198.51.100.7" } }));
      expect(res.status).toBe(200);
      expect(await db().auditLog.findFirst({ where: { targetId }, select: { ip: true } })).toEqual({
        ip: "198.51.100.7",
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("still refuses cross-origin POSTs", async () => {
    const res = await publicPost(request({ method: "POST", headers: { origin: "https://evil.example" } }));
    expect(res.status).toBe(403);
  });
});
