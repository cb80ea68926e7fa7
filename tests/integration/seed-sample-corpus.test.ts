// The "seeded" marker is global, so this file works in its own database.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedSampleCorpusOnce } from "@/lib/corpus/seed-sample-corpus";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";

const SPEECH = [
  "在全县安全生产工作会议上的讲话",
  "同志们：",
  "今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。",
  "一、认清形势，增强做好安全生产工作的责任感",
  "去年全县安全生产形势总体平稳，事故起数和死亡人数同比分别下降。",
  "同志们，安全生产责任重于泰山。谢谢大家！",
].join("\n");

/** GB18030 bytes for a string, found by searching the two-byte GBK plane with TextDecoder (no encoder exists). */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return Uint8Array.from(out);
}

let iso: IsolatedDatabase;
let dir: string;
beforeAll(async () => {
  iso = await useIsolatedDatabase("corpus");
  dir = await mkdtemp(path.join(os.tmpdir(), "jgt-corpus-"));
  await writeFile(path.join(dir, "001_utf8.txt"), SPEECH);
  // GB18030 bytes from the system's iconv-compatible encoder in Node (TextDecoder can read, not write, GB18030).
  await writeFile(path.join(dir, "002_gbk.TXT"), gb18030(SPEECH.replace("全县", "全市")));
  await writeFile(path.join(dir, "README.md"), "not a speech");
});
afterAll(async () => {
  await iso.restore();
  await rm(dir, { recursive: true, force: true });
});

describe("seedSampleCorpusOnce", () => {
  it("imports the .txt files once, then never again", async () => {
    expect(await db().sourceDocument.count()).toBe(0);
    expect(await seedSampleCorpusOnce(dir)).toBe(2);

    const docs = await db().sourceDocument.findMany({ orderBy: { fileName: "asc" } });
    expect(docs.map((d) => [d.fileName, d.encoding, d.status, d.importedById])).toEqual([
      ["001_utf8.txt", "utf-8", "MINED", null],
      ["002_gbk.TXT", "gb18030", "MINED", null],
    ]);
    expect(docs[1]!.rawText).toContain("在全市安全生产工作会议上的讲话");
    // Its heading repeats the first file's exactly: one block, with both documents as sources.
    expect(
      await db().blockSource.count({ where: { documentId: docs[1]!.id, block: { kind: "HEADING", level: 1 } } }),
    ).toBe(1);
    const marker = await db().appSetting.findUniqueOrThrow({ where: { key: "sample_corpus_seeded" } });
    expect(marker.value).toMatchObject({ files: ["001_utf8.txt", "002_gbk.TXT"] });

    expect(await seedSampleCorpusOnce(dir)).toBe(0);
    expect(await db().sourceDocument.count()).toBe(2);
    expect(await db().corpusImport.count()).toBe(1);
  });

  it("does not re-import after an administrator deleted the documents", async () => {
    await db().sourceDocument.deleteMany();
    expect(await seedSampleCorpusOnce(dir)).toBe(0);
    expect(await db().sourceDocument.count()).toBe(0);
  });
});
