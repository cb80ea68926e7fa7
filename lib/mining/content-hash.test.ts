import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";
import { mineDocument } from "./mine-document";

const LINES = [
  "在全县安全生产工作会议上的讲话",
  "同志们：",
  "今天召开全县安全生产工作会议，主要任务是总结去年工作、部署今年任务。",
  "一、认清形势",
  "去年全县安全生产形势总体平稳，事故起数和死亡人数同比分别下降。",
];
const utf8 = (s: string) => new TextEncoder().encode(s);
const hashOf = async (text: string) => (await mineDocument("a.txt", utf8(text))).contentHash;

describe("contentHash", () => {
  it("is the same whatever the line breaks and spaces", async () => {
    const base = await hashOf(LINES.join("\n"));
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashOf(LINES.join("\r\n") + "\r\n")).toBe(base);
    expect(await hashOf(LINES.map((l) => `  ${l}`).join("\n\n"))).toBe(base);
  });

  it("differs for another title or another paragraph", async () => {
    const base = await hashOf(LINES.join("\n"));
    expect(await hashOf([LINES[0]!.replace("全县", "全市"), ...LINES.slice(1)].join("\n"))).not.toBe(base);
    expect(await hashOf([...LINES, "要压实各方责任，确保不发生较大事故。"].join("\n"))).not.toBe(base);
  });

  it("is null when nothing was kept", () => {
    expect(contentHash([])).toBeNull();
  });
});
