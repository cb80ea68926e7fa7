import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { makeDocx } from "../../tests/support/make-docx";
import { makeZipBombDocx } from "../../tests/support/make-zip-bomb";
import { AppError } from "../errors";
import { decodeDocument, type DecodeLimits } from "./decode-document";

const LIMITS: DecodeLimits = { maxFileBytes: 1024 * 1024, maxDocxUnpackedBytes: 4 * 1024 * 1024 };

async function refusal(name: string, bytes: Uint8Array, limits = LIMITS): Promise<AppError> {
  try {
    await decodeDocument(name, bytes, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected a refusal");
}

describe("decodeDocument: .docx", () => {
  it("keeps paragraphs, heading styles and numbered list depth", async () => {
    const bytes = makeDocx([
      { text: "在全县安全生产工作会议上的讲话" },
      { text: "同志们：" },
      { text: "提高政治站位", style: "Heading1" },
      { text: "要把安全生产摆在突出位置。" },
      { text: "压实企业主体责任", numbered: { level: 0 } },
      { text: "强化部门监管责任", numbered: { level: 0 } },
    ]);
    const doc = await decodeDocument("讲话.docx", bytes, LIMITS);
    expect(doc.format).toBe("docx");
    const texts = doc.lines.map((l) => l.text).filter((t) => t.trim());
    expect(texts).toEqual([
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      "提高政治站位",
      "要把安全生产摆在突出位置。",
      "一、压实企业主体责任",
      "二、强化部门监管责任",
    ]);
    expect(doc.lines.find((l) => l.text === "提高政治站位")?.hint?.headingLevel).toBe(1);
    expect(doc.lines.find((l) => l.text.startsWith("二、"))?.hint?.listLevel).toBe(1);
  });

  it("refuses a truncated .docx", async () => {
    const bytes = makeDocx([{ text: "同志们：" }]);
    const e = await refusal("x.docx", bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(e.message).toMatch(/损坏|不完整/);
  });

  it("refuses a zip that is not a Word document", async () => {
    const e = await refusal("x.docx", zipSync({ "a.txt": strToU8("hello") }));
    expect(e.message).toContain("不是 Word 文档");
  });

  it("refuses a .docx whose unpacked size exceeds the cap (zip bomb)", async () => {
    const huge = new Uint8Array(5 * 1024 * 1024); // zeros compress to a few KB
    const bytes = zipSync({ "word/document.xml": huge, "padding.bin": huge });
    expect(bytes.length).toBeLessThan(LIMITS.maxFileBytes);
    const e = await refusal("bomb.docx", bytes);
    expect(e.code).toBe("too_large");
    expect(e.message).toContain("解压后超过");
  });

  it("refuses an entry that inflates past its declared size (sizes that lie), after a few KB", async () => {
    const bomb = makeZipBombDocx({ inflatedMb: 8, declaredBytes: 2000 });
    const e = await refusal("bomb.docx", bomb);
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain("解压后的大小与文件记录不符");
  });

  it("stops at the declared size even when that is close to the cap", async () => {
    const bomb = makeZipBombDocx({ inflatedMb: 8, declaredBytes: 6 * 1024 * 1024 });
    const e = await refusal("bomb.docx", bomb, { ...LIMITS, maxDocxUnpackedBytes: 7 * 1024 * 1024 });
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain("解压后的大小与文件记录不符");
  });

  it("refuses a .docx with more parts than the cap", async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`x/${i}.xml`, strToU8("<x/>")]));
    const bytes = zipSync({ ...unzipSync(makeDocx([{ text: "同志们：" }])), ...files });
    const e = await refusal("many.docx", bytes, { ...LIMITS, maxDocxEntries: 20 });
    expect(e.code).toBe("too_large");
    expect(e.message).toContain("部件过多");
  });

  it("reads a .docx written by LibreOffice (headings, a nested automatic list, a table)", async () => {
    // tests/fixtures/libreoffice-speech.docx: our own text, converted from HTML by LibreOffice Writer 7.
    const bytes = new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/libreoffice-speech.docx")));
    const doc = await decodeDocument("讲话.docx", bytes, LIMITS);
    expect(doc.lines.map((l) => l.text)).toEqual([
      "在全镇安全生产工作会议上的讲话",
      "同志们：",
      "今天召开会议，主要是部署近期安全生产工作。",
      "充分认识当前形势",
      "今年以来，全镇安全生产形势总体平稳。",
      "一、压实企业主体责任",
      "（一）明确责任清单",
      "（二）建立考核机制",
      "二、强化部门监管责任",
      "重点行业领域",
      "单位\t责任人", // a table's row: one line, its cells tab-separated
      "谢谢大家！",
    ]);
    expect(doc.lines.map((l) => l.hint?.headingLevel ?? l.hint?.listLevel ?? 0)).toEqual([
      0, 0, 0, 1, 0, 1, 2, 2, 1, 2, 0, 0,
    ]);
  });

  it("reads only the counted entries: a stored (uncompressed) .docx reads the same", async () => {
    const doc = await decodeDocument(
      "s.docx",
      zipSync(unzipSync(makeDocx([{ text: "同志们：" }])), { level: 0 }),
      LIMITS,
    );
    expect(doc.lines.map((l) => l.text)).toContain("同志们：");
  });
});

describe("decodeDocument: refusals and limits", () => {
  it.each([
    ["a.pdf", strToU8("%PDF-1.7 ..."), "PDF"],
    ["a.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), ".doc"],
    ["a.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "PNG"],
    ["photo.txt", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "JPEG"],
    ["scan.jpg", strToU8("not really a jpeg"), "JPEG"],
  ])("names the refused format of %s", async (name, bytes, format) => {
    const e = await refusal(name, bytes);
    expect(e.code).toBe("unsupported");
    expect(e.message).toContain(format);
  });

  it("refuses an empty file and a whitespace-only file", async () => {
    expect((await refusal("a.txt", new Uint8Array())).message).toContain("空");
    expect((await refusal("a.txt", strToU8("  \n \n"))).message).toContain("没有文字");
  });

  it("refuses a file over the size limit", async () => {
    const e = await refusal("big.txt", new Uint8Array(LIMITS.maxFileBytes + 1).fill(0x41));
    expect(e.code).toBe("too_large");
  });

  it("refuses binary garbage", async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await refusal("x.txt", garbage)).code).toBe("unsupported");
  });

  it("reads GB18030 text into numbered lines", async () => {
    // 同志们： / 安全生产 in GB18030
    const gb = new Uint8Array([
      0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba, 0x0a, 0xb0, 0xb2, 0xc8, 0xab, 0xc9, 0xfa, 0xb2, 0xfa,
    ]);
    const doc = await decodeDocument("gbk.txt", gb, LIMITS);
    expect(doc.encoding).toBe("gb18030");
    expect(doc.lines).toEqual([
      { text: "同志们：", lineNo: 1 },
      { text: "安全生产", lineNo: 2 },
    ]);
  });
});
