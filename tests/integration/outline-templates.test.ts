// Saved outline templates on a real database: 存为提纲模板 from a speech (categories from headings and from the
// library blocks of its paragraphs, lengths as targets), 我的模板 per clerk (administrators see all), deleting
// (author or administrator), and a new speech from a saved template; the routes with real sessions.
import { beforeAll, describe, expect, it } from "vitest";
import * as templatesRoute from "@/app/api/outline-templates/route";
import * as templateRoute from "@/app/api/outline-templates/[id]/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { deleteOutlineTemplate } from "@/lib/outline-templates/delete-template";
import { listOutlineTemplates } from "@/lib/outline-templates/list-templates";
import { TEMPLATE_MSG } from "@/lib/outline-templates/messages";
import { saveOutlineTemplate } from "@/lib/outline-templates/save-template";
import { createSpeech } from "@/lib/speeches/create-speech";
import { categoryId, createTestBlock, createTestSpeech, createTestUser } from "@/lib/testing/factories";
import { headingNode, paragraphNode, testDoc } from "@/lib/testing/speech-docs";
import type { Prisma } from "@/lib/db/generated/client";
import { asCreateSpeech } from "../../lib/testing/route-input";

type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let alice: TestUser;
let bob: TestUser;
let admin: TestUser;

beforeAll(async () => {
  // The categories the headings are read against (by name: 压实…责任 → 责任落实).
  for (const key of ["责任落实", "隐患排查", "应急管理"]) await categoryId(key);
  alice = await createTestUser({ displayName: "王文书" });
  bob = await createTestUser({ displayName: "李文书" });
  admin = await createTestUser({ role: "ADMIN", displayName: "管理员" });
});

async function speechWithOutline() {
  const block = await createTestBlock({
    text: "要把隐患排查治理作为重中之重，逐项整改销号。",
    categoryKey: "隐患排查",
  });
  const content = testDoc(
    paragraphNode("今天召开这次会议。"),
    headingNode(1, "一、压实企业主体责任"),
    paragraphNode("甲乙丙丁。"),
    headingNode(1, "几点具体要求"),
    paragraphNode(block.text, { id: block.id }),
    headingNode(2, "抓好值班值守"),
  );
  return createTestSpeech({ content: content as unknown as Prisma.InputJsonValue });
}

