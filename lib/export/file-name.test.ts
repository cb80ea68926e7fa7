import { describe, expect, it } from "vitest";
import { attachmentHeader, exportFileName, fileNameFromDisposition } from "./file-name";

describe("exportFileName", () => {
  it("names the file after the title and the day", () => {
    expect(exportFileName("在全县安全生产工作会议上的讲话", "2026-12-01", "docx")).toBe(
      "在全县安全生产工作会议上的讲话（2026年12月1日）.docx",
    );
    expect(exportFileName("讲话", null, "txt")).toBe("讲话.txt");
  });

  it("replaces what Windows forbids, drops invisible format characters and never starts with a dot", () => {
    expect(exportFileName('a/b\\c:d*e?f"g<h>i|j', null, "docx")).toBe("a_b_c_d_e_f_g_h_i_j.docx");
    expect(exportFileName("讲话\u202Excod.exe", null, "docx")).toBe("讲话xcod.exe.docx");
    expect(exportFileName("...讲话", null, "docx")).toBe("讲话.docx");
    expect(exportFileName("   ", null, "docx")).toBe("讲话稿.docx");
  });

  it("keeps the whole name within 255 bytes, cutting the title on a character boundary", () => {
    const name = exportFileName("安".repeat(200), "2026-12-31", "docx");
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name.endsWith("（2026年12月31日）.docx")).toBe(true);
    expect(name.startsWith("安".repeat(66))).toBe(true);
  });
});

describe("attachmentHeader", () => {
  it("gives an ASCII fallback and the UTF-8 name with every non-attr-char percent-encoded", () => {
    const header = attachmentHeader("讲话(定稿)'s*.docx");
    expect(header).toBe(
      `attachment; filename="__(__)'s*.docx"; filename*=UTF-8''%E8%AE%B2%E8%AF%9D%28%E5%AE%9A%E7%A8%BF%29%27s%2A.docx`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe("讲话(定稿)'s*.docx");
  });

  it("reads the name back from the header, the UTF-8 name first", () => {
    const name = "讲话（修订稿）（2024年3月1日）.docx";
    expect(fileNameFromDisposition(attachmentHeader(name))).toBe(name);
    expect(fileNameFromDisposition(`attachment; filename="a.docx"; filename*=UTF-8''%E8%AE%B2%`)).toBe("a.docx");
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
