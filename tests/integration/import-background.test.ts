// Issue 10, item 12: imports are background work. Files posted to the route are queued on pg-boss and worked by
// the import worker (a real one, on a database of its own); progress is kept per file; a failure part-way
// through rolls the document back; an undo cancels what is still pending; files no job carries are requeued.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as importsRoute from "@/app/api/corpus/imports/route";
import * as filesRoute from "@/app/api/corpus/imports/[id]/files/route";
import * as finishRoute from "@/app/api/corpus/imports/[id]/finish/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { seedCategoriesIfEmpty } from "@/lib/categories/seed-categories";
import { startImport } from "@/lib/corpus/import-files";
import { undoImport } from "@/lib/corpus/undo-import";
import { db } from "@/lib/db/client";
import { stopJobSender } from "@/lib/imports/job-queue";
import { startImportWorker, type ImportWorker } from "@/lib/imports/import-worker";
import { processImportFile } from "@/lib/imports/process-import-file";
import { queueImportFile } from "@/lib/imports/queue-import-file";
import { mineDocument } from "@/lib/mining/mine-document";
import { normHash } from "@/lib/mining/near-duplicates";
import { bigImportText } from "@/lib/testing/big-import-file";
import { createTestUser } from "@/lib/testing/factories";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";
import { waitFor } from "../support/wait-for";

/** Source rows a document gets: one per paragraph, less repeats of the same text at the same position. */
async function expectedSources(bytes: Uint8Array): Promise<number> {
  const mined = await mineDocument("x.txt", bytes);
  return new Set(mined.speeches.flatMap((s) => s.blocks.map((b) => `${normHash(b.text)}@${b.position}`))).size;
}

/** A generated corpus file whose every speech carries `t`, so its blocks can be found and counted. */
const markedFile = (targetBytes: number, seed: number, t: string) =>
  new TextEncoder().encode(bigImportText({ targetBytes, seed }).text.replace(/同志们：/g, `同志们：${t}`));

/** Waits until the import file's row satisfies `check`. */
const fileReaches = (
  id: string,
  what: string,
  check: (f: { status: string; paragraphsStored: number }) => boolean,
  timeoutMs = 30_000,
) =>
  waitFor(
    what,
    async () =>
      check(
        await db().importFile.findUniqueOrThrow({ where: { id }, select: { status: true, paragraphsStored: true } }),
      ),
    { timeoutMs, everyMs: 50 },
  );

const tag = () => randomBytes(10).toString("hex");
const speech = (t: string) =>
  strToU8(
    [
      `在全县安全生产工作会议上的讲话${t}`,
      "同志们：",
      `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务，编号${t}。`,
      "一、提高政治站位，切实增强做好安全生产工作的责任感",
      `近年来，全县安全生产形势总体平稳，事故起数和死亡人数同比分别下降，编号${t}。`,
      "谢谢大家！",
    ].join("\n"),
  );

let database: IsolatedDatabase;
let worker: ImportWorker | null = null;
let cookie = "";
let userId = "";
const runDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  database = await useIsolatedDatabase("imports");
  // The job sender and the worker connect by DATABASE_URL: this file's own database, like the rest.
  process.env.DATABASE_URL = database.url;
  await seedCategoriesIfEmpty();
  const user = await createTestUser({ role: "EDITOR" });
  userId = user.id;
  cookie = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
});

afterAll(async () => {
  await worker?.stop();
  await stopJobSender();
  process.env.DATABASE_URL = runDatabaseUrl;
  await database.restore();
});

const headers = () => ({ host: "localhost", origin: "http://localhost", cookie });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function upload(importId: string, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new Blob([bytes as BlobPart]), name);
  const req = new Request(`http://localhost/api/corpus/imports/${importId}/files`, {
    method: "POST",
    headers: headers(),
    body: form,
  });
  return filesRoute.POST(req, params(importId));
}

async function progress(importId: string) {
  const res = await filesRoute.GET(
    new Request(`http://localhost/api/corpus/imports/${importId}/files`, { headers: headers() }),
    params(importId),
  );
  return (await res.json()).progress as {
    status: string;
    files: {
      status: string;
      paragraphsStored: number;
      paragraphsTotal: number | null;
      result: { status: string } | null;
    }[];
  };
}

