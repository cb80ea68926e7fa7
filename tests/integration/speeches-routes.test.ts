// The meeting and speech routes driven with real Requests and sessions: 403 for a 只读 user on every mutation
// before anything else, the shapes the pages read, Chinese 400s, the save's 409 and body limit.
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import type { Role } from "@/lib/auth/roles";
import { MAX_JSON_BYTES } from "@/lib/http/route";
import { MAX_SAVE_BYTES } from "@/lib/speeches/schemas";
import { MAX_SPEECH_CHARS, MAX_SPEECH_NODES, type SpeechNode } from "@/lib/speech-doc/types";
import {
  createTestBlock,
  createTestDocument,
  createTestSpeechInCorpus,
  createTestUser,
  unique,
} from "@/lib/testing/factories";
import { docUsing, paragraphNode, testDoc, titleNode } from "@/lib/testing/speech-docs";
import { db } from "@/lib/db/client";
import * as meetings from "@/app/api/meetings/route";
import * as meeting from "@/app/api/meetings/[id]/route";
import * as speeches from "@/app/api/speeches/route";
import * as speech from "@/app/api/speeches/[id]/route";
import * as status from "@/app/api/speeches/[id]/status/route";
import * as reuse from "@/app/api/speeches/[id]/reuse/route";
import * as outline from "@/app/api/speeches/outline-sources/route";

