// `npm run worker`: the import worker as its own process (see the README's scaling section). It needs
// DATABASE_URL; the web servers then run with IMPORT_WORKER=off.
import { db } from "../lib/db/client";
import { installJobQueue } from "../lib/imports/job-queue";
import { startImportWorker } from "../lib/imports/import-worker";

const log = (s: string) => console.log(`[导入任务] ${s}`);

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error("[导入任务] 请设置 DATABASE_URL（与网站服务器使用同一个数据库）。");
    process.exit(1);
  }
  await installJobQueue();
  const worker = await startImportWorker({ log });
  log("已启动，等待导入文件。按 Ctrl-C 停止。");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log("正在停止（当前文件写完这一批后停止，下次启动时继续）…");
    await worker.stop();
    await db().$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((err) => {
  console.error(`[导入任务] 启动失败：${(err as Error).message}`);
  process.exit(1);
});
