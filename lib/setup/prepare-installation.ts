// Everything a start needs before serving: migrations, then the first-run seeds (idempotent).
import path from "node:path";
import { seedCategoriesIfEmpty } from "../categories/seed-categories";
import { seedSampleCorpusOnce } from "../corpus/seed-sample-corpus";
import { applyMigrations } from "../db/migrate";
import { installJobQueue } from "../imports/job-queue";
import { ensureAdminFromEnv } from "../users/first-admin";
import { reindexMissingSearchText } from "../search/reindex";

export type PrepareReport = {
  migrationsApplied: string[];
  categoriesSeeded: number;
  adminCreated: string | null;
  sampleDocuments: number;
};

export async function prepareInstallation(
  url: string,
  opts: { root?: string; seedSampleCorpus?: boolean } = {},
): Promise<PrepareReport> {
  const root = opts.root ?? process.cwd();
  const { applied } = await applyMigrations(url, path.join(root, "prisma", "migrations"));
  await installJobQueue(url);
  const categoriesSeeded = await seedCategoriesIfEmpty();
  const adminCreated = await ensureAdminFromEnv();
  await reindexMissingSearchText();
  const sampleDocuments =
    opts.seedSampleCorpus === false ? 0 : await seedSampleCorpusOnce(path.join(root, "data", "corpus"));
  return { migrationsApplied: applied, categoriesSeeded, adminCreated, sampleDocuments };
}
