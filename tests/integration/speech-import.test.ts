// 导入讲话稿 on a real database: a .docx or .txt becomes a draft with its title, speaker, date, headings and
// paragraphs; optionally the file also goes into the corpus as blocks; a 只读 user is refused; a bad file is
// refused with a Chinese message and leaves nothing behind.
import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as importRoute from "@/app/api/speeches/import/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { importSpeech } from "@/lib/speech-import/import-speech";
import { IMPORT_MSG, noSuchSpeech } from "@/lib/speech-import/messages";
import { nodeText } from "@/lib/speech-doc/doc-text";
import type { SpeechDoc } from "@/lib/speech-doc/types";
import { getSpeech } from "@/lib/speeches/get-speech";
import { createTestMeeting, createTestUser, unique } from "@/lib/testing/factories";
import { encodeGb18030 } from "../support/encode-gb18030";
import { makeDocx } from "../support/make-docx";

/** Long and random, so that no two tests' texts are the same file or near-duplicates in the corpus. */
const marker = () => `${unique("imp")}${randomBytes(16).toString("hex")}`;

function speechParagraphs(m: string) {
  return {
    opening: `今天召开全县安全生产工作会议，主要任务是总结去年工作、部署今年任务。${m}`,
    p1: `近年来，全县安全生产形势总体平稳，事故起数和死亡人数同比分别下降12%和15%。${m}`,
    p2: `要聚焦危险化学品、城镇燃气、建筑施工等重点行业领域，开展拉网式隐患排查，建立台账，整改销号。${m}`,
    p3: `各乡镇、各部门要坚持党政同责、一岗双责、齐抓共管、失职追责，层层压实责任。${m}`,
  };
}

function speechDocx(m: string) {
  const p = speechParagraphs(m);
  return makeDocx([
    { text: "在全县安全生产工作会议上的讲话" },
    { text: "县长 张三" },
    { text: "（2025年3月18日）" },
    { text: "同志们：" },
    { text: p.opening },
    { text: "一、提高政治站位，切实增强做好安全生产工作的责任感" },
    { text: p.p1 },
    { text: "（一）深入开展隐患排查整治" },
    { text: p.p2 },
    { text: "二、压实安全责任" },
    { text: p.p3 },
  ]);
}

function speechTxt(m: string): string {
  const p = speechParagraphs(m);
  return ["在全县防汛工作会议上的讲话", "同志们：", p.opening, "第一，认清形势", p.p1, "第二，压实责任", p.p2].join(
    "\n",
  );
}