type Handler = (req: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>;

const cookies: Partial<Record<Role, string>> = {};
beforeAll(async () => {
  for (const role of ["EDITOR", "VIEWER"] as const) {
    const user = await createTestUser({ role, displayName: role === "EDITOR" ? "编辑甲" : "只读乙" });
    cookies[role] = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
  }
});

function call(
  handler: Handler,
  init: { method: string; role: Role; id?: string; body?: unknown; query?: string; rawBody?: string },
) {
  const headers: Record<string, string> = {
    host: "localhost",
    origin: "http://localhost",
    cookie: cookies[init.role]!,
  };
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  if (body !== undefined) headers["content-type"] = "application/json";
  const req = new Request(`http://localhost/api/x${init.query ?? ""}`, { method: init.method, headers, body });
  return handler(req, { params: Promise.resolve({ id: init.id ?? "e2e-nonexistent-id" }) });
}

const editor = (handler: Handler, init: Omit<Parameters<typeof call>[1], "role">) =>
  call(handler, { ...init, role: "EDITOR" });

describe("meeting and speech routes", () => {
  it("refuse every mutation to a 只读 user with 403, before the body or the id", async () => {
    const mutations: [Handler, string][] = [
      [meetings.POST, "POST"],
      [meeting.PATCH, "PATCH"],
      [meeting.DELETE, "DELETE"],
      [speeches.POST, "POST"],
      [speech.PUT, "PUT"],
      [speech.PATCH, "PATCH"],
      [speech.DELETE, "DELETE"],
      [status.POST, "POST"],
    ];
    for (const [handler, method] of mutations) {
      const res = await call(handler, { method, role: "VIEWER", body: {} });
      expect(res.status, method).toBe(403);
      expect((await res.json()).error.message).toMatch(/权限/);
    }
  });

  it("a reader lists and opens meetings and speeches", async () => {
    const created = await editor(meetings.POST, {
      method: "POST",
      body: { title: `全县安全生产工作会议 ${unique("r")}`, date: "2025-03-01", type: "安全生产工作会议" },
    });
    expect(created.status).toBe(201);
    const m = (await created.json()).meeting;
    expect(m).toMatchObject({ date: "2025-03-01", speechCount: 0 });

    const s = await editor(speeches.POST, {
      method: "POST",
      body: {
        title: "讲话",
        meetingId: m.id,
        speaker: "县长 张三",
        from: { kind: "template", template: "three-points" },
      },
    });
    expect(s.status).toBe(201);
    const sp = (await s.json()).speech;
    expect(sp).toMatchObject({ version: 1, status: "DRAFT", meeting: { id: m.id } });

    const list = await call(meetings.GET, { method: "GET", role: "VIEWER", query: "?pageSize=5" });
    expect(list.status).toBe(200);
    expect(Object.keys(await list.json()).sort()).toEqual(["meetings", "page", "pageSize", "total"]);
    const one = await call(meeting.GET, { method: "GET", role: "VIEWER", id: m.id });
    expect((await one.json()).meeting).toMatchObject({ id: m.id, speechCount: 1, speeches: [{ id: sp.id }] });

    const filtered = await call(speeches.GET, {
      method: "GET",
      role: "VIEWER",
      query: `?meetingId=${m.id}&status=DRAFT&speaker=${encodeURIComponent("张三")}&q=${encodeURIComponent("讲")}`,
    });
    const body = await filtered.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(body.speeches[0]).toEqual({
      id: sp.id,
      title: "讲话",
      status: "DRAFT",
      kind: null,
      meeting: { id: m.id, title: m.title, date: "2025-03-01" },
      speaker: "县长 张三",
      date: null,
      updatedAt: sp.updatedAt,
      updatedBy: { id: expect.any(String), displayName: "编辑甲" },
      charCount: 4 + "充分认清当前安全生产形势全力抓好隐患排查整治切实压紧压实安全生产责任".length,
      version: 1,
    });
    const final = await call(speeches.GET, { method: "GET", role: "VIEWER", query: `?meetingId=${m.id}&status=FINAL` });
    expect((await final.json()).total).toBe(0);
    const opened = await call(speech.GET, { method: "GET", role: "VIEWER", id: sp.id });
    expect((await opened.json()).speech).toMatchObject({ id: sp.id, content: sp.content, settings: sp.settings });

    const missing = await call(speech.GET, { method: "GET", role: "VIEWER" });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toEqual({ code: "not_found", message: "讲话稿不存在或已被删除。" });
    const badQuery = await call(speeches.GET, { method: "GET", role: "VIEWER", query: "?status=DONE" });
    expect(badQuery.status).toBe(400);
    expect((await badQuery.json()).error.message).toBe("状态只能是草稿、审阅或定稿。");

    // A meeting with a speech cannot be deleted through the route either.
    const del = await editor(meeting.DELETE, { method: "DELETE", id: m.id });
    expect(del.status).toBe(409);
  });

  it("PUT saves with the base version; 409 keeps the newer speech in details; 400 in Chinese", async () => {
    const sp = (await (await editor(speeches.POST, { method: "POST", body: { title: "保存" } })).json()).speech;
    const content = testDoc(titleNode("保存"), paragraphNode("第一版。"));
    const ok = await editor(speech.PUT, { method: "PUT", id: sp.id, body: { baseVersion: 1, content } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      id: sp.id,
      version: 2,
      charCount: 4,
      updatedBy: { displayName: "编辑甲" },
    });
    const stale = await editor(speech.PUT, {
      method: "PUT",
      id: sp.id,
      body: { baseVersion: 1, content: testDoc(paragraphNode("过时的版本。")) },
    });
    expect(stale.status).toBe(409);
    const { error } = await stale.json();
    expect(error.message).toMatch(/^这份讲话稿已被 编辑甲 在 \d{2}:\d{2} 保存过/);
    expect(error.details.current).toMatchObject({ id: sp.id, version: 2, content });

    const bad = await editor(speech.PUT, {
      method: "PUT",
      id: sp.id,
      body: { baseVersion: 2, content: { type: "doc", content: [{ type: "table" }] } },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^讲话稿中有不支持的内容类型/);
    const noVersion = await editor(speech.PUT, { method: "PUT", id: sp.id, body: { content } });
    expect((await noVersion.json()).error.message).toBe("缺少讲话稿的版本号，请刷新后再试。");

    const meta = await editor(speech.PATCH, {
      method: "PATCH",
      id: sp.id,
      body: { speaker: "县长", kind: "主要讲话" },
    });
    // The speaker is also written into the line under the title: the text changed, so the version moves on.
    expect((await meta.json()).speech).toMatchObject({ speaker: "县长", kind: "主要讲话", version: 3 });
    const fin = await editor(status.POST, { method: "POST", id: sp.id, body: { status: "FINAL" } });
    expect((await fin.json()).speech.status).toBe("FINAL");
    const readOnly = await editor(speech.PUT, { method: "PUT", id: sp.id, body: { baseVersion: 2, content } });
    expect(readOnly.status).toBe(409);
    expect((await readOnly.json()).error.message).toBe("讲话稿已定稿，只读；如需修改请先重新打开。");
    await editor(status.POST, { method: "POST", id: sp.id, body: { status: "REVIEW" } });
    const gone = await editor(speech.DELETE, { method: "DELETE", id: sp.id });
    expect(await gone.json()).toEqual({ ok: true });
    expect((await editor(speech.GET, { method: "GET", id: sp.id })).status).toBe(404);
  });

  it("a speech at the size limits fits the save's body limit (and would not fit the default one)", async () => {
    const sp = (await (await editor(speeches.POST, { method: "POST", body: { title: "长稿" } })).json()).speech;
    // 200,000 characters in 5,000 paragraphs that all carry provenance, each split by variable marks.
    const per = MAX_SPEECH_CHARS / MAX_SPEECH_NODES;
    const body: SpeechNode[] = Array.from({ length: MAX_SPEECH_NODES - 2 }, (_, i) => ({
      type: "paragraph",
      attrs: { blockId: `c${String(i).padStart(24, "0")}`, blockVersion: 12, sourceHash: "0123abcd" },
      content: [
        { type: "text", text: "安".repeat(per / 4) },
        { type: "text", text: "县".repeat(per / 4), marks: [{ type: "variable", attrs: { name: "meetingName" } }] },
        { type: "text", text: "全".repeat(per / 4) },
        { type: "text", text: "县".repeat(per / 4), marks: [{ type: "variable", attrs: { name: "speakerTitle" } }] },
      ],
    }));
    const nodes: SpeechNode[] = [{ type: "speechTitle" }, { type: "speakerLine" }, ...body];
    const raw = JSON.stringify({ baseVersion: 1, content: { type: "doc", content: nodes } });
    const bytes = Buffer.byteLength(raw);
    expect(bytes).toBeGreaterThan(MAX_JSON_BYTES);
    expect(bytes).toBeLessThan(MAX_SAVE_BYTES);
    const res = await editor(speech.PUT, { method: "PUT", id: sp.id, rawBody: raw });
    expect(res.status).toBe(200);
    expect((await res.json()).charCount).toBe(per * (MAX_SPEECH_NODES - 2));
    const tooBig = await editor(speech.PUT, { method: "PUT", id: sp.id, rawBody: " ".repeat(MAX_SAVE_BYTES + 1) });
    expect(tooBig.status).toBe(413);
    // Other routes keep the default limit.
    const big = await editor(speeches.POST, { method: "POST", rawBody: " ".repeat(MAX_JSON_BYTES + 1) });
    expect(big.status).toBe(413);
  });

  it("reuse: warnings for ?block=… (repeatable, at most 200) and the panel's filter", async () => {
    const speaker = `县长 ${unique("张三")}`;
    const b = await createTestBlock();
    const earlier = (
      await (await editor(speeches.POST, { method: "POST", body: { title: "早先的讲话", speaker } })).json()
    ).speech;
    const content = docUsing([b], "早先的讲话", speaker);
    await editor(speech.PUT, { method: "PUT", id: earlier.id, body: { baseVersion: 1, content } });
    const now = (await (await editor(speeches.POST, { method: "POST", body: { title: "这次的讲话", speaker } })).json())
      .speech;
    const res = await call(reuse.GET, {
      method: "GET",
      role: "VIEWER",
      id: now.id,
      query: `?block=${b.id}&block=other-block`,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.warnings).toMatchObject([{ blockId: b.id, speechId: earlier.id, speechTitle: "早先的讲话" }]);
    expect(body.filter).toMatchObject({ notSpeaker: speaker, since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const none = await call(reuse.GET, { method: "GET", role: "VIEWER", id: now.id });
    expect((await none.json()).warnings).toEqual([]);
    const many = Array.from({ length: 201 }, (_, i) => `block=b${i}`).join("&");
    const tooMany = await call(reuse.GET, { method: "GET", role: "VIEWER", id: now.id, query: `?${many}` });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error.message).toBe("一次最多检查 200 条素材。");
  });

  it("outline sources: corpus speeches with headings (file name, count) and earlier speeches, by title", async () => {
    const tag = unique("提纲");
    const doc = await createTestDocument({ fileName: `${tag}.docx` });
    const cs = await createTestSpeechInCorpus(doc.id, { title: `在${tag}会议上的讲话` });
    for (const [position, text] of ["一、认清形势", "二、抓好整治"].entries()) {
      const h = await createTestBlock({
        text: `${text}${tag}`,
        kind: "HEADING",
        level: 1,
        sourceSpeechId: cs.id,
        position,
      });
      await db().blockSource.create({ data: { blockId: h.id, documentId: doc.id, speechId: cs.id, position } });
    }
    await createTestSpeechInCorpus(doc.id, { title: `在${tag}会议上的致辞`, order: 2 }); // no headings: left out
    await editor(speeches.POST, {
      method: "POST",
      body: { title: `${tag} 讲话稿`, from: { kind: "template", template: "three-points" } },
    });
    const res = await call(outline.GET, { method: "GET", role: "VIEWER", query: `?q=${encodeURIComponent(tag)}` });
    const body = await res.json();
    expect(body.corpus).toEqual([
      { id: cs.id, title: `在${tag}会议上的讲话`, speaker: null, date: null, fileName: `${tag}.docx`, headingCount: 2 },
    ]);
    expect(body.speeches).toMatchObject([{ title: `${tag} 讲话稿`, headingCount: 3, meetingTitle: null }]);
    const pct = await call(outline.GET, { method: "GET", role: "VIEWER", query: `?q=${encodeURIComponent("%")}` });
    expect(pct.status).toBe(200);
  });
});
