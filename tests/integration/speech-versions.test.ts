// Speech versions on a real database: automatic snapshots (first save of a day, the 10-minute rule, before a
// status change, before a restore), named versions, restore with optimistic locking and 定稿, and the routes.
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { createSpeech } from "@/lib/speeches/create-speech";
import { getSpeech } from "@/lib/speeches/get-speech";
import { saveSpeech } from "@/lib/speeches/save-speech";
import { setSpeechStatus } from "@/lib/speeches/set-speech-status";
import { createNamedVersion } from "@/lib/speeches/versions/create-named-version";
import { listVersions } from "@/lib/speeches/versions/list-versions";
import { restoreVersion } from "@/lib/speeches/versions/restore-version";
import {
  BEFORE_OTHER_EDITOR,
  BEFORE_OVERWRITE,
  FIRST_SAVE_OF_DAY,
  WHILE_EDITING,
} from "@/lib/speeches/versions/auto-snapshot";
import { createTestBlock, createTestUser } from "@/lib/testing/factories";
import { headingNode, paragraphNode, testDoc, titleNode } from "@/lib/testing/speech-docs";
import * as versionsRoute from "@/app/api/speeches/[id]/versions/route";
import * as compareRoute from "@/app/api/speeches/[id]/versions/compare/route";
import * as restoreRoute from "@/app/api/speeches/[id]/versions/[versionId]/restore/route";
import * as discardedRoute from "@/app/api/speeches/[id]/versions/discarded/route";
import { DISCARDED_MINE } from "@/lib/speeches/versions/keep-discarded";
import { asCreateSpeech, asNamedVersion, asRestore, asSave, asSpeechStatus } from "@/lib/testing/route-input";

const text = (t: string) => testDoc(titleNode("讲话"), headingNode(1, "形势"), paragraphNode(t));

/** Moves every version of the speech back in time, as if taken that many minutes ago. */
const age = (speechId: string, minutes: number) =>
  db().$executeRaw`UPDATE speech_revisions SET created_at = created_at - make_interval(mins => ${minutes})
    WHERE speech_id = ${speechId}`;

async function newSpeech() {
  const user = await createTestUser({ displayName: "王秘书" });
  const s = await createSpeech(user.id, asCreateSpeech({ title: "讲话" }));
  return { user, s };
}

const kinds = async (speechId: string) => (await listVersions(speechId)).map((v) => [v.kind, v.name, v.version]);

describe("automatic versions", () => {
  it("keep the text before the first save of a day, then at most one every 10 minutes of editing", async () => {
    const { user, s } = await newSpeech();
    let v = 1;
    const save = async (t: string) =>
      (v = (await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: v, content: text(t) }))).version);
    await save("第一次保存。");
    await save("第二次保存。");
    await save("第三次保存。");
    expect(await kinds(s.id)).toEqual([["AUTO", FIRST_SAVE_OF_DAY, 1]]);
    // 9 minutes later: still inside the window.
    await age(s.id, 9);
    await save("第四次保存。");
    expect((await listVersions(s.id)).length).toBe(1);
    // 11 minutes after the last version: the text before this save is kept (version 5 holds 第四次保存).
    await age(s.id, 2);
    await save("第五次保存。");
    const list = await listVersions(s.id);
    expect(list.map((x) => [x.kind, x.version])).toEqual([
      ["AUTO", 5],
      ["AUTO", 1],
    ]);
    expect(list[0]).toMatchObject({
      title: "讲话",
      charCount: 2 + 6,
      status: "DRAFT",
      createdBy: { displayName: "王秘书" },
    });
    const stored = await db().speechRevision.findUniqueOrThrow({ where: { id: list[0]!.id } });
    expect(stored.content).toEqual(text("第四次保存。"));
    // A day later (the last version from yesterday): the first save of the day takes one again.
    await age(s.id, 24 * 60);
    await save("第二天。");
    expect((await listVersions(s.id))[0]).toMatchObject({ kind: "AUTO", name: FIRST_SAVE_OF_DAY, version: 6 });
    expect(WHILE_EDITING).toBeTruthy();
  });

  it("take no second version of a text a version already holds, and none for a refused save", async () => {
    const { user, s } = await newSpeech();
    await createNamedVersion(s.id, user.id, asNamedVersion({ name: "空白稿" }));
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("改了。") }));
    expect(await kinds(s.id)).toEqual([["NAMED", "空白稿", 1]]);
    await age(s.id, 30);
    const err = await saveSpeech(
      asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("过期的。") }),
    ).catch((e) => e);
    expect(err).toMatchObject({ code: "conflict" });
    expect((await listVersions(s.id)).length).toBe(1);
  });

  it("are taken once when parallel saves race: only the save that wins keeps the text before it", async () => {
    const { user, s } = await newSpeech();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text(`并发保存${i}。`) })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await kinds(s.id)).toEqual([["AUTO", FIRST_SAVE_OF_DAY, 1]]);
  });

  it("keep a colleague's text before it is replaced, and the text saved over on purpose, inside the 10 minutes", async () => {
    const { user, s } = await newSpeech();
    const colleague = await createTestUser({ displayName: "李科长" });
    const save = (userId: string, baseVersion: number, t: string, overwrite?: boolean) =>
      saveSpeech(asSave({ id: s.id, userId, baseVersion, content: text(t), overwrite }));
    await save(user.id, 1, "王秘书写的。");
    // Within the same minute another clerk saves over it: 王秘书's text is kept, under his name.
    await save(colleague.id, 2, "李科长改的。");
    // Then 王秘书, whose page was stale, keeps his own text (保留我的版本): 李科长's text is kept first.
    const conflict = await save(user.id, 2, "王秘书坚持的。").catch((e) => e);
    expect(conflict).toMatchObject({ code: "conflict" });
    await save(user.id, 3, "王秘书坚持的。", true);
    // His own next save, a minute later, takes none.
    await save(user.id, 4, "王秘书再改的。");
    const list = await listVersions(s.id);
    expect(list.map((x) => [x.kind, x.name, x.version, x.createdBy?.displayName])).toEqual([
      ["AUTO", BEFORE_OVERWRITE, 3, "李科长"],
      ["AUTO", BEFORE_OTHER_EDITOR, 2, "王秘书"],
      ["AUTO", FIRST_SAVE_OF_DAY, 1, "王秘书"],
    ]);
    const kept = await db().speechRevision.findMany({ where: { speechId: s.id }, orderBy: { version: "asc" } });
    expect(kept.slice(1).map((r) => r.content)).toEqual([text("王秘书写的。"), text("李科长改的。")]);
  });

  it("record a status change with the text as it stood and the status before", async () => {
    const { user, s } = await newSpeech();
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: text("送审的文本。") }));
    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "REVIEW" }));
    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "REVIEW" })); // no change, no version
    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "FINAL" }));
    const list = await listVersions(s.id);
    expect(list.map((x) => [x.kind, x.name, x.status, x.version])).toEqual([
      ["STATUS", "审阅 → 定稿", "REVIEW", 2],
      ["STATUS", "草稿 → 审阅", "DRAFT", 2],
      ["AUTO", FIRST_SAVE_OF_DAY, "DRAFT", 1],
    ]);
  });
});

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
