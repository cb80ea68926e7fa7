// Speech versions on a real database: named versions, restore with optimistic locking and 定稿 (keeping the text
// before it), and the routes. The automatic versions are in speech-auto-versions.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { getSpeech } from "@/lib/speeches/get-speech";
import { saveSpeech } from "@/lib/speeches/save-speech";
import { setSpeechStatus } from "@/lib/speeches/set-speech-status";
import { createNamedVersion } from "@/lib/speeches/versions/create-named-version";
import { listVersions } from "@/lib/speeches/versions/list-versions";
import { restoreVersion } from "@/lib/speeches/versions/restore-version";
import { FIRST_SAVE_OF_DAY } from "@/lib/speeches/versions/auto-snapshot";
import { createTestBlock, createTestUser } from "@/lib/testing/factories";
import { paragraphNode, testDoc, titleNode } from "@/lib/testing/speech-docs";
import * as versionsRoute from "@/app/api/speeches/[id]/versions/route";
import * as compareRoute from "@/app/api/speeches/[id]/versions/compare/route";
import * as restoreRoute from "@/app/api/speeches/[id]/versions/[versionId]/restore/route";
import * as discardedRoute from "@/app/api/speeches/[id]/versions/discarded/route";
import { DISCARDED_MINE } from "@/lib/speeches/versions/keep-discarded";
import { asNamedVersion, asRestore, asSave, asSpeechStatus } from "@/lib/testing/route-input";
import { newSpeech, text } from "../support/speech-versions";

describe("restore", () => {
  it("makes the version the current text, keeps the text before it, bumps the version and the usages", async () => {
    const { user, s } = await newSpeech();
    const block = await createTestBlock({ text: "要压实企业主体责任。" });
    const withBlock = testDoc(titleNode("讲话"), paragraphNode("要压实企业主体责任。", { id: block.id }));
    const saved = await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: withBlock }));
    const first = await createNamedVersion(s.id, user.id, asNamedVersion({ name: "第一稿", note: "给主任看" }));
    expect(first).toMatchObject({ kind: "NAMED", name: "第一稿", note: "给主任看", version: saved.version });
    expect(first.createdBy?.id).toBe(user.id);
    const audit = await db().auditLog.findFirst({ where: { action: "speech.version", targetId: s.id } });
    expect(audit?.details).toEqual({ versionId: first.id, name: "第一稿" });
    const later = await saveSpeech(
      asSave({
        id: s.id,
        userId: user.id,
        baseVersion: saved.version,
        content: text("改写后。"),
      }),
    );
    expect(await db().blockUsage.count({ where: { speechId: s.id } })).toBe(0);

    const restored = await restoreVersion(
      asRestore({
        speechId: s.id,
        versionId: first.id,
        baseVersion: later.version,
        userId: user.id,
      }),
    );
    expect(restored.version).toBe(later.version + 1);
    expect(restored.content).toEqual(withBlock);
    expect((await getSpeech(s.id)).content).toEqual(withBlock);
    expect(await db().blockUsage.count({ where: { speechId: s.id, blockId: block.id } })).toBe(1);
    const list = await listVersions(s.id);
    expect(list[0]).toMatchObject({ kind: "BEFORE_RESTORE", name: "恢复“第一稿”之前", version: later.version });
    const before = await db().speechRevision.findUniqueOrThrow({ where: { id: list[0]!.id } });
    expect(before.content).toEqual(text("改写后。"));
  });

  it("refuses a stale version (409 with the newer speech) and a 定稿 speech, changing nothing", async () => {
    const { user, s } = await newSpeech();
    const v1 = await createNamedVersion(s.id, user.id, asNamedVersion({ name: "第一稿" }));
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("新的。") }));
    const stale = await restoreVersion(
      asRestore({ speechId: s.id, versionId: v1.id, baseVersion: 1, userId: user.id }),
    ).catch((e) => e);
    expect(stale).toMatchObject({ code: "conflict", status: 409, details: { current: { version: 2 } } });
    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "FINAL" }));
    const final = await restoreVersion(
      asRestore({ speechId: s.id, versionId: v1.id, baseVersion: 2, userId: user.id }),
    ).catch((e) => e);
    expect(final).toMatchObject({ code: "conflict", message: expect.stringContaining("定稿") });
    expect((await getSpeech(s.id)).version).toBe(2);
    expect((await listVersions(s.id)).some((x) => x.kind === "BEFORE_RESTORE")).toBe(false);
    const other = await newSpeech();
    const foreign = await restoreVersion(
      asRestore({
        speechId: other.s.id,
        versionId: v1.id,
        baseVersion: 1,
        userId: user.id,
      }),
    ).catch((e) => e);
    expect(foreign).toMatchObject({ code: "not_found" });
  });
});

