// Issue 10, items 6 and 8, through real route handlers and real sessions: NUL characters in any input are
// refused with 400 (not a 500 from PostgreSQL); state-changing requests need our Origin (or Sec-Fetch-Site:
// same-origin) and a JSON or multipart body; every API answer says Cache-Control: no-store.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as adminUsers from "@/app/api/admin/users/route";
import * as login from "@/app/api/auth/login/route";
import * as block from "@/app/api/blocks/[id]/route";
import * as search from "@/app/api/blocks/search/route";
import * as imports from "@/app/api/corpus/imports/route";
import * as speechImport from "@/app/api/speeches/import/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import {
  BODY_TYPE_MESSAGE,
  CROSS_SITE_MESSAGE,
  NO_ORIGIN_MESSAGE,
  INVALID_CHAR_MESSAGE,
} from "@/lib/http/request-guards";
import { createTestBlock, createTestUser, unique } from "@/lib/testing/factories";

const ORIGIN = "http://localhost";
const cookies: Record<"ADMIN" | "EDITOR" | "VIEWER", string> = { ADMIN: "", EDITOR: "", VIEWER: "" };
let editorId = "";
beforeAll(async () => {
  for (const role of ["ADMIN", "EDITOR", "VIEWER"] as const) {
    const user = await createTestUser({ role });
    if (role === "EDITOR") editorId = user.id;
    cookies[role] = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
  }
});

