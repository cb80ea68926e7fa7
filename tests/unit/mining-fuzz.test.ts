// Fuzz test: thousands of random and mutated inputs through the whole mining pipeline. Every input must
// either be mined into well-formed speeches or be refused with an AppError (a Chinese message) — never crash.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../lib/errors";
import { mineDocument } from "../../lib/mining/mine-document";
import type { MinedDocument } from "../../lib/mining/types";
import { makeDocx } from "../support/make-docx";
import { seededRandom as rng } from "../../lib/testing/seeded-random";

const PIECES = [
  "同志们：",
  "一、",
  "二、",
  "（一）",
  "(二)",
  "第一，",
  "一是",
  "二要",
  "1.",
  "（1）",
  "×",
  "XX",
  "*",
  "**",
  "……之际",
  "安全生产",
  "隐患排查",
  "责任落实",
  "。",
  "，",
  ",",
  ":",
  ";",
  "(",
  ")",
  "?",
  "!",
  "“",
  "”",
  "\n",
  "\n\n",
  " ",
  "\u3000",
  "www.zciku.com",
  "来源：网络",
  "[bookmark: _Toc1]",
  "关灯",
  "发表于 2026-1-31",
  "第1页共10页",
  "zf",
  "老秘网",
  "谢谢大家！",
  "在全县安全生产工作会议上的讲话",
  "刚才，",
  "总之，",
  "...",
  "\r\n",
  "\u200b",
  "{color:red}",
  "Copyright ©",
  "a",
  "Z",
  "9",
];

const corpusDir = path.join(process.cwd(), "data", "corpus");
const corpus = readdirSync(corpusDir).map((n) => readFileSync(path.join(corpusDir, n), "utf8"));

function randomText(r: () => number): string {
  const n = Math.floor(r() * 80);
  let s = "";
  for (let i = 0; i < n; i++) {
    if (r() < 0.15) s += String.fromCodePoint(0x4e00 + Math.floor(r() * 0x5000));
    else s += PIECES[Math.floor(r() * PIECES.length)];
  }
  return s;
}

function mutate(r: () => number, text: string): string {
  let s = text;
  const ops = 1 + Math.floor(r() * 6);
  for (let k = 0; k < ops; k++) {
    const i = Math.floor(r() * s.length);
    const j = Math.min(s.length, i + Math.floor(r() * 400));
    switch (Math.floor(r() * 6)) {
      case 0:
        s = s.slice(0, i) + s.slice(j);
        break; // delete
      case 1:
        s = s.slice(0, i) + randomText(r) + s.slice(i);
        break; // insert
      case 2:
        s = s.slice(0, i) + s.slice(i, j).repeat(1 + Math.floor(r() * 3)) + s.slice(j);
        break; // repeat
      case 3:
        s = s.slice(j) + s.slice(0, i);
        break; // reorder
      case 4:
        s = s.slice(0, i) + s.slice(i, j).replace(/\n/g, "") + s.slice(j);
        break; // lose line breaks
      default:
        s = s.slice(0, i) + "\n".repeat(1 + Math.floor(r() * 3)) + s.slice(i); // extra breaks
    }
  }
  return s;
}

function randomBytes(r: () => number): Uint8Array {
  return new Uint8Array(Math.floor(r() * 2000)).map(() => Math.floor(r() * 256));
}

function checkWellFormed(doc: MinedDocument) {
  for (const s of doc.speeches) {
    s.blocks.forEach((b, i) => {
      expect(b.text.trim().length).toBeGreaterThan(0);
      expect([null, 1, 2, 3]).toContain(b.level);
      expect(b.kind === "heading" ? b.level !== null : b.level === null).toBe(true);
      expect(b.position).toBe(i);
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
      for (const p of b.placeholders) expect(b.text.slice(p.start, p.end)).toBe(p.text);
    });
  }
}

async function run(name: string, bytes: Uint8Array) {
  try {
    checkWellFormed(await mineDocument(name, bytes));
  } catch (err) {
    if (!isAppError(err)) throw new Error(`${name} (${bytes.length} bytes) crashed: ${(err as Error).stack}`);
    expect(err.message).toMatch(/[\u4e00-\u9fa5]/);
  }
}

describe("mining fuzz", () => {
  it("survives 3,000 random and mutated inputs", { timeout: 120_000 }, async () => {
    const r = rng(20261123);
    const enc = new TextEncoder();
    for (let n = 0; n < 3000; n++) {
      const kind = n % 6;
      if (kind === 0) await run(`r${n}.txt`, randomBytes(r));
      else if (kind === 1) await run(`t${n}.txt`, enc.encode(randomText(r)));
      else if (kind === 2 || kind === 3) await run(`m${n}.txt`, enc.encode(mutate(r, corpus[n % corpus.length]!)));
      else if (kind === 4) {
        const docx = makeDocx(
          mutate(r, corpus[n % corpus.length]!.slice(0, 3000))
            .split("\n")
            .map((text) => ({ text })),
        );
        // Sometimes damage the zip itself.
        const cut = r() < 0.3 ? docx.slice(0, Math.floor(r() * docx.length)) : docx;
        await run(`d${n}.docx`, cut);
      } else await run(`x${n}.docx`, randomBytes(r));
    }
  });
});
