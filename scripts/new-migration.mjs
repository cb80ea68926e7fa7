// `npm run db:new-migration -- name`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the checked-in migrations to prisma/schema.prisma. Needs DATABASE_URL (a shadow database is
// created and dropped on that server). Review the file; add what Prisma does not model (triggers) by hand.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("用法：npm run db:new-migration -- <名称>");
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error("请设置 DATABASE_URL（例如 postgresql://postgres@127.0.0.1:5432/postgres）。");
  process.exit(2);
}
const r = spawnSync(
  "npx",
  [
    "--no-install",
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } },
);
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(r.status ?? 1);
}
if (!r.stdout.trim() || /This is an empty migration/.test(r.stdout)) {
  console.log("schema.prisma 与现有迁移一致，无需新迁移。");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), r.stdout);
console.log(`已写入 ${dir}/migration.sql`);