type Init = { method?: string; cookie?: string; headers?: Record<string, string>; body?: BodyInit; json?: unknown };
function request(url: string, init: Init = {}) {
  const headers: Record<string, string> = { host: "localhost", origin: ORIGIN, ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.json !== undefined) headers["content-type"] ??= "application/json";
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  return new Request(`http://localhost${url}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
}
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });
const error = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe("NUL characters are refused with 400 in the route wrapper", () => {
  it("in the search query and in filters, and nothing is logged as a server error", async () => {
    const logged = vi.spyOn(console, "error");
    for (const query of ["q=%E7%87%83%00%E6%B0%94", "q=%E7%87%83%E6%B0%94&tag=a%00b", "speaker=%00", "a%00=1"]) {
      const res = await search.GET(request(`/api/blocks/search?${query}`, { cookie: cookies.VIEWER }));
      expect(res.status, query).toBe(400);
      expect(await error(res)).toEqual({ code: "invalid_input", message: INVALID_CHAR_MESSAGE });
    }
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it("in an id in the path", async () => {
    const res = await block.GET(request("/api/blocks/x", { cookie: cookies.VIEWER }), params({ id: "abc\u0000" }));
    expect(res.status).toBe(400);
    expect((await error(res)).message).toBe(INVALID_CHAR_MESSAGE);
  });

  it("in the user name of a sign-in, and at any depth of a JSON body, keys included", async () => {
    const signIn = await login.POST(request("/api/auth/login", { json: { username: "ad\u0000min", password: "x" } }));
    expect(signIn.status).toBe(400);
    expect((await error(signIn)).message).toBe(INVALID_CHAR_MESSAGE);
    const user = { username: unique("u"), displayName: "张三", password: "a-long-password-1", role: "EDITOR" };
    for (const extra of [{ deep: [{ x: ["\u0000"] }] }, { ["k\u0000"]: 1 }, { displayName: "张\u0000三" }]) {
      const res = await adminUsers.POST(
        request("/api/admin/users", { cookie: cookies.ADMIN, json: { ...user, ...extra } }),
      );
      expect(res.status).toBe(400);
      expect((await error(res)).message).toBe(INVALID_CHAR_MESSAGE);
    }
    expect(await db().user.count({ where: { username: user.username } })).toBe(0);
  });

  it("half of a surrogate pair and the noncharacters U+FFFE / U+FFFF, which PostgreSQL's JSON and a DOCX refuse", async () => {
    for (const username of ["ad\ud800min", "ad\udc00min", "ad\uffffmin"]) {
      const res = await login.POST(request("/api/auth/login", { json: { username, password: "x" } }));
      expect(res.status, JSON.stringify(username)).toBe(400);
      expect((await error(res)).message).toBe(INVALID_CHAR_MESSAGE);
    }
    // A whole pair (𠀀, outside the BMP) is a character like any other.
    const whole = await login.POST(request("/api/auth/login", { json: { username: "𠀀admin", password: "x" } }));
    expect(whole.status).toBe(401);
  });

  it("in a block's text sent with PATCH", async () => {
    const b = await createTestBlock();
    const res = await block.PATCH(
      request(`/api/blocks/${b.id}`, {
        method: "PATCH",
        cookie: cookies.EDITOR,
        json: { version: 1, text: "要\u0000" },
      }),
      params({ id: b.id }),
    );
    expect(res.status).toBe(400);
    expect((await db().block.findUniqueOrThrow({ where: { id: b.id } })).text).toBe(b.text);
  });

  it("in multipart field names, values and file names", async () => {
    const forms = [
      (f: FormData) => f.append("file", new Blob(["同志们："]), "讲话\u0000.txt"),
      (f: FormData) => (f.append("file", new Blob(["同志们："]), "讲话.txt"), f.append("meetingId", "m\u0000")),
      (f: FormData) => (f.append("file", new Blob(["同志们："]), "讲话.txt"), f.append("x\u0000", "1")),
    ];
    for (const fill of forms) {
      const form = new FormData();
      fill(form);
      const res = await speechImport.POST(request("/api/speeches/import", { cookie: cookies.EDITOR, body: form }));
      expect(res.status).toBe(400);
      expect((await error(res)).message).toBe(INVALID_CHAR_MESSAGE);
    }
    expect(await db().speech.count({ where: { createdById: editorId } })).toBe(0);
  });
});

describe("state-changing requests come from our own pages, with JSON or a form", () => {
  const startImport = (headers: Record<string, string>, body?: BodyInit) =>
    imports.POST(request("/api/corpus/imports", { method: "POST", cookie: cookies.EDITOR, headers, body }));

  it("refuses a POST with neither Origin nor Sec-Fetch-Site: same-origin (403, Chinese)", async () => {
    const refused: Record<string, string>[] = [
      { origin: "" },
      { origin: "", "sec-fetch-site": "cross-site" },
      { origin: "", "sec-fetch-site": "same-site" },
    ];
    for (const headers of refused) {
      const res = await startImport(headers);
      expect(res.status).toBe(403);
      expect((await error(res)).message).toBe(NO_ORIGIN_MESSAGE);
    }
    const evil = await startImport({ origin: "https://evil.example", "sec-fetch-site": "same-origin" });
    expect(evil.status).toBe(403);
    expect((await error(evil)).message).toBe(CROSS_SITE_MESSAGE);
    expect((await startImport({ origin: "", "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect((await startImport({})).status).toBe(201);
  });

  it("refuses bodies other than JSON or multipart (415, Chinese), and takes a POST without a body", async () => {
    const cases: [Record<string, string>, BodyInit][] = [
      [{ "content-type": "text/plain" }, "{}"],
      [{ "content-type": "application/x-www-form-urlencoded" }, "a=1"],
      [{ "content-type": "application/xml" }, "<a/>"],
      [{ "content-length": "3" }, new Uint8Array([1, 2, 3])],
    ];
    for (const [headers, body] of cases) {
      const res = await startImport(headers, body);
      expect(res.status, JSON.stringify(headers)).toBe(415);
      expect((await error(res)).message).toBe(BODY_TYPE_MESSAGE);
    }
    expect((await startImport({ "content-type": "application/json; charset=utf-8" }, "{}")).status).toBe(201);
  });
});

describe("API answers are not cached", () => {
  it("marks answers, errors and handler-made responses Cache-Control: no-store", async () => {
    const ok = await search.GET(request("/api/blocks/search?q=%E7%87%83%E6%B0%94", { cookie: cookies.VIEWER }));
    const anonymous = await search.GET(request("/api/blocks/search"));
    const created = await imports.POST(request("/api/corpus/imports", { method: "POST", cookie: cookies.EDITOR }));
    expect([ok.status, anonymous.status, created.status]).toEqual([200, 401, 201]);
    for (const res of [ok, anonymous, created]) expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
