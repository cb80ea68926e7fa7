// Issue 10, item 5: a .docx whose entries declare small sizes but inflate to hundreds of megabytes is refused
// quickly, with bounded memory and a Chinese message, by both imports; nothing is stored.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importFiles } from "@/lib/corpus/import-files";
import { db } from "@/lib/db/client";
import { importSpeech } from "@/lib/speech-import/import-speech";
import { createTestUser } from "@/lib/testing/factories";
import { makeZipBombDocx } from "../support/make-zip-bomb";

const bomb = makeZipBombDocx({ inflatedMb: 256, declaredBytes: 2000 });
const sha256 = createHash("sha256").update(bomb).digest("hex");

/** Runs `work`, returning its outcome with the time it took and how much the process grew meanwhile. */
async function measured<T>(work: () => Promise<T>) {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const outcome = await work().then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  return { ...outcome, ms: performance.now() - started, grewMb: (process.memoryUsage().rss - rss) / 1048576 };
}

describe("a zip bomb with lying sizes (real database)", () => {
  it("is small enough to upload and declares small sizes", () => {
    expect(bomb.length).toBeLessThan(20 * 1024 * 1024);
  });

  it("is refused by the corpus import, quickly and in bounded memory, and nothing is stored", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const { value, error, ms, grewMb } = await measured(() =>
      importFiles([{ name: "炸弹.docx", bytes: bomb }], user.id),
    );
    expect(ms).toBeLessThan(1500);
    expect(grewMb).toBeLessThan(150);
    expect(error).toBeUndefined();
    const result = value!.results[0]!;
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(/该 \.docx 文件已损坏或不完整/);
    expect(await db().sourceDocument.count({ where: { sha256 } })).toBe(0);
    expect(value!.totals).toMatchObject({ imported: 0, failed: 1, blocks: 0 });
  });

  it("is refused by the speech import (with the corpus too), and no draft or batch is written", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const { error, ms, grewMb } = await measured(() =>
      importSpeech({ fileName: "炸弹.docx", bytes: bomb, userId: user.id, alsoCorpus: true }),
    );
    expect(ms).toBeLessThan(1500);
    expect(grewMb).toBeLessThan(150);
    expect(error).toMatchObject({ status: 400, message: expect.stringMatching(/该 \.docx 文件已损坏或不完整/) });
    expect(await db().speech.count({ where: { createdById: user.id } })).toBe(0);
    expect(await db().corpusImport.count({ where: { createdById: user.id } })).toBe(0);
    expect(await db().sourceDocument.count({ where: { sha256 } })).toBe(0);
  });
});
