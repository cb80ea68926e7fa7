// Runs `prisma generate` after npm install. A DATABASE_URL must be present (any valid URL), otherwise the
// Prisma CLI falls back to downloading a native engine, which our machines cannot reach.
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
// generate never connects, so a placeholder is always enough.
env.DATABASE_URL = "postgresql://localhost:5432/placeholder";
const r = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
