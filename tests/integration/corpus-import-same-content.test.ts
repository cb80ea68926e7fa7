// Issue 11, item 5: the same speech imported again as another encoding or as .docx is recognised by its text (the
// content hash), not only its bytes, and stored once, also when the uploads race each other. Item 4: each speech's
// genre is stored; a file that is not speech material is refused without a clerk, held for one with.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { importFiles, startImport } from "../../lib/corpus/import-files";
import { getImportReport } from "../../lib/corpus/import-report";
import { queueImportFile } from "../../lib/imports/queue-import-file";
import { processImportFile } from "../../lib/imports/process-import-file";
import { confirmReviewFile } from "../../lib/imports/review-file";
import { createTestUser } from "../../lib/testing/factories";
import { encodeGb18030 } from "../support/encode-gb18030";
import { makeDocx } from "../support/make-docx";

const marker = () => `sc${randomBytes(5).toString("hex")}`;
const utf8 = (s: string) => new TextEncoder().encode(s);

function speechLines(m: string): string[] {
  return [
    `在全县${m}安全生产工作会议上的讲话`,
    "同志们：",
    `今天召开全县安全生产工作会议，主要任务是分析形势、部署工作，会议编号${m}。下面，我讲三点意见。`,
    "一、清醒认识当前形势",
    `今年以来，全县安全生产形势总体平稳，但道路交通、建筑施工等领域隐患仍然突出，标记${m}甲。`,
    "二、压紧压实各方责任",
    `各乡镇、各部门要严格落实党政同责、一岗双责，把责任传导到最末端，标记${m}乙。`,
    "同志们，安全生产责任重于泰山，让我们共同努力，确保全县安全形势持续稳定。",
  ];
}

const documentsWith = (m: string) => db().sourceDocument.count({ where: { cleanedText: { contains: `${m}甲` } } });

describe("duplicates across formats (real database)", () => {
  it("stores the same speech once from UTF-8, GB18030 and .docx, the copies reported as duplicates with a note", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker();
    const lines = speechLines(m);
    const r = await importFiles(
      [
        { name: `${m}.txt`, bytes: utf8(lines.join("\n")) },
        { name: `${m}-gbk.txt`, bytes: encodeGb18030(lines.join("\r\n")) },
        { name: `${m}.docx`, bytes: makeDocx(lines.map((text) => ({ text }))) },
      ],
      user.id,
    );
    expect(r.results.map((f) => f.status)).toEqual(["imported", "duplicate", "duplicate"]);
    for (const dup of r.results.slice(1)) {
      expect(dup).toMatchObject({ sameContent: true, duplicateOf: { id: r.results[0]!.documentId } });
      expect(dup.note).toBe(`与已导入的《${m}.txt》内容相同（不同编码或格式）`);
    }
    expect(await documentsWith(m)).toBe(1);
    const report = await getImportReport(r.importId);
    expect(report.files.filter((f) => f.note?.includes(`《${m}.txt》`))).toHaveLength(2);

    // The same bytes again are a duplicate by their bytes (no note about another format).
    const again = await importFiles([{ name: `${m}-again.txt`, bytes: utf8(lines.join("\n")) }], user.id);
    expect(again.results[0]).toMatchObject({ status: "duplicate" });
    expect(again.results[0]!.sameContent).toBeUndefined();
    const speech = await db().corpusSpeech.findFirstOrThrow({ where: { documentId: r.results[0]!.documentId } });
    expect(speech.genre).toBe("讲话");
  });

  it("stores it once when the two encodings and the .docx are imported at the same time", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker();
    const lines = speechLines(m);
    const files = [
      { name: `${m}.txt`, bytes: utf8(lines.join("\n")) },
      { name: `${m}-gbk.txt`, bytes: encodeGb18030(lines.join("\r\n")) },
      { name: `${m}-crlf.txt`, bytes: utf8(lines.join("\r\n")) },
      { name: `${m}.docx`, bytes: makeDocx(lines.map((text) => ({ text }))) },
    ];
    // Each queued first, then all processed at once: every file passes the byte check before any is stored.
    const { id } = await startImport(user.id);
    const queued = await Promise.all(files.map((f) => queueImportFile(id, f, { sendJob: false })));
    const results = await Promise.all(queued.map((q) => processImportFile(q.id)));
    expect(results.filter((x) => x?.status === "imported")).toHaveLength(1);
    expect(results.filter((x) => x?.status === "duplicate")).toHaveLength(3);
    expect(await documentsWith(m)).toBe(1);
    const blocks = await db().block.count({ where: { text: { contains: `${m}甲` }, mergedIntoId: null } });
    expect(blocks).toBe(1);
  });
});

describe("genres and files that are not speech material (real database)", () => {
  it("stores each speech of a collection with its own genre", async () => {
    const m = marker();
    const text = [
      `【篇一】在全县${m}安全生产工作会议上的讲话`,
      ...speechLines(m).slice(1),
      `【篇二】在${m}安全生产月启动仪式上的致辞`,
      "尊敬的各位领导、各位来宾，女士们、先生们：",
      `在安全生产月到来之际，我谨代表公司，向出席今天活动的各位来宾表示热烈的欢迎！标记${m}丙。`,
      "最后，预祝本次活动取得圆满成功！谢谢大家！",
    ].join("\n");
    const r = await importFiles([{ name: `${m}-两篇.txt`, bytes: utf8(text) }], null);
    expect(r.results[0]!.status).toBe("imported");
    const speeches = await db().corpusSpeech.findMany({
      where: { documentId: r.results[0]!.documentId },
      orderBy: { order: "asc" },
      select: { title: true, genre: true },
    });
    expect(speeches).toEqual([
      { title: `在全县${m}安全生产工作会议上的讲话`, genre: "讲话" },
      { title: `在${m}安全生产月启动仪式上的致辞`, genre: "致辞" },
    ]);
  });

  it("refuses a password file with a Chinese explanation and stores nothing", async () => {
    const passwd =
      "root:x:0:0:root:/root:/bin/bash\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/bin/sh\n";
    const before = await db().sourceDocument.count();
    const r = await importFiles([{ name: "passwd.txt", bytes: utf8(passwd) }], null);
    expect(r.results[0]).toMatchObject({ status: "failed", verdict: { level: "失败" } });
    expect(r.results[0]!.error).toMatch(/^看起来不是讲话材料：内容像是账户或配置文件.*未导入。$/);
    expect(await db().sourceDocument.count()).toBe(before);
  });

  it("holds a table for a clerk's confirmation in an upload, and stores it once confirmed", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const m = marker();
    const csv = `序号,单位,隐患数,整改情况\n1,城关镇${m},12,已整改十处\n2,河口乡${m},8,全部整改\n3,化工园区${m},21,整改中\n`;
    const { id } = await startImport(user.id, { holdForReview: true });
    const q = await queueImportFile(id, { name: `${m}.csv.txt`, bytes: utf8(csv) }, { sendJob: false });
    const held = await processImportFile(q.id);
    expect(held).toMatchObject({ status: "review", verdict: { level: "需要检查" } });
    expect(held!.verdict!.reasons[0]!.message).toContain("看起来不是讲话材料：内容像是表格");
    await confirmReviewFile({ importId: id, fileId: q.id }, { version: 1 }, user.id, { sendJob: false });
    expect(await processImportFile(q.id)).toMatchObject({ status: "imported" });
  });
});
