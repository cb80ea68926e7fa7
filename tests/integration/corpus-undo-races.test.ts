// Issue 10, item 9: undoing an import while another import is storing must lose nothing. Each test holds one
// side's transaction open at the critical moment (real transactions on the real database), starts the other
// side, waits until PostgreSQL shows it waiting on a lock, then lets the first side commit.
import { createHash, randomBytes } from "node:crypto";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importFiles, startImport } from "@/lib/corpus/import-files";
import {
  categoryIdsByKey,
  createDocumentShell,
  paragraphsOf,
  speechIdsByOrder,
  storeParagraphBatch,
} from "@/lib/corpus/store-mined-document";
import { undoImport } from "@/lib/corpus/undo-import";
import { mineDocument } from "@/lib/mining/mine-document";
import { normHash } from "@/lib/mining/near-duplicates";
import { createTestUser } from "@/lib/testing/factories";

const tag = () => randomBytes(12).toString("hex");
const speech = (own: string, shared: string) =>
  strToU8(
    [
      `在全县安全生产工作会议上的讲话${own}`,
      "同志们：",
      `今天召开会议，主要任务是总结工作、部署任务，这是第${own}次会议。`,
      "一、提高政治站位",
      shared,
      `各单位要结合实际抓好落实，编号${own}。`,
      "谢谢大家！",
    ].join("\n"),
  );

/** A transaction that stores `bytes` into batch `importId` and stays open until `release()` is called. */
async function storingHeldOpen(importId: string, name: string, bytes: Uint8Array, actorId: string) {
  const mined = await mineDocument(name, bytes);
  let release!: () => void;
  let stored!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const storedNow = new Promise<void>((r) => (stored = r));
  const done = db().$transaction(
    async (tx) => {
      const documentId = (await createDocumentShell(tx, {
        mined,
        fileName: name,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        sizeBytes: bytes.length,
        importId,
        actorId,
      }))!;
      const summary = await storeParagraphBatch(tx, {
        documentId,
        importId,
        actorId,
        paragraphs: paragraphsOf(mined),
        speechIds: await speechIdsByOrder(tx, documentId),
        categoryIds: await categoryIdsByKey(tx),
      });
      stored();
      await gate;
      return summary;
    },
    { timeout: 30_000 },
  );
  await storedNow;
  return { release, done };
}

/** Resolves once some session is waiting on a lock (the other side is blocked), or fails after 10 s. */
async function someoneWaitsOnALock() {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`;
    if (row!.n > 0) return;
    if (Date.now() > deadline) throw new Error("nobody waited on a lock");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("undoing an import while others store (real database)", () => {
  it("keeps a paragraph that another import is adding a source to at that moment", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const t = tag();
    const shared = `要聚焦危险化学品、城镇燃气、建筑施工等重点行业领域开展拉网式隐患排查，标记${t}。`;
    const a = await importFiles([{ name: `甲${t}.txt`, bytes: speech(`${t}a`, shared) }], user.id);
    const b = await startImport(user.id);
    const holding = await storingHeldOpen(b.id, `乙${t}.txt`, speech(`${t}b`, shared), user.id);

    const undo = undoImport(a.importId, user.id);
    await someoneWaitsOnALock();
    holding.release();
    await holding.done;
    await undo;

    const blocks = await db().block.findMany({ where: { normHash: normHash(shared), mergedIntoId: null } });
    expect(blocks).toHaveLength(1);
    const sources = await db().blockSource.findMany({ where: { blockId: blocks[0]!.id }, include: { document: true } });
    expect(sources.map((s) => s.document.fileName)).toEqual([`乙${t}.txt`]);
  });

  it("removes a file of the batch that was still being stored when the undo began", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const t = tag();
    const batch = await startImport(user.id);
    const holding = await storingHeldOpen(batch.id, `丙${t}.txt`, speech(`${t}c`, `本段独有${t}。`), user.id);

    const undo = undoImport(batch.id, user.id);
    await someoneWaitsOnALock();
    holding.release();
    await holding.done;
    const result = await undo;

    expect(result.documentsRemoved).toBe(1);
    expect(await db().sourceDocument.count({ where: { importId: batch.id } })).toBe(0);
    await expect(
      importFiles([{ name: `丁${t}.txt`, bytes: speech(`${t}d`, "x") }], user.id).then(() =>
        undoImport(batch.id, user.id),
      ),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});
