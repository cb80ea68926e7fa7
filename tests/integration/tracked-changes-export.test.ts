// 导出修订稿 over its route, against real PostgreSQL: the comparison of a named version with the current text (and of
// two versions) downloads as a .docx named after the title and day, its changes credited to whoever wrote the newer
// text at the time it was saved, accepting all giving the newer text and rejecting all the older; bad or missing
// versions get Chinese errors, a stranger 401, and each export is in the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { DOCX_TYPE } from "@/lib/export/export-speech";
import { revisionDate } from "@/lib/export/tracked-docx";
import { speechExportText } from "@/lib/export/speech-text";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { saveSpeech } from "@/lib/speeches/save-speech";
import { createNamedVersion } from "@/lib/speeches/versions/create-named-version";
import { VERSION_MSG } from "@/lib/speeches/versions/messages";
import { DEFAULT_SETTINGS, type SpeechDoc } from "@/lib/speech-doc/types";
import { createTestSpeech, createTestUser } from "@/lib/testing/factories";
import * as exportRoute from "@/app/api/speeches/[id]/versions/compare/export/route";
import { unzipDocx } from "../support/docx-xml";
import { resolveAll, revisedParagraphs, revisions } from "../support/docx-revisions";
import { NEWER, OLDER, TRACKED_TITLE } from "../support/tracked-fixture";
import { asNamedVersion, asSave } from "@/lib/testing/route-input";

let viewer = "";
let viewerId = "";
let speechId = "";
let firstDraft = "";
let writerName = "";
let clerkName = "";

beforeAll(async () => {
  const clerk = await createTestUser({ role: "EDITOR", displayName: "李科员" });
  const writer = await createTestUser({ role: "EDITOR", displayName: "王秘书" });
  const reader = await createTestUser({ role: "VIEWER", displayName: "只读丙" });
  [clerkName, writerName, viewerId] = [clerk.displayName, writer.displayName, reader.id];
  viewer = `${SESSION_COOKIE}=${(await createSession(reader.id)).token}`;
  const speech = await createTestSpeech({
    title: TRACKED_TITLE,
    date: new Date("2024-03-01T00:00:00Z"),
    content: OLDER,
    updatedById: clerk.id,
  });
  speechId = speech.id;
  firstDraft = (await createNamedVersion(speechId, clerk.id, asNamedVersion({ name: "第一稿" }))).id;
  await saveSpeech(asSave({ id: speechId, userId: writer.id, baseVersion: speech.version, content: NEWER }));
});

function call(query: string, init: { cookie?: string; id?: string } = {}) {
  const headers: Record<string, string> = { host: "localhost", origin: "http://localhost" };
  if (init.cookie !== "") headers.cookie = init.cookie ?? viewer;
  const req = new Request(`http://localhost/api/x${query}`, { headers });
  return exportRoute.GET(req, { params: Promise.resolve({ id: init.id ?? speechId }) });
}

const lines = (doc: SpeechDoc) =>
  speechExportText(doc, DEFAULT_SETTINGS.numbering, "2024-03-01", DEFAULT_EXPORT_OPTIONS).split("\n");
const error = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;

describe("导出修订稿 route", () => {
  it("downloads 第一稿 → current text as tracked changes by the current text's writer", async () => {
    const res = await call(`?from=${firstDraft}&to=current`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX_TYPE);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe(
      `${TRACKED_TITLE}（修订稿）（2024年3月1日）.docx`,
    );
    const xml = unzipDocx(new Uint8Array(await res.arrayBuffer()))["word/document.xml"]!;
    const saved = await db().speech.findUniqueOrThrow({ where: { id: speechId }, select: { updatedAt: true } });
    const revs = revisions(xml);
    expect(revs.length).toBe(14);
    expect(new Set(revs.map((r) => `${r.author}|${r.date}`))).toEqual(
      new Set([`${writerName}|${revisionDate(saved.updatedAt)}`]),
    );
    const paragraphs = revisedParagraphs(xml);
    expect(resolveAll(paragraphs, "accept").filter(Boolean)).toEqual(lines(NEWER));
    expect(resolveAll(paragraphs, "reject").filter(Boolean)).toEqual(lines(OLDER));
  });

  it("credits a version as the newer text to whoever made that version", async () => {
    const res = await call(`?from=current&to=${firstDraft}`);
    expect(res.status).toBe(200);
    const xml = unzipDocx(new Uint8Array(await res.arrayBuffer()))["word/document.xml"]!;
    const version = await db().speechRevision.findUniqueOrThrow({ where: { id: firstDraft } });
    const authors = new Set(revisions(xml).map((r) => `${r.author}|${r.date}`));
    expect(authors).toEqual(new Set([`${clerkName}|${revisionDate(version.createdAt)}`]));
    expect(resolveAll(revisedParagraphs(xml), "accept").filter(Boolean)).toEqual(lines(OLDER));
  });

  it("refuses a missing or unknown version, an unknown speech and a stranger, in Chinese", async () => {
    const missing = await call("?to=current");
    expect(missing.status).toBe(400);
    expect(await error(missing)).toBe("请选择要对照的版本。");
    const unknown = await call("?from=no-such-version");
    expect(unknown.status).toBe(404);
    expect(await error(unknown)).toBe(VERSION_MSG.notFound);
    const otherSpeech = await call(`?from=${firstDraft}`, { id: "no-such-speech" });
    expect(otherSpeech.status).toBe(404);
    expect(await error(otherSpeech)).toMatch(/[\u4e00-\u9fa5]/);
    const stranger = await call(`?from=${firstDraft}`, { cookie: "" });
    expect(stranger.status).toBe(401);
  });

  it("records the export in the audit log", async () => {
    await call(`?from=${firstDraft}`);
    const entries = await db().auditLog.findMany({
      where: { action: "speech.export", targetId: speechId, userId: viewerId },
    });
    expect(entries.some((e) => (e.details as { format?: string }).format === "docx-tracked")).toBe(true);
  });
});
