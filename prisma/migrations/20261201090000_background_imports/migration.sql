-- Imports run in the background: each uploaded file is kept in import_files until a worker has mined it and
-- written it in batches (progress and resume point per file).
CREATE TYPE "ImportFileStatus" AS ENUM ('QUEUED', 'MINING', 'STORING', 'DONE', 'DUPLICATE', 'FAILED', 'CANCELLED');

ALTER TABLE "corpus_imports" ADD COLUMN "closed_at" TIMESTAMP(3);

CREATE TABLE "import_files" (
    "id" TEXT NOT NULL,
    "import_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "bytes" BYTEA,
    "status" "ImportFileStatus" NOT NULL DEFAULT 'QUEUED',
    "paragraphs_total" INTEGER,
    "paragraphs_stored" INTEGER NOT NULL DEFAULT 0,
    "document_id" TEXT,
    "result" JSONB,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lease_until" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "import_files_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "import_files_import_id_created_at_idx" ON "import_files"("import_id", "created_at");
CREATE INDEX "import_files_status_lease_until_idx" ON "import_files"("status", "lease_until");

ALTER TABLE "import_files" ADD CONSTRAINT "import_files_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "corpus_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
