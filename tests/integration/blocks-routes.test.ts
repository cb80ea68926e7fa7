// The block routes driven with real Requests and sessions: permissions before anything else, Chinese
// validation messages, the 409 of a stale edit, and the shapes the block page reads.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import type { Role } from "@/lib/auth/roles";
import { createTestBlock, createTestUser, unique } from "@/lib/testing/factories";
import * as blocks from "@/app/api/blocks/route";
import * as block from "@/app/api/blocks/[id]/route";
import * as favourite from "@/app/api/blocks/[id]/favourite/route";
import * as merge from "@/app/api/blocks/[id]/merge/route";
import * as split from "@/app/api/blocks/[id]/split/route";
import * as revert from "@/app/api/blocks/revisions/[id]/revert/route";

const cookies: Partial<Record<Role, string>> = {};
beforeAll(async () => {
  for (const role of ["EDITOR", "VIEWER"] as const) {
    const user = await createTestUser({ role });
    cookies[role] = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
  }
});

function call(
  handler: (req: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>,
  init: { method: string; role: Role; id?: string; body?: unknown },
) {
  const headers: Record<string, string> = {
    host: "localhost",
    origin: "http://localhost",
    cookie: cookies[init.role]!,
  };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const req = new Request("http://localhost/api/blocks/x", {
    method: init.method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return handler(req, { params: Promise.resolve({ id: init.id ?? "e2e-nonexistent-id" }) });
}

describe("block routes", () => {
  it("refuse every mutation to a 只读 user with 403 before looking at the body or the id", async () => {
    const mutations = [
      () => call(blocks.POST, { method: "POST", role: "VIEWER", body: {} }),
      () => call(block.PATCH, { method: "PATCH", role: "VIEWER", body: {} }),
      () => call(favourite.PUT, { method: "PUT", role: "VIEWER", body: {} }),
      () => call(merge.POST, { method: "POST", role: "VIEWER", body: {} }),
      () => call(split.POST, { method: "POST", role: "VIEWER", body: {} }),
      () => call(revert.POST, { method: "POST", role: "VIEWER", body: {} }),
    ];
    for (const m of mutations) {
      const res = await m();
      expect(res.status).toBe(403);
      expect((await res.json()).error.message).toMatch(/权限/);
    }
  });

  it("GET returns the block page's data to a reader, 404 in Chinese for an unknown id", async () => {
    const b = await createTestBlock();
    const res = await call(block.GET, { method: "GET", role: "VIEWER", id: b.id });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.block).toMatchObject({ id: b.id, version: 1, favourite: false });
    expect(Object.keys(body).sort()).toEqual(["block", "revisions", "similar", "sources", "usages", "variants"]);
    const missing = await call(block.GET, { method: "GET", role: "VIEWER" });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toEqual({ code: "not_found", message: "素材不存在或已被删除。" });
  });

  it("PATCH saves with the version, answers a stale version with 409, and a bad body with 400 in Chinese", async () => {
    const b = await createTestBlock();
    const ok = await call(block.PATCH, {
      method: "PATCH",
      role: "EDITOR",
      id: b.id,
      body: { version: 1, curated: true },
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).block).toMatchObject({ id: b.id, curated: true, version: 2 });
    const stale = await call(block.PATCH, {
      method: "PATCH",
      role: "EDITOR",
      id: b.id,
      body: { version: 1, hidden: true },
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({
      code: "conflict",
      message: "该素材已被他人修改，请刷新后再试。",
    });
    const bad = await call(block.PATCH, { method: "PATCH", role: "EDITOR", id: b.id, body: { version: 2, text: "" } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe("素材内容不能为空。");
    const noVersion = await call(block.PATCH, { method: "PATCH", role: "EDITOR", id: b.id, body: { curated: false } });
    expect((await noVersion.json()).error.message).toBe("缺少素材的版本号，请刷新后再试。");
  });

  it("POST /api/blocks answers 201 for a new block and 200 with the existing one for a known text", async () => {
    const text = `要统筹发展和安全${unique("r")}${randomBytes(16).toString("hex")}。`;
    const created = await call(blocks.POST, { method: "POST", role: "EDITOR", body: { text } });
    expect(created.status).toBe(201);
    const first = await created.json();
    expect(first).toMatchObject({ existing: false, block: { text, origin: "MANUAL" } });
    const again = await call(blocks.POST, { method: "POST", role: "EDITOR", body: { text } });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ existing: true, block: { id: first.block.id } });
  });

  it("favourite, split, merge and revert go through to the use cases", async () => {
    const b = await createTestBlock({ text: "第一句话。第二句话。" });
    const fav = await call(favourite.PUT, { method: "PUT", role: "EDITOR", id: b.id, body: { on: true } });
    expect(await fav.json()).toEqual({ favourite: true });

    const s = await call(split.POST, {
      method: "POST",
      role: "EDITOR",
      id: b.id,
      body: { version: 1, parts: ["第一句话。", "第二句话。"] },
    });
    expect(s.status).toBe(200);
    const { block: kept, created } = await s.json();
    expect(kept.text).toBe("第一句话。");
    expect(created).toHaveLength(1);

    const m = await call(merge.POST, { method: "POST", role: "EDITOR", id: b.id, body: { absorbedId: created[0].id } });
    expect(m.status).toBe(200);
    expect((await m.json()).absorbed.mergedIntoId).toBe(b.id);
    const self = await call(merge.POST, { method: "POST", role: "EDITOR", id: b.id, body: { absorbedId: b.id } });
    expect(self.status).toBe(400);

    const detail = await (await call(block.GET, { method: "GET", role: "EDITOR", id: b.id })).json();
    const mergeRevision = detail.revisions.find((r: { action: string }) => r.action === "merge");
    expect(mergeRevision.revertible).toBe(true);
    const splitRevision = detail.revisions.find((r: { action: string }) => r.action === "split");
    expect(splitRevision.revertible).toBe(false); // its new block was merged away since
    const r = await call(revert.POST, { method: "POST", role: "EDITOR", id: mergeRevision.id });
    expect(r.status).toBe(200);
    expect((await r.json()).block.id).toBe(b.id);
    const again = await call(revert.POST, { method: "POST", role: "EDITOR", id: mergeRevision.id });
    expect(again.status).toBe(409);
  });
});