describe("background imports (real database, real pg-boss worker)", () => {
  it("queues posted files, works them in the background, reports progress, and completes the import once", async () => {
    const open = await importsRoute.POST(
      new Request("http://localhost/api/corpus/imports", { method: "POST", headers: headers() }),
    );
    const { id } = (await open.json()) as { id: string };
    const t = tag();
    const res = await upload(id, `甲${t}.txt`, speech(t));
    expect(res.status).toBe(202);
    expect((await res.json()).file).toMatchObject({ status: "QUEUED", fileName: `甲${t}.txt` });
    const again = await upload(id, `甲副本${t}.txt`, speech(t)); // same bytes, queued as well: found a duplicate when stored

    expect((await progress(id)).files.map((f) => f.status)).toEqual(["QUEUED", "QUEUED"]);
    worker = await startImportWorker({ pollingIntervalSeconds: 0.5 });
    const finished = await finishRoute.POST(
      new Request(`http://localhost/api/corpus/imports/${id}/finish`, { method: "POST", headers: headers() }),
      params(id),
    );
    expect(finished.status).toBe(200);
    await waitFor("import done", async () => (await progress(id)).status === "DONE", {
      timeoutMs: 30_000,
      everyMs: 100,
    });

    const p = await progress(id);
    expect(p.files.map((f) => f.result?.status).sort()).toEqual(["duplicate", "imported"]);
    const imported = p.files.find((f) => f.status === "DONE")!;
    expect(imported.paragraphsStored).toBe(imported.paragraphsTotal);
    expect(again.status).toBe(202);
    expect(await db().importFile.count({ where: { importId: id, NOT: { bytes: null } } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "corpus.import", targetId: id } })).toBe(1);
    const doc = await db().sourceDocument.findFirstOrThrow({ where: { importId: id } });
    expect(doc.status).toBe("MINED");
  });

  it("stores a 7 MB file of about 13,000 paragraphs in short batches, and rolls a file that fails part-way back whole", async () => {
    const { text } = bigImportText({ seed: 23 });
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(7_000_000);
    const batch = await startImport(userId);
    const queued = await queueImportFile(batch.id, { name: "七兆.txt", bytes }, { sendJob: false });
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on("warning", onWarning);
    const result = await processImportFile(queued.id).finally(() => process.off("warning", onWarning));
    expect(result).toMatchObject({ status: "imported" });
    const file = await db().importFile.findUniqueOrThrow({ where: { id: queued.id } });
    expect(file.paragraphsTotal).toBeGreaterThan(12_000);
    expect(file.paragraphsStored).toBe(file.paragraphsTotal);
    expect(await db().blockSource.count({ where: { documentId: file.documentId! } })).toBe(
      await expectedSources(bytes),
    );
    // Item 11: no transaction outlived its timeout, so pg never saw a query sent on a busy client.
    expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);

    // The same text with one paragraph PostgreSQL refuses (a NUL character) two thirds in: the batches before it
    // were committed, and all of them go again.
    const t = tag();
    const bad = markedFile(300_000, 5, t);
    const failing = await queueImportFile(batch.id, { name: "坏.txt", bytes: bad }, { sendJob: false });
    const poisoned = async (name: string, b: Uint8Array, opts: Parameters<typeof mineDocument>[2]) => {
      const mined = await mineDocument(name, b, opts);
      const blocks = mined.speeches.flatMap((s) => s.blocks);
      blocks[Math.floor((blocks.length * 2) / 3)]!.text += "\u0000";
      return mined;
    };
    const failed = await processImportFile(failing.id, { mine: poisoned, batchSize: 50, maxAttempts: 1 });
    expect(failed).toMatchObject({ status: "failed", error: expect.stringMatching(/文件处理失败/) });
    const row = await db().importFile.findUniqueOrThrow({ where: { id: failing.id } });
    expect(row.status).toBe("FAILED");
    expect(row.paragraphsStored).toBeGreaterThan(100);
    expect(await db().sourceDocument.count({ where: { id: row.documentId! } })).toBe(0);
    expect(await db().block.count({ where: { text: { contains: t } } })).toBe(0);
  }, 240_000);

  it("cancels a file when its import is undone between two batches, leaving nothing of it", async () => {
    const batch = await startImport(userId);
    const t = tag();
    const bytes = markedFile(600_000, 9, t);
    const queued = await queueImportFile(batch.id, { name: "撤销中.txt", bytes }, { sendJob: false });
    const working = processImportFile(queued.id, { batchSize: 25 });
    await fileReaches(queued.id, "some batches stored", (f) => f.paragraphsStored >= 50);
    const undo = await undoImport(batch.id, userId);
    expect(undo.documentsRemoved).toBe(1);
    expect(await working).toMatchObject({ status: "failed", error: "这次导入已撤销，请重新开始导入。" });
    const file = await db().importFile.findUniqueOrThrow({ where: { id: queued.id } });
    expect(file.status).toBe("CANCELLED");
    expect(file.paragraphsStored).toBeLessThan(file.paragraphsTotal!);
    expect(await db().block.count({ where: { text: { contains: t } } })).toBe(0);
    expect(await db().sourceDocument.count({ where: { importId: batch.id } })).toBe(0);
  }, 120_000);

  it("resumes a file whose worker was killed after some batches, storing every paragraph exactly once", async () => {
    const batch = await startImport(userId);
    const t = tag();
    const bytes = markedFile(400_000, 13, t);
    const queued = await queueImportFile(batch.id, { name: "续传.txt", bytes }, { sendJob: false });
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/support/process-import-file-child.ts", queued.id, "20"],
      {
        env: { ...process.env, DATABASE_URL: database.url },
        stdio: "ignore",
      },
    );
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await fileReaches(queued.id, "the first worker stores some batches", (f) => f.paragraphsStored >= 100, 60_000);
    child.kill("SIGKILL");
    await exited;
    const killed = await db().importFile.findUniqueOrThrow({ where: { id: queued.id } });
    expect(killed.status).toBe("STORING");
    expect(killed.paragraphsStored).toBeLessThan(killed.paragraphsTotal!);
    // Its lease still runs: nobody else takes the file yet. Once it has run out, the next worker resumes it.
    expect(await processImportFile(queued.id)).toBeNull();
    await db().$executeRaw`UPDATE import_files SET lease_until = now() - interval '1 second' WHERE id = ${queued.id}`;
    const result = await processImportFile(queued.id);
    expect(result).toMatchObject({ status: "imported" });
    const done = await db().importFile.findUniqueOrThrow({ where: { id: queued.id } });
    expect(done).toMatchObject({ status: "DONE", attempts: 2, documentId: killed.documentId });
    expect(await db().blockSource.count({ where: { documentId: done.documentId! } })).toBe(
      await expectedSources(bytes),
    );
    const [copies] = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT norm_hash FROM blocks WHERE text LIKE ${"%" + t + "%"} GROUP BY norm_hash HAVING count(*) > 1) d`;
    expect(copies!.n).toBe(0);
    expect(result!.summary!.blocks).toBe(done.paragraphsTotal);
  }, 120_000);

  it("lets a file go between two batches when the worker stops, and the next worker finishes it", async () => {
    const batch = await startImport(userId);
    const t = tag();
    const bytes = markedFile(1_000_000, 17, t);
    await worker?.stop();
    worker = await startImportWorker({ pollingIntervalSeconds: 0.5 });
    const queued = await queueImportFile(batch.id, { name: "暂停.txt", bytes });
    await fileReaches(queued.id, "the worker stores a batch", (f) => f.paragraphsStored > 0);
    await worker.stop();
    worker = null;
    const paused = await db().importFile.findUniqueOrThrow({ where: { id: queued.id } });
    expect(paused).toMatchObject({ status: "STORING", leaseUntil: null, attempts: 0 });
    expect(paused.paragraphsStored).toBeLessThan(paused.paragraphsTotal!);

    worker = await startImportWorker({ pollingIntervalSeconds: 0.5 });
    await fileReaches(queued.id, "the next worker finishes it", (f) => f.status === "DONE", 60_000);
    expect(await db().blockSource.count({ where: { documentId: paused.documentId! } })).toBe(
      await expectedSources(bytes),
    );
  }, 120_000);

  it("requeues a file that no job carries (a send that failed) on the worker's sweep", async () => {
    const batch = await startImport(userId);
    const t = tag();
    const queued = await queueImportFile(batch.id, { name: `孤儿${t}.txt`, bytes: speech(t) }, { sendJob: false });
    await db().$executeRaw`UPDATE import_files SET created_at = now() - interval '1 minute' WHERE id = ${queued.id}`;
    worker ??= await startImportWorker({ pollingIntervalSeconds: 0.5 });
    await worker.sweep();
    await fileReaches(queued.id, "the orphan is done", (f) => f.status === "DONE");
  }, 60_000);
});
