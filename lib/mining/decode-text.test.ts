import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { decodeText } from "./decode-text";

const SAMPLE = "同志们：\n今天召开全县安全生产工作会议，2024年事故起数同比下降12%。\n";
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

// `printf '安全生产工作会议' | iconv -f utf-8 -t gb18030 | xxd`
const GB_SAFETY_MEETING = [
  0xb0, 0xb2, 0xc8, 0xab, 0xc9, 0xfa, 0xb2, 0xfa, 0xb9, 0xa4, 0xd7, 0xf7, 0xbb, 0xe1, 0xd2, 0xe9,
];
// `printf '同志们：今天召开会议。\n' | iconv -f utf-8 -t gb18030 | xxd`
const GB_OPENING = [
  0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba, 0xbd, 0xf1, 0xcc, 0xec, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2,
  0xe9, 0xa1, 0xa3, 0x0a,
];

// `printf '防汛工作會議講話，各級幹部要認真落實。\n' | iconv -f utf-8 -t big5 | xxd -i`
const BIG5_FLOOD_MEETING = [
  0xa8, 0xbe, 0xa6, 0xc4, 0xa4, 0x75, 0xa7, 0x40, 0xb7, 0x7c, 0xc4, 0xb3, 0xc1, 0xbf, 0xb8, 0xdc, 0xa1, 0x41, 0xa6,
  0x55, 0xaf, 0xc5, 0xb7, 0x46, 0xb3, 0xa1, 0xad, 0x6e, 0xbb, 0x7b, 0xaf, 0x75, 0xb8, 0xa8, 0xb9, 0xea, 0xa1, 0x43,
  0x0a,
];

function utf16be(s: string): number[] {
  const le = Buffer.from(s, "utf16le");
  const out: number[] = [];
  for (let i = 0; i < le.length; i += 2) out.push(le[i + 1], le[i]);
  return out;
}

function decodeError(bytes: Uint8Array): AppError {
  try {
    decodeText(bytes);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("decodeText did not throw");
}

describe("decodeText", () => {
  it("decodes UTF-8 without BOM", () => {
    expect(decodeText(utf8(SAMPLE))).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("decodes UTF-8 with BOM and strips the BOM", () => {
    const out = decodeText(concat([0xef, 0xbb, 0xbf], utf8(SAMPLE)));
    expect(out).toEqual({ text: SAMPLE, encoding: "utf-8-bom" });
    expect(out.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("decodes UTF-16LE with BOM", () => {
    const bytes = concat([0xff, 0xfe], Buffer.from(SAMPLE, "utf16le"));
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: "utf-16le" });
  });

  it("decodes UTF-16BE with BOM", () => {
    const bytes = concat([0xfe, 0xff], utf16be(SAMPLE));
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("decodes GB18030 (GBK) bytes", () => {
    expect(decodeText(Uint8Array.from(GB_SAFETY_MEETING))).toEqual({ text: "安全生产工作会议", encoding: "gb18030" });
    expect(decodeText(Uint8Array.from(GB_OPENING))).toEqual({ text: "同志们：今天召开会议。\n", encoding: "gb18030" });
  });

  it("decodes GB18030 mixed with ASCII", () => {
    const bytes = concat(utf8("2024 "), GB_SAFETY_MEETING, utf8(" No.3\r\n"));
    expect(decodeText(bytes)).toEqual({ text: "2024 安全生产工作会议 No.3\r\n", encoding: "gb18030" });
  });

  it("refuses binary data containing NUL bytes with a Chinese message", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    const err = decodeError(png);
    expect(err.code).toBe("unsupported");
    expect(err.status).toBe(415);
    expect(err.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(err.message).toContain("二进制");
  });

  it("refuses text that is mostly control characters", () => {
    const bytes = concat(
      utf8("abc"),
      Array.from({ length: 20 }, () => 0x01),
    );
    expect(decodeError(bytes).code).toBe("unsupported");
  });

  it("decodes UTF-16 without a BOM by where its zero bytes fall", () => {
    expect(decodeText(Uint8Array.from(Buffer.from(SAMPLE, "utf16le")))).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decodeText(Uint8Array.from(utf16be(SAMPLE)))).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("refuses zero bytes that fall on both sides of the code units", () => {
    const bytes = concat(Buffer.from(SAMPLE, "utf16le"), [0x00, 0x41, 0x00, 0x00, 0x42, 0x00, 0x00, 0x00]);
    expect(decodeError(bytes).code).toBe("unsupported");
  });

  it("decodes Big5 and tells it from GB18030", () => {
    const big5 = Uint8Array.from(BIG5_FLOOD_MEETING);
    expect(decodeText(big5)).toEqual({ text: "防汛工作會議講話，各級幹部要認真落實。\n", encoding: "big5" });
    expect(decodeText(Uint8Array.from(GB_OPENING)).encoding).toBe("gb18030");
  });

  it("refuses bytes that are neither UTF-8 nor GB18030", () => {
    const err = decodeError(Uint8Array.from([0x41, 0xff, 0xfe, 0x80, 0xff, 0x42]));
    expect(err.code).toBe("unsupported");
    expect(err.message).toContain("编码");
  });

  it("decodes empty input as empty UTF-8 text", () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: "", encoding: "utf-8" });
  });
});
