// What the import-review tests share: a database of their own with the default categories, and uploads held for
// review as the app makes them.
import { randomBytes } from "node:crypto";
import { strToU8 } from "fflate";
import { afterAll, beforeAll } from "vitest";
import { seedCategoriesIfEmpty } from "@/lib/categories/seed-categories";
import { db } from "@/lib/db/client";
import { startImport } from "@/lib/corpus/import-files";
import { closeImport } from "@/lib/imports/complete-import";
import { stopJobSender } from "@/lib/imports/job-queue";
import { processImportFile } from "@/lib/imports/process-import-file";
import { queueImportFile } from "@/lib/imports/queue-import-file";
import { searchBlocks } from "@/lib/search/search-blocks";
import { disconnectSearchDb } from "@/lib/search/search-db";
import { useIsolatedDatabase, type IsolatedDatabase } from "./isolated-database";

/** Gives the calling test file a database of its own: the default categories are seeded there (the classifier's
 *  verdicts need them), which the shared database's other tests do not expect. */
export function setUpReviewDatabase(): void {
  let iso: IsolatedDatabase;
  const runDatabaseUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    iso = await useIsolatedDatabase("review");
    process.env.DATABASE_URL = iso.url; // the job sender and the search pool connect by it
    await seedCategoriesIfEmpty();
  });
  afterAll(async () => {
    await stopJobSender();
    await disconnectSearchDb();
    process.env.DATABASE_URL = runDatabaseUrl;
    await iso.restore();
  });
}

export const marker = () => `评审${randomBytes(8).toString("hex")}`;
export const utf8 = (s: string) => strToU8(s);

/** A short, well-formed speech: judged 好. */
export const goodSpeech = (m: string) =>
  utf8(
    [
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      `今天召开全县安全生产工作会议，主要任务是总结工作、部署任务（${m}）。`,
      "一、突出重点领域，深入开展隐患排查整治",
      `要聚焦危险化学品、城镇燃气、建筑施工等重点行业领域，开展拉网式隐患排查，建立台账，整改销号（${m}）。`,
      "同志们，安全生产责任重于泰山。谢谢大家！",
    ].join("\n"),
  );

/** Uploads as the app does (files judged 需要检查 are held), works each file in this process and closes. */
export async function heldImport(userId: string, files: { name: string; bytes: Uint8Array }[]) {
  const { id } = await startImport(userId, { holdForReview: true });
  const fileIds: string[] = [];
  for (const f of files) {
    const q = await queueImportFile(id, f, { sendJob: false });
    if (q.status === "QUEUED") await processImportFile(q.id);
    fileIds.push(q.id);
  }
  await closeImport(id);
  return { importId: id, fileIds };
}

export const fileRow = (id: string) => db().importFile.findUniqueOrThrow({ where: { id } });
export const blocksWith = (text: string) => db().block.findMany({ where: { text: { contains: text } } });
export const searchIds = async (query: string) => (await searchBlocks({ query })).hits.map((h) => h.id);
