import { describe, expect, it } from "vitest";
import { describeServerFile, describeUpload, type UploadRow } from "@/components/corpus/import-file-status";
import type { ImportFileProgress } from "@/lib/imports/import-progress";

const file = (over: Partial<ImportFileProgress>): ImportFileProgress => ({
  id: "f1",
  fileName: "讲话.txt",
  sizeBytes: 100,
  status: "QUEUED",
  paragraphsTotal: null,
  paragraphsStored: 0,
  result: null,
  error: null,
  ...over,
});

describe("describeServerFile", () => {
  it("names every stage as the uploader shows it", () => {
    expect(describeServerFile(file({ status: "QUEUED" }))).toMatchObject({ label: "排队中", progress: 0 });
    expect(describeServerFile(file({ status: "MINING" }))).toMatchObject({ label: "正在分析", progress: null });
    expect(describeServerFile(file({ status: "STORING", paragraphsTotal: 800, paragraphsStored: 200 }))).toMatchObject({
      label: "正在入库 200/800 段",
      progress: 0.25,
    });
    // Before the first batch the total may be known and nothing stored; a total of 0 does not divide by zero.
    expect(describeServerFile(file({ status: "STORING", paragraphsTotal: 0 }))).toMatchObject({ progress: 0 });
    const summary = {
      documentId: "d",
      speeches: 2,
      blocks: 31,
      newBlocks: 31,
      exactRepeats: 0,
      nearDuplicates: 0,
      removed: 4,
      byCategory: {},
    };
    expect(
      describeServerFile(file({ status: "DONE", result: { file: "讲话.txt", status: "imported", summary } })),
    ).toEqual({
      label: "已导入",
      tone: "ok",
      progress: 1,
      message: "2 篇讲话，31 个段落",
    });
    expect(
      describeServerFile(
        file({
          status: "DUPLICATE",
          result: { file: "讲话.txt", status: "duplicate", duplicateOf: { id: "d", fileName: "旧稿.txt" } },
        }),
      ),
    ).toMatchObject({ label: "重复，已跳过", message: "与已导入的“旧稿.txt”内容相同" });
    expect(describeServerFile(file({ status: "FAILED", error: "文件已损坏" }))).toMatchObject({
      label: "失败",
      tone: "error",
      message: "文件已损坏",
    });
    expect(describeServerFile(file({ status: "CANCELLED" }))).toMatchObject({ label: "已取消" });
  });

  it("says 需要检查 with the verdict's reasons for a held file, and for one stored with a warning", () => {
    const verdict = {
      level: "需要检查" as const,
      reasons: [
        { code: "long_block" as const, message: "1 个段落超过 800 字（最长 900 字），可能是几段连在了一起，请拆分" },
        { code: "low_confidence" as const, message: "3 个段落（共 5 个）的类别把握不大（置信度低于 40%），请核对类别" },
      ],
    };
    expect(
      describeServerFile(file({ status: "REVIEW", result: { file: "a.txt", status: "review", verdict } })),
    ).toEqual({
      label: "需要检查",
      tone: "warn",
      progress: 1,
      message: `${verdict.reasons[0]!.message}；${verdict.reasons[1]!.message}。请在导入报告中检查后确认入库。`,
    });
    const summary = { documentId: "d", speeches: 1, blocks: 3, newBlocks: 3, exactRepeats: 0, nearDuplicates: 0 };
    expect(
      describeServerFile(
        file({
          status: "DONE",
          result: { file: "a.txt", status: "imported", verdict, summary: { ...summary, removed: 0, byCategory: {} } },
        }),
      ),
    ).toMatchObject({ label: "已导入（需要检查）", tone: "warn" });
    expect(
      describeServerFile(file({ status: "CANCELLED", result: { file: "a.txt", status: "discarded", verdict } })),
    ).toMatchObject({ label: "已放弃", message: "检查后放弃，文件没有入库。" });
  });
});

describe("describeUpload", () => {
  const row = (over: Partial<UploadRow>): UploadRow => ({
    key: "k",
    name: "讲话.txt",
    sent: 0,
    state: "waiting",
    ...over,
  });

  it("shows the browser's upload until the server's stage is known", () => {
    expect(describeUpload(row({}), undefined)).toMatchObject({ label: "等待上传" });
    expect(describeUpload(row({ state: "uploading", sent: 0.426 }), undefined)).toMatchObject({
      label: "上传中 43%",
      progress: 0.426,
    });
    expect(describeUpload(row({ state: "failed", error: "网络中断" }), undefined)).toMatchObject({
      label: "失败",
      message: "网络中断",
    });
    const queued = { id: "f1", status: "QUEUED" as const, result: null };
    expect(describeUpload(row({ state: "sent", sent: 1, queued }), undefined)).toMatchObject({ label: "排队中" });
    expect(describeUpload(row({ state: "sent", sent: 1, queued }), file({ status: "MINING" }))).toMatchObject({
      label: "正在分析",
    });
  });
});
