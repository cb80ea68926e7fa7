// Export over the routes, against real PostgreSQL: the .docx and .txt downloads with their names, the user's
// remembered options and one-off overrides, Chinese 400s for bad options, 401/404, and the audit entry.
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { DOCX_TYPE } from "@/lib/export/export-speech";
import { createTestSpeech, createTestUser } from "@/lib/testing/factories";
import { headingNode, paragraphNode, testDoc, titleNode } from "@/lib/testing/speech-docs";
import * as exportRoute from "@/app/api/speeches/[id]/export/route";
import * as optionsRoute from "@/app/api/me/export-options/route";
import { all, parseXml, stylesIndex, runFormat, textOf, unzipDocx } from "../support/docx-xml";

type Handler = (req: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>;

let viewer = "";
let viewerId = "";
let speechId = "";
const TITLE = "在全县安全生产工作会议上的讲话";

beforeAll(async () => {
  const user = await createTestUser({ role: "VIEWER", displayName: "只读丙" });
  viewerId = user.id;
  viewer = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
  const speech = await createTestSpeech({
    title: TITLE,
    date: new Date("2024-03-01T00:00:00Z"),
    content: testDoc(
      titleNode(TITLE),
      headingNode(1, "认清形势"),
      paragraphNode("今年以来，全县安全生产形势总体平稳。"),
    ),
    settings: { numbering: ["di-cn", "cn-paren", "arabic-dot"] },
  });
  speechId = speech.id;
});

function call(
  handler: Handler,
  init: { method?: string; query?: string; body?: unknown; cookie?: string; id?: string },
) {
  const headers: Record<string, string> = { host: "localhost", origin: "http://localhost" };
  if (init.cookie !== "") headers.cookie = init.cookie ?? viewer;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const req = new Request(`http://localhost/api/x${init.query ?? ""}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return handler(req, { params: Promise.resolve({ id: init.id ?? speechId }) });
}

async function docxParagraphs(res: Response) {
  const parts = unzipDocx(new Uint8Array(await res.arrayBuffer()));
  const styles = stylesIndex(parts["word/styles.xml"]!);
  return all(parseXml(parts["word/document.xml"]!), "p").map((p) => ({
    text: textOf(p),
    fonts: all(p, "r").map((r) => runFormat(r, p, styles).eastAsia),
  }));
}

describe("export routes", () => {
  it("downloads the .docx named after the title and day, numbered with the speech's own styles", async () => {
    const res = await call(exportRoute.GET, {});
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX_TYPE);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const disposition = res.headers.get("content-disposition")!;
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe(`${TITLE}（2024年3月1日）.docx`);
    const paragraphs = await docxParagraphs(res);
    expect(paragraphs.map((p) => p.text)).toEqual([
      TITLE,
      "（2024年3月1日）",
      "", // one blank line after the front matter
      "第一，认清形势",
      "今年以来，全县安全生产形势总体平稳。",
    ]);
  });

  it("remembers the user's options and applies them, and lets one request override them", async () => {
    const saved = await call(optionsRoute.PUT, {
      method: "PUT",
      body: { fontSet: "common", pageNumbers: "center", speakerLine: false, draftMark: "征求意见稿" },
    });
    expect(saved.status).toBe(200);
    expect((await (await call(optionsRoute.GET, {})).json()).options).toEqual({
      fontSet: "common",
      pageNumbers: "center",
      speakerLine: false,
      draftMark: "征求意见稿",
    });
    const paragraphs = await docxParagraphs(await call(exportRoute.GET, {}));
    expect(paragraphs[0]!.text).toBe("征求意见稿");
    expect(paragraphs.some((p) => p.text.startsWith("（2024年"))).toBe(false);
    expect(paragraphs.find((p) => p.text.startsWith("今年"))!.fonts.every((f) => f === "仿宋")).toBe(true);

    const once = await docxParagraphs(
      await call(exportRoute.GET, { query: "?fontSet=gb2312&draftMark=&speakerLine=1" }),
    );
    expect(once[0]!.text).toBe(TITLE);
    expect(once.find((p) => p.text.startsWith("今年"))!.fonts.every((f) => f === "仿宋_GB2312")).toBe(true);
    // The override was for that download only.
    expect((await (await call(optionsRoute.GET, {})).json()).options.fontSet).toBe("common");
  });

  it("downloads plain text with a BOM, CRLF lines and numbers written out", async () => {
    const res = await call(exportRoute.GET, { query: "?format=txt&speakerLine=1&draftMark=" });
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe(`${TITLE}\r\n（2024年3月1日）\r\n第一，认清形势\r\n今年以来，全县安全生产形势总体平稳。\r\n`);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1]!)).toMatch(/\.txt$/);
  });

  it("names the download of a long title by its first 39 characters and 「…」, its suffix kept", async () => {
    const long =
      "在全县安全生产暨森林防灭火、防汛抗旱、地质灾害防治和城镇燃气安全专项整治工作会议上的讲话（征求意见稿）";
    const speech = await createTestSpeech({
      title: long,
      date: new Date("2024-03-01T00:00:00Z"),
      content: testDoc(titleNode(long), paragraphNode("今年以来，全县安全生产形势总体平稳。")),
    });
    const res = await call(exportRoute.GET, { id: speech.id, query: "?format=txt" });
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1]!)).toBe(
      "在全县安全生产暨森林防灭火、防汛抗旱、地质灾害防治和城镇燃气安全专项整治工作会…（征求意见稿）（2024年3月1日）.txt",
    );
  });

  it("records each export in the audit log", async () => {
    const before = await db().auditLog.count({ where: { action: "speech.export", targetId: speechId } });
    await call(exportRoute.GET, { query: "?format=txt" });
    const after = await db().auditLog.findMany({
      where: { action: "speech.export", targetId: speechId, userId: viewerId },
    });
    expect(after.length).toBe(before + 1);
  });

  it("refuses bad options in Chinese, an unknown speech with 404 and a signed-out caller with 401", async () => {
    const bad = await call(exportRoute.GET, { query: "?fontSet=comic-sans" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/字体/);
    const badPut = await call(optionsRoute.PUT, {
      method: "PUT",
      body: { fontSet: "gb2312", pageNumbers: "top", speakerLine: true, draftMark: "" },
    });
    expect(badPut.status).toBe(400);
    expect((await call(exportRoute.GET, { id: "no-such-speech" })).status).toBe(404);
    expect((await call(exportRoute.GET, { cookie: "" })).status).toBe(401);
    expect((await call(optionsRoute.PUT, { method: "PUT", cookie: "", body: {} })).status).toBe(401);
  });
});
