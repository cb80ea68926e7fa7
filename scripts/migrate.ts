// `npm run db:migrate`: applies the migrations and installs the job queue on DATABASE_URL (for deployments that
// migrate before starting several app servers; `npm start` does this by itself).
import { applyMigrations } from "../lib/db/migrate";
import { installJobQueue } from "../lib/imports/job-queue";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("请设置 DATABASE_URL。");
  process.exit(1);
}
const { applied, alreadyApplied } = await applyMigrations(url);
await installJobQueue(url);
console.log(applied.length ? `已应用迁移：${applied.join("、")}` : `数据库已是最新（${alreadyApplied} 个迁移）。`);
