import { strToU8 } from "fflate";
import { createTestDatabase } from "../tests/support/test-database";
const database = await createTestDatabase("dbg");
process.env.DATABASE_URL = database.url;
const { seedCategoriesIfEmpty } = await import("../lib/categories/seed-categories");
const { startImport } = await import("../lib/corpus/import-files");
const { queueImportFile } = await import("../lib/imports/queue-import-file");
const { startImportWorker } = await import("../lib/imports/import-worker");
const { db } = await import("../lib/db/client");
await seedCategoriesIfEmpty();
const w = await startImportWorker({ pollingIntervalSeconds: 0.5, log: console.log });
const b = await startImport(null);
const q = await queueImportFile(b.id, { name: "a.txt", bytes: strToU8("在全县安全生产工作会议上的讲话\n同志们：\n今天召开全县安全生产工作会议，主要任务是总结工作、部署任务。\n一、提高政治站位\n近年来，全县安全生产形势总体平稳。\n谢谢大家！") });
for (let i = 0; i < 20; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  const f = await db().importFile.findUnique({ where: { id: q.id }, select: { status: true, attempts: true, error: true } });
  console.log(i, JSON.stringify(f));
  if (f?.status === "DONE" || f?.status === "FAILED") break;
}
await w.stop(); await db().$disconnect(); await database.drop(); process.exit(0);
