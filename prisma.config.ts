// Prisma CLI configuration. The CLI talks to PostgreSQL through the pg driver adapter and Prisma's bundled
// WebAssembly schema engine, so it never needs a native engine download (see README, "Offline install").
import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapterFactory } from "./scripts/prisma-cli-adapter";

try {
  process.loadEnvFile();
} catch {
  // no .env file: the environment is used as it is
}
// `prisma generate` only needs a syntactically valid URL; without one it would try to download an engine.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => cliAdapterFactory(process.env.DATABASE_URL!),
});
