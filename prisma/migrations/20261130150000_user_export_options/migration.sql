-- Export options remembered per user (lib/export/options.ts)
ALTER TABLE "users" ADD COLUMN "export_options" JSONB NOT NULL DEFAULT '{}';
