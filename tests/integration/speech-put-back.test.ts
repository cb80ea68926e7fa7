// Putting one paragraph of a version back into the current text (the compare view's 放回此段) on a real database:
// the old node comes back at its aligned place with its provenance, the save is version-checked (a stale base
// fails with the usual conflict message), the text before it is kept as a version, usages follow, and the route
// is for editors only.
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { compareVersions } from "@/lib/speeches/versions/compare-versions";
import { createSpeech } from "@/lib/speeches/create-speech";
import { getSpeech } from "@/lib/speeches/get-speech";
import { saveSpeech } from "@/lib/speeches/save-speech";
import { setSpeechStatus } from "@/lib/speeches/set-speech-status";
import { createNamedVersion } from "@/lib/speeches/versions/create-named-version";
import { listVersions } from "@/lib/speeches/versions/list-versions";
import { putBackParagraph } from "@/lib/speeches/versions/put-back-paragraph";
import { createTestBlock, createTestUser } from "@/lib/testing/factories";
import { headingNode, paragraphNode, testDoc, titleNode } from "@/lib/testing/speech-docs";
import * as putBackRoute from "@/app/api/speeches/[id]/versions/[versionId]/put-back/route";
import { asCreateSpeech, asNamedVersion, asPutBack, asSave, asSpeechStatus } from "@/lib/testing/route-input";

const P1 = "今年以来，全县安全生产形势总体平稳，事故起数和死亡人数实现双下降。";
const P2 = "要严格落实“党政同责、一岗双责、齐抓共管、失职追责”的要求。";
const P3 = "要聚焦道路交通、建筑施工、危险化学品等重点行业开展专项整治。";

/** A speech saved with `first`, named 第一稿, then saved with `then`; answers what the tests need. */
async function speechWithVersion(first: ReturnType<typeof testDoc>, then: ReturnType<typeof testDoc>) {
  const user = await createTestUser({ displayName: "李秘书" });
  const s = await createSpeech(user.id, asCreateSpeech({ title: "讲话" }));
  const saved = await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: first }));
  const named = await createNamedVersion(s.id, user.id, asNamedVersion({ name: "第一稿" }));
  const later = await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: saved.version, content: then }));
  return { user, s, named, version: later.version };
}

const rowIndex = async (speechId: string, versionId: string, type: string) =>
  (await compareVersions(speechId, versionId, "current")).comparison.rows.findIndex((r) => r.type === type);

describe("putBackParagraph", () => {
  it("puts the old paragraph back with its provenance, keeps the text before as a version, usages follow", async () => {
    const block = await createTestBlock({ text: P2 });
    const old = testDoc(titleNode("讲话"), headingNode(1, "形势"), paragraphNode(P1), paragraphNode(P2, block));
    const now = testDoc(titleNode("讲话"), headingNode(1, "形势"), paragraphNode(P1), paragraphNode(P3));
    const { user, s, named, version } = await speechWithVersion(old, now);
    expect(await db().blockUsage.count({ where: { speechId: s.id } })).toBe(0);
    // P2 → P3 is too different to be an edit: P2 was deleted, P3 inserted.
    const row = await rowIndex(s.id, named.id, "deleted");
    expect(row).toBeGreaterThan(0);

    const result = await putBackParagraph(
      asPutBack({
        speechId: s.id,
        versionId: named.id,
        baseVersion: version,
        row,
        userId: user.id,
      }),
    );
    expect(result.version).toBe(version + 1);
    const expected = testDoc(
      titleNode("讲话"),
      headingNode(1, "形势"),
      paragraphNode(P1),
      paragraphNode(P2, block),
      paragraphNode(P3),
    );
    expect(result.content).toEqual(expected);
    expect((await getSpeech(s.id)).content).toEqual(expected);
    expect(await db().blockUsage.count({ where: { speechId: s.id, blockId: block.id } })).toBe(1);
    const [before] = await listVersions(s.id);
    expect(before).toMatchObject({ kind: "BEFORE_RESTORE", name: "放回“第一稿”的一段之前", version });
    expect((await db().speechRevision.findUniqueOrThrow({ where: { id: before!.id } })).content).toEqual(now);
    const audit = await db().auditLog.findFirst({ where: { action: "speech.put_back", targetId: s.id } });
    expect(audit?.details).toEqual({ versionId: named.id, name: "第一稿", row });
  });

  it("refuses a stale base version with the conflict message, a 定稿 speech and a row with nothing to put back", async () => {
    const old = testDoc(titleNode("讲话"), paragraphNode(P1));
    const now = testDoc(titleNode("讲话"), paragraphNode(P1.replace("总体平稳", "稳定向好")));
    const { user, s, named, version } = await speechWithVersion(old, now);
    const row = await rowIndex(s.id, named.id, "changed");
    const put = (baseVersion: number, at = row) =>
      putBackParagraph(asPutBack({ speechId: s.id, versionId: named.id, baseVersion, row: at, userId: user.id })).catch(
        (e) => e,
      );

    const stale = await put(version - 1);
    expect(stale).toMatchObject({ code: "conflict", status: 409, details: { current: { version } } });
    expect(stale.message).toMatch(/已被 李秘书 在 .* 保存过，您的修改没有覆盖对方/);
    const same = await rowIndex(s.id, named.id, "same");
    expect(await put(version, same)).toMatchObject({ code: "invalid_input", message: expect.stringContaining("放回") });
    expect((await getSpeech(s.id)).version).toBe(version);
    expect((await listVersions(s.id)).some((v) => v.kind === "BEFORE_RESTORE")).toBe(false);

    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "FINAL" }));
    expect(await put(version)).toMatchObject({ code: "conflict", message: expect.stringContaining("定稿") });
  });
});

describe("put-back route", () => {
  const cookie: Record<string, string> = {};
  beforeAll(async () => {
    for (const role of ["EDITOR", "VIEWER"] as const) {
      const u = await createTestUser({ role });
      cookie[role] = `${SESSION_COOKIE}=${(await createSession(u.id)).token}`;
    }
  });
  const post = (role: string, params: Record<string, string>, body: unknown) =>
    putBackRoute.POST(
      new Request("http://localhost/api/x", {
        method: "POST",
        headers: {
          host: "localhost",
          origin: "http://localhost",
          cookie: cookie[role]!,
          "content-type": "application/json",
        },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve(params) },
    );

  it("is for editors; a missing row is a Chinese 400", async () => {
    const old = testDoc(titleNode("讲话"), paragraphNode(P1));
    const now = testDoc(titleNode("讲话"), paragraphNode(P1.replace("总体平稳", "稳定向好")));
    const { s, named, version } = await speechWithVersion(old, now);
    const params = { id: s.id, versionId: named.id };
    const row = await rowIndex(s.id, named.id, "changed");
    expect((await post("VIEWER", params, { baseVersion: version, row })).status).toBe(403);
    const bad = await post("EDITOR", params, { baseVersion: version });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("段落");
    const ok = await post("EDITOR", params, { baseVersion: version, row });
    expect(ok.status).toBe(200);
    expect((await ok.json()).speech).toMatchObject({ version: version + 1, content: old });
  });
});
