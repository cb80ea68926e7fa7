import { describe, expect, it } from "vitest";
import { documentDisplayName, isMachineFileName } from "./document-display-name";

describe("isMachineFileName", () => {
  it("recognises number_hash names, bare hashes and UUIDs", () => {
    for (const name of [
      "004_46ebd7ac5d9d9c86.txt",
      "000_9e95fdba000a8061.TXT",
      "12-a031bda7.docx",
      "46ebd7ac5d9d9c86.txt",
      "3f2b8c1e-9d4a-4f6b-8e2a-7c5d9b1a0e3f.docx",
      "uploads/004_46ebd7ac5d9d9c86.txt",
    ])
      expect(isMachineFileName(name), name).toBe(true);
  });

  it("leaves names a person chose alone", () => {
    for (const name of [
      "2024年全县安全生产工作会议讲话.docx",
      "县长讲话（定稿）.txt",
      "20240315.txt",
      "speech-final.docx",
      "deadbeef.txt",
      "abcdefabcdef.txt",
      "004_讲话.txt",
      "",
    ])
      expect(isMachineFileName(name), name).toBe(false);
  });
});

describe("documentDisplayName", () => {
  it("names a machine-named file by its first speech with a title", () => {
    expect(documentDisplayName("004_46ebd7ac5d9d9c86.txt", [null, "  市长在全市安全生产\n工作会议上的讲话 "])).toEqual({
      name: "市长在全市安全生产 工作会议上的讲话",
      fileName: "004_46ebd7ac5d9d9c86.txt",
      fromTitle: true,
    });
  });

  it("keeps the file name when it is readable or no speech has a title", () => {
    expect(documentDisplayName("县长讲话.txt", ["在全县安全生产工作会议上的讲话"])).toEqual({
      name: "县长讲话.txt",
      fileName: "县长讲话.txt",
      fromTitle: false,
    });
    expect(documentDisplayName("004_46ebd7ac5d9d9c86.txt", [null, " "]).name).toBe("004_46ebd7ac5d9d9c86.txt");
    expect(documentDisplayName("004_46ebd7ac5d9d9c86.txt", []).fromTitle).toBe(false);
  });
});