function outline(doc: SpeechDoc): string[] {
  return doc.content
    .filter((n) => n.type === "heading" || n.type === "paragraph")
    .map((n) => (n.type === "heading" ? `h${n.attrs.level} ${nodeText(n)}` : `p ${nodeText(n)}`));
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const speechesBy = (userId: string) => db().speech.count({ where: { createdById: userId } });

describe("importSpeech (real database)", () => {
  it("makes a draft of a .docx: title, speaker, date, headings without numbers, paragraphs, meeting", async () => {
    const user = await createTestUser({ displayName: "王文书" });
    const meeting = await createTestMeeting();
    const m = marker();
    const p = speechParagraphs(m);
    const bytes = speechDocx(m);
    const result = await importSpeech({ fileName: "县长讲话.docx", bytes, userId: user.id, meetingId: meeting.id });
    expect(result).toMatchObject({
      order: 1,
      speechCount: 1,
      corpus: null,
      speech: { title: "在全县安全生产工作会议上的讲话" },
    });

    const speech = await getSpeech(result.speech.id);
    expect(speech).toMatchObject({
      title: "在全县安全生产工作会议上的讲话",
      status: "DRAFT",
      speaker: "县长 张三",
      date: "2025-03-18",
      version: 1,
      meeting: { id: meeting.id },
      createdBy: { id: user.id, displayName: "王文书" },
      settings: { numbering: ["cn-dun", "cn-paren", "arabic-dot"] },
    });
    expect(speech.content.content.slice(0, 3).map((n) => [n.type, nodeText(n)])).toEqual([
      ["speechTitle", "在全县安全生产工作会议上的讲话"],
      ["speakerLine", "县长 张三"],
      ["salutation", "同志们："],
    ]);
    expect(outline(speech.content)).toEqual([
      `p ${p.opening}`,
      "h1 提高政治站位，切实增强做好安全生产工作的责任感",
      `p ${p.p1}`,
      "h2 深入开展隐患排查整治",
      `p ${p.p2}`,
      "h1 压实安全责任",
      `p ${p.p3}`,
    ]);
    expect(speech.charCount).toBeGreaterThan(100);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "speech.create", targetId: speech.id } });
    expect(audit.details).toMatchObject({ from: { kind: "import", fileName: "县长讲话.docx", order: 1 } });
    // Not asked for: nothing went into the corpus.
    expect(await db().sourceDocument.count({ where: { sha256: sha256(bytes) } })).toBe(0);
  });

  it("reads a GB18030 .txt and keeps its 第一， numbering as the speech's level-1 style", async () => {
    const user = await createTestUser();
    const m = marker();
    const result = await importSpeech({ fileName: "防汛.txt", bytes: encodeGb18030(speechTxt(m)), userId: user.id });
    const speech = await getSpeech(result.speech.id);
    expect(speech.title).toBe("在全县防汛工作会议上的讲话");
    expect(speech.settings.numbering).toEqual(["di-cn", "cn-paren", "arabic-dot"]);
    expect(outline(speech.content).filter((l) => l.startsWith("h"))).toEqual(["h1 认清形势", "h1 压实责任"]);
  });

  it("keeps a finished speech's own text: no web page's rules cut a link, a symbol or a title out of it", async () => {
    const user = await createTestUser();
    const link = "详见网站https://www.example.gov.cn/notice.html上的通知。";
    const lines = ["关于‹特殊>字符的讲话", "县长 张三", "同志们：", link, "请扫码关注😀公众号。有问题吗? 没有!"];
    const bytes = new TextEncoder().encode([...lines, "ok? yes! 大家都清楚了。"].join("\n"));
    const result = await importSpeech({ fileName: "讲话.txt", bytes, userId: user.id });
    const speech = await getSpeech(result.speech.id);
    expect(speech.title).toBe("关于‹特殊>字符的讲话");
    const text = speech.content.content.map((n) => nodeText(n));
    expect(text).toContain(link);
    expect(text.some((t) => t.includes("😀") && t.includes("有问题吗"))).toBe(true);
    expect(text.some((t) => t.startsWith("ok") && t.includes("yes") && t.endsWith("大家都清楚了。"))).toBe(true);
  });

  it("also imports the file into the corpus as blocks when asked; a second import finds it there already", async () => {
    const user = await createTestUser();
    const m = marker();
    const bytes = speechDocx(m);
    const first = await importSpeech({ fileName: "讲话.docx", bytes, userId: user.id, alsoCorpus: true });
    expect(first.corpus).toMatchObject({ status: "imported" });
    expect(first.corpus!.blocks).toBeGreaterThanOrEqual(7);
    const doc = await db().sourceDocument.findUniqueOrThrow({ where: { sha256: sha256(bytes) } });
    expect(doc).toMatchObject({ fileName: "讲话.docx", importedById: user.id });
    const sources = await db().blockSource.findMany({ where: { documentId: doc.id }, include: { block: true } });
    expect(sources.length).toBe(first.corpus!.blocks);
    expect(sources.some((s) => s.block.kind === "HEADING" && s.block.level === 1)).toBe(true);
    expect(sources.some((s) => s.block.text.includes(m))).toBe(true);

    const second = await importSpeech({ fileName: "讲话-副本.docx", bytes, userId: user.id, alsoCorpus: true });
    expect(second.corpus).toMatchObject({ status: "duplicate", duplicateOf: { id: doc.id }, blocks: null });
    expect(second.speech.id).not.toBe(first.speech.id);
  });

  it("imports the speech of a collection it is told to, and refuses one the file does not hold", async () => {
    const user = await createTestUser();
    const a = speechParagraphs(marker());
    const b = speechParagraphs(marker());
    const text = [
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      a.opening,
      "一、认清形势",
      a.p1,
      "二、压实责任",
      a.p2,
      "在全县消防工作会议上的讲话",
      "同志们：",
      b.opening,
      "一、排查隐患",
      b.p2,
    ].join("\n");
    const bytes = new TextEncoder().encode(text);
    const second = await importSpeech({ fileName: "两篇.txt", bytes, userId: user.id, order: 2 });
    expect(second).toMatchObject({ order: 2, speechCount: 2, speech: { title: "在全县消防工作会议上的讲话" } });
    const before = await speechesBy(user.id);
    await expect(importSpeech({ fileName: "两篇.txt", bytes, userId: user.id, order: 3 })).rejects.toMatchObject({
      code: "invalid_input",
      message: noSuchSpeech(2),
    });
    expect(await speechesBy(user.id)).toBe(before);
  });

  it("refuses bad files with a Chinese message and creates nothing", async () => {
    const user = await createTestUser();
    const meeting = await createTestMeeting();
    const good = new TextEncoder().encode(speechTxt(marker()));
    const big = new TextEncoder().encode(speechTxt(marker()).repeat(3000)); // about 1.5 MB
    const cases: [string, Uint8Array, object, string | RegExp][] = [
      ["空.txt", new Uint8Array(), {}, "文件是空的，没有可导入的内容。"],
      ["讲话.pdf", new TextEncoder().encode("%PDF-1.4 ..."), {}, IMPORT_MSG.unsupported],
      ["讲话.doc", good, {}, IMPORT_MSG.unsupported],
      ["讲话.txt", new TextEncoder().encode("%PDF-1.4 ..."), {}, /暂不支持PDF 文件/],
      [
        "杂质.txt",
        new TextEncoder().encode("首页 | 关于我们 | 联系我们\n版权所有 © 2024 范文网\n"),
        {},
        /这个文件看起来不是讲话稿/,
      ],
      ["坏.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), {}, /\.docx 文件已损坏/],
      [
        "config.txt",
        new TextEncoder().encode("host=127.0.0.1\nport=5432\nuser=admin\npassword=secret\n"),
        {},
        /这个文件看起来不是讲话稿：内容像是账户或配置文件/,
      ],
      [
        "大.txt",
        big,
        { limits: { maxFileBytes: 1024 * 1024, maxDocxUnpackedBytes: 4 * 1024 * 1024 } },
        "文件超过 1 MB 的上限，请拆分后再上传。",
      ],
      ["讲话.txt", good, { meetingId: `${meeting.id}x` }, "所选会议不存在，请刷新后重新选择。"],
    ];
    for (const [fileName, bytes, extra, message] of cases) {
      const err = await importSpeech({ fileName, bytes, userId: user.id, alsoCorpus: true, ...extra }).catch((e) => e);
      expect(err, fileName).toMatchObject({ message: expect.stringMatching(message) });
      expect(err.status, fileName).toBeGreaterThanOrEqual(400);
      expect(err.status, fileName).toBeLessThan(500);
    }
    expect(await speechesBy(user.id)).toBe(0);
    expect(await db().corpusImport.count({ where: { createdById: user.id } })).toBe(0);
  });
});

