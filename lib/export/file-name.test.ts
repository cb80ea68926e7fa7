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

  it("cuts a title over 40 characters to 39 and 「…」", () => {
    const forty = "在全县安全生产暨森林防灭火和防汛抗旱工作会议上的讲话".padEnd(40, "安");
    expect(Array.from(forty)).toHaveLength(40);
    expect(exportFileName(forty, null, "docx")).toBe(`${forty}.docx`);
    expect(exportFileName(`${forty}稿`, "2026-12-31", "docx")).toBe(`${forty.slice(0, 39)}…（2026年12月31日）.docx`);
    expect(exportFileName("安".repeat(200), null, "txt")).toBe(`${"安".repeat(39)}….txt`);
    // Characters, not UTF-16 units: a character outside the BMP is not split.
    expect(exportFileName("𠀀".repeat(41), null, "docx")).toBe(`${"𠀀".repeat(39)}….docx`);
  });

  it("keeps a suffix such as （修订稿） whole after the cut, given or ending the title", () => {
    const long = "在关于进一步加强全县安全生产工作和深入开展重大事故隐患专项排查整治三年行动动员部署会议上的讲话";
    expect(Array.from(long).length).toBeGreaterThan(40);
    const cut = `${Array.from(long).slice(0, 39).join("")}…`;
    expect(exportFileName(long, "2024-03-01", "docx", "（修订稿）")).toBe(`${cut}（修订稿）（2024年3月1日）.docx`);
    expect(exportFileName(`${long}（征求意见稿）`, null, "docx")).toBe(`${cut}（征求意见稿）.docx`);
    expect(exportFileName(`${long}（征求意见稿）`, null, "docx", "（修订稿）")).toBe(
      `${cut}（征求意见稿）（修订稿）.docx`,
    );
    // A short title keeps its suffix as it is; a bracket too long to be a suffix is part of the title.
    expect(exportFileName("讲话", null, "docx", "（修订稿）")).toBe("讲话（修订稿）.docx");
    const bracket = `在会议上的讲话（${"安".repeat(40)}）`;
    expect(exportFileName(bracket, null, "docx")).toBe(`${Array.from(bracket).slice(0, 39).join("")}….docx`);
  });

  it("keeps the whole name within 255 bytes, cutting on a character boundary", () => {
    const suffix = `（${"稿".repeat(10)}）`.repeat(2);
    const name = exportFileName("𠀀".repeat(60) + suffix, "2026-12-31", "docx", suffix);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name.endsWith("（2026年12月31日）.docx")).toBe(true);
    expect(name.startsWith(`${"𠀀".repeat(39)}…`)).toBe(true);
    expect(name).not.toContain("\ufffd");
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