describe("saved outline templates (real database)", () => {
  it("saves a speech's outline with each section's category and length, audited", async () => {
    const speech = await speechWithOutline();
    const t = await saveOutlineTemplate(alice, { name: "  我的三点意见 ", speechId: speech.id });
    expect(t).toMatchObject({
      name: "我的三点意见",
      mine: true,
      canDelete: true,
      createdBy: { displayName: "王文书" },
    });
    expect(t.headings).toEqual([
      { level: 1, text: "压实企业主体责任", categoryKey: "责任落实", targetChars: 10 + 5 },
      { level: 1, text: "几点具体要求", categoryKey: "隐患排查", targetChars: 6 + 22 },
      { level: 2, text: "抓好值班值守", categoryKey: null, targetChars: null },
    ]);
    const stored = await db().outlineTemplate.findUniqueOrThrow({ where: { id: t.id } });
    expect(stored.headings).toEqual(t.headings);
    expect(await db().auditLog.count({ where: { action: "template.create", targetId: t.id } })).toBe(1);
  });

  it("refuses a speech without headings, an unknown speech and an empty name, in Chinese", async () => {
    const plain = await createTestSpeech({
      content: testDoc(paragraphNode("只有正文。")) as unknown as Prisma.InputJsonValue,
    });
    await expect(saveOutlineTemplate(alice, { name: "空", speechId: plain.id })).rejects.toMatchObject({
      code: "invalid_input",
      message: TEMPLATE_MSG.noHeadings,
    });
    await expect(saveOutlineTemplate(alice, { name: "空", speechId: "no-such-speech" })).rejects.toMatchObject({
      code: "not_found",
    });
    const speech = await speechWithOutline();
    await expect(saveOutlineTemplate(alice, { name: "  ", speechId: speech.id })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("模板名称"),
    });
  });

  it("lists a clerk's own templates, newest first; an administrator sees everyone's, own first", async () => {
    const speech = await speechWithOutline();
    const a1 = await saveOutlineTemplate(alice, { name: "甲一", speechId: speech.id });
    const a2 = await saveOutlineTemplate(alice, { name: "甲二", speechId: speech.id });
    const b1 = await saveOutlineTemplate(bob, { name: "乙一", speechId: speech.id });
    const mine = await listOutlineTemplates(alice);
    expect(mine.map((t) => t.id).slice(0, 2)).toEqual([a2.id, a1.id]);
    expect(mine.every((t) => t.mine && t.createdBy?.id === alice.id)).toBe(true);
    expect((await listOutlineTemplates(bob)).map((t) => t.id)).toContain(b1.id);
    expect((await listOutlineTemplates(bob)).map((t) => t.id)).not.toContain(a1.id);
    const all = await listOutlineTemplates(admin);
    const seen = all.find((t) => t.id === a1.id);
    expect(seen).toMatchObject({ mine: false, canDelete: true, createdBy: { displayName: "王文书" } });
  });

  it("deletes: the author may, another clerk may not, an administrator may delete anyone's", async () => {
    const speech = await speechWithOutline();
    const t = await saveOutlineTemplate(alice, { name: "待删", speechId: speech.id });
    await expect(deleteOutlineTemplate(bob, t.id)).rejects.toMatchObject({
      code: "forbidden",
      message: TEMPLATE_MSG.notYours,
    });
    await deleteOutlineTemplate(alice, t.id);
    expect(await db().outlineTemplate.count({ where: { id: t.id } })).toBe(0);
    await expect(deleteOutlineTemplate(alice, t.id)).rejects.toMatchObject({ code: "not_found" });
    const other = await saveOutlineTemplate(bob, { name: "乙的", speechId: speech.id });
    await deleteOutlineTemplate(admin, other.id);
    expect(await db().auditLog.count({ where: { action: "template.delete", targetId: other.id } })).toBe(1);
  });

  it("starts a new speech from a saved template: its headings, and the sum of their lengths as the target", async () => {
    const speech = await speechWithOutline();
    const t = await saveOutlineTemplate(alice, { name: "新建用", speechId: speech.id });
    const fromIt = { kind: "saved-template", templateId: t.id } as const;
    const created = await createSpeech(alice.id, { title: "新讲话", from: fromIt });
    // Another clerk's template is not there for bob (his 我的模板 does not list it); an administrator may use it.
    await expect(createSpeech(bob.id, { title: "新讲话", from: fromIt })).rejects.toMatchObject({
      code: "not_found",
      message: TEMPLATE_MSG.notFound,
    });
    expect((await createSpeech(admin.id, { title: "管理员的讲话", from: fromIt })).settings.targetChars).toBe(15 + 28);
    const headings = created.content.content
      .filter((n) => n.type === "heading")
      .map((n) => [(n as { attrs: { level: number } }).attrs.level, n.content?.[0]?.text]);
    expect(headings).toEqual([
      [1, "压实企业主体责任"],
      [1, "几点具体要求"],
      [2, "抓好值班值守"],
    ]);
    expect(created.settings.targetChars).toBe(15 + 28);
    await expect(
      createSpeech(bob.id, { title: "新讲话", from: { kind: "saved-template", templateId: "gone" } }),
    ).rejects.toMatchObject({ code: "not_found", message: TEMPLATE_MSG.notFound });
    // Refused by the route's contract, before the use case (input is validated once, at the route).
    expect(() => asCreateSpeech({ title: "新讲话", from: { kind: "saved-template", templateId: " " } })).toThrow(
      "请选择一个我的模板。",
    );
    expect(() => asCreateSpeech({ title: "新讲话", from: { kind: "mined", shapeKey: "" } })).toThrow(
      "请选择一种语料中的常见结构。",
    );
  });
});

describe("outline template routes", () => {
  const cookie = async (user: TestUser) => `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
  const request = (method: string, c: string, body?: unknown) =>
    new Request("http://localhost/api/outline-templates", {
      method,
      headers: {
        host: "localhost",
        origin: "http://localhost",
        cookie: c,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });

  it("saves (201), lists and deletes for an editor; refuses a 只读 user with 403", async () => {
    const speech = await speechWithOutline();
    const viewer = await createTestUser({ role: "VIEWER" });
    const denied = await templatesRoute.POST(request("POST", await cookie(viewer), { name: "x", speechId: speech.id }));
    expect(denied.status).toBe(403);

    const editorCookie = await cookie(alice);
    const saved = await templatesRoute.POST(request("POST", editorCookie, { name: "路由保存", speechId: speech.id }));
    expect(saved.status).toBe(201);
    const { template } = await saved.json();
    const listed = await (await templatesRoute.GET(request("GET", editorCookie))).json();
    expect(listed.templates.map((t: { id: string }) => t.id)).toContain(template.id);

    const bad = await templatesRoute.POST(request("POST", editorCookie, { name: "", speechId: speech.id }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/模板名称/);

    const del = await templateRoute.DELETE(request("DELETE", editorCookie), {
      params: Promise.resolve({ id: template.id }),
    });
    expect(del.status).toBe(200);
    expect(await db().outlineTemplate.count({ where: { id: template.id } })).toBe(0);
  });
});