describe("version routes", () => {
  const cookie: Record<string, string> = {};
  beforeAll(async () => {
    for (const role of ["EDITOR", "VIEWER"] as const) {
      const u = await createTestUser({ role });
      cookie[role] = `${SESSION_COOKIE}=${(await createSession(u.id)).token}`;
    }
  });
  type Handler = (req: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const call = (
    h: Handler,
    role: string,
    params: Record<string, string>,
    init: { method?: string; body?: unknown; query?: string } = {},
  ) =>
    h(
      new Request(`http://localhost/api/x${init.query ?? ""}`, {
        method: init.method ?? "GET",
        headers: {
          host: "localhost",
          origin: "http://localhost",
          cookie: cookie[role]!,
          "content-type": "application/json",
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
      { params: Promise.resolve(params) },
    );

  it("name, list, compare and restore; a 只读 user may read but not change; Chinese 400s", async () => {
    const { user, s } = await newSpeech();
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("今年以来，形势总体平稳。") }));
    const named = await call(versionsRoute.POST, "EDITOR", { id: s.id }, { method: "POST", body: { name: "第一稿" } });
    expect(named.status).toBe(200);
    const { version } = await named.json();
    expect(
      (await call(versionsRoute.POST, "VIEWER", { id: s.id }, { method: "POST", body: { name: "x" } })).status,
    ).toBe(403);
    const empty = await call(versionsRoute.POST, "EDITOR", { id: s.id }, { method: "POST", body: { name: " " } });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.message).toContain("版本名称");
    await saveSpeech(
      asSave({ id: s.id, userId: user.id, baseVersion: 2, content: text("今年以来，形势总体稳定向好。") }),
    );

    const list = await (await call(versionsRoute.GET, "VIEWER", { id: s.id })).json();
    expect(list.versions.map((v: { name: string }) => v.name)).toEqual(["第一稿", FIRST_SAVE_OF_DAY]);
    const cmp = await call(compareRoute.GET, "VIEWER", { id: s.id }, { query: `?from=${version.id}` });
    const body = await cmp.json();
    expect(body.from.label).toBe("第一稿");
    expect(body.to.label).toBe("当前文本");
    expect(body.comparison.summary).toMatchObject({ changes: 1, insertedChars: 3, deletedChars: 1 });
    expect((await call(compareRoute.GET, "VIEWER", { id: s.id }, { query: "?from=nope" })).status).toBe(404);

    const restore = (role: string, baseVersion: number) =>
      call(restoreRoute.POST, role, { id: s.id, versionId: version.id }, { method: "POST", body: { baseVersion } });
    expect((await restore("VIEWER", 3)).status).toBe(403);
    expect((await restore("EDITOR", 2)).status).toBe(409);
    const ok = await restore("EDITOR", 3);
    expect(ok.status).toBe(200);
    expect((await ok.json()).speech).toMatchObject({ version: 4, content: text("今年以来，形势总体平稳。") });
  });

  it("keep the text a clerk gives up for a newer version (采用较新的版本), leaving the speech as it is", async () => {
    const { user, s } = await newSpeech();
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("同事保存的文本。") }));
    const mine = { baseVersion: 1, title: "我的标题", content: text("我没能保存的修改。") };
    const post = (role: string, body: unknown) =>
      call(discardedRoute.POST, role, { id: s.id }, { method: "POST", body });
    expect((await post("VIEWER", mine)).status).toBe(403);
    expect((await post("EDITOR", { ...mine, content: { type: "doc" } })).status).toBe(400);
    // Only a text a newer version overtook: not the current version's number, nor one past any integer column.
    for (const baseVersion of [2, 3, 2 ** 40])
      expect((await post("EDITOR", { ...mine, baseVersion })).status).toBe(400);
    const kept = await post("EDITOR", mine);
    expect(kept.status).toBe(200);
    expect((await kept.json()).version).toMatchObject({ kind: "AUTO", name: DISCARDED_MINE, version: 1 });
    const [row] = await db().speechRevision.findMany({ where: { speechId: s.id, name: DISCARDED_MINE } });
    expect(row).toMatchObject({ title: "我的标题", content: text("我没能保存的修改。") });
    expect((await getSpeech(s.id)).content).toEqual(text("同事保存的文本。"));
  });
});