describe("POST /api/speeches/import", () => {
  const cookies: Record<"EDITOR" | "VIEWER", string> = { EDITOR: "", VIEWER: "" };
  const users: Record<"EDITOR" | "VIEWER", string> = { EDITOR: "", VIEWER: "" };
  beforeAll(async () => {
    for (const role of ["EDITOR", "VIEWER"] as const) {
      const user = await createTestUser({ role });
      users[role] = user.id;
      cookies[role] = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
    }
  });

  function post(
    role: "EDITOR" | "VIEWER",
    file: { name: string; bytes: Uint8Array } | null,
    fields: Record<string, string> = {},
  ) {
    const form = new FormData();
    if (file) form.append("file", new Blob([file.bytes as BlobPart]), file.name);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const req = new Request("http://localhost/api/speeches/import", {
      method: "POST",
      headers: { host: "localhost", origin: "http://localhost", cookie: cookies[role] },
      body: form,
    });
    return importRoute.POST(req);
  }

  it("creates the draft and answers 201 with its id; the options come as form fields", async () => {
    const meeting = await createTestMeeting();
    const m = marker();
    const res = await post(
      "EDITOR",
      { name: "讲话.docx", bytes: speechDocx(m) },
      { meetingId: meeting.id, alsoCorpus: "true" },
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ order: 1, speechCount: 1, corpus: { status: "imported" } });
    const speech = await getSpeech(body.speech.id);
    expect(speech).toMatchObject({ title: "在全县安全生产工作会议上的讲话", meeting: { id: meeting.id } });
    expect(speech.createdBy?.id).toBe(users.EDITOR);
  });

  it("refuses a 只读 user with 403 and creates nothing", async () => {
    const res = await post("VIEWER", { name: "讲话.docx", bytes: speechDocx(marker()) });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/权限/);
    expect(await speechesBy(users.VIEWER)).toBe(0);
  });

  it("answers a missing file, a bad option and a refused file with Chinese messages", async () => {
    const before = await speechesBy(users.EDITOR);
    const missing = await post("EDITOR", null, { alsoCorpus: "true" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.message).toBe("没有收到文件，请重新选择文件上传。");

    const badOption = await post(
      "EDITOR",
      { name: "讲话.txt", bytes: new TextEncoder().encode(speechTxt(marker())) },
      { order: "第二篇" },
    );
    expect(badOption.status).toBe(400);
    expect((await badOption.json()).error.message).toMatch(/第几篇/);

    const pdf = await post("EDITOR", { name: "讲话.pdf", bytes: new TextEncoder().encode("%PDF-1.4") });
    expect(pdf.status).toBe(415);
    expect((await pdf.json()).error.message).toBe(IMPORT_MSG.unsupported);
    expect(await speechesBy(users.EDITOR)).toBe(before);
  });
});
