-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED', 'UNDONE');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('RAW', 'MINED', 'FAILED');

-- CreateEnum
CREATE TYPE "BlockKind" AS ENUM ('HEADING', 'PARAGRAPH');

-- CreateEnum
CREATE TYPE "BlockOrigin" AS ENUM ('MINED', 'MANUAL', 'SPLIT', 'MERGED');

-- CreateEnum
CREATE TYPE "SpeechStatus" AS ENUM ('DRAFT', 'REVIEW', 'FINAL');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "last_login_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" TEXT,
    "username" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "ip" TEXT,
    "details" JSONB,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corpus_imports" (
    "id" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "undone_at" TIMESTAMP(3),
    "status" "ImportStatus" NOT NULL DEFAULT 'RUNNING',
    "summary" JSONB,

    CONSTRAINT "corpus_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_documents" (
    "id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "raw_text" TEXT NOT NULL,
    "cleaned_text" TEXT,
    "removed" JSONB,
    "status" "DocumentStatus" NOT NULL DEFAULT 'RAW',
    "error" TEXT,
    "import_id" TEXT,
    "imported_by_id" TEXT,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corpus_speeches" (
    "id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT,
    "speaker" TEXT,
    "date" TEXT,
    "date_value" DATE,
    "level" TEXT,

    CONSTRAINT "corpus_speeches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "signals" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "merged_into_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "blocks" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "BlockKind" NOT NULL DEFAULT 'PARAGRAPH',
    "level" INTEGER,
    "heading_path" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category_id" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "placeholders" JSONB NOT NULL DEFAULT '[]',
    "char_count" INTEGER NOT NULL DEFAULT 0,
    "origin" "BlockOrigin" NOT NULL DEFAULT 'MINED',
    "source_document_id" TEXT,
    "source_speech_id" TEXT,
    "position" INTEGER,
    "dup_group_id" TEXT,
    "is_canonical" BOOLEAN NOT NULL DEFAULT true,
    "merged_into_id" TEXT,
    "curated" BOOLEAN NOT NULL DEFAULT false,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "search_text" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector,
    "use_count" INTEGER NOT NULL DEFAULT 0,
    "last_used_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_sources" (
    "id" TEXT NOT NULL,
    "block_id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "speech_id" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "block_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "duplicate_groups" (
    "id" TEXT NOT NULL,
    "canonical_block_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "duplicate_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_revisions" (
    "id" TEXT NOT NULL,
    "block_id" TEXT NOT NULL,
    "user_id" TEXT,
    "action" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reverted_at" TIMESTAMP(3),

    CONSTRAINT "block_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_favorites" (
    "user_id" TEXT NOT NULL,
    "block_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "block_favorites_pkey" PRIMARY KEY ("user_id","block_id")
);

-- CreateTable
CREATE TABLE "meetings" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE,
    "level" TEXT,
    "type" TEXT,
    "audience" TEXT,
    "location" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speeches" (
    "id" TEXT NOT NULL,
    "meeting_id" TEXT,
    "title" TEXT NOT NULL,
    "speaker" TEXT,
    "date" DATE,
    "status" "SpeechStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL DEFAULT '{"type":"doc","content":[]}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT,
    "updated_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "speeches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "speech_revisions" (
    "id" TEXT NOT NULL,
    "speech_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "note" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "speech_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "block_usages" (
    "id" TEXT NOT NULL,
    "block_id" TEXT NOT NULL,
    "speech_id" TEXT NOT NULL,
    "meeting_id" TEXT,
    "speaker" TEXT,
    "used_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" TEXT,

    CONSTRAINT "block_usages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE INDEX "audit_logs_action_at_idx" ON "audit_logs"("action", "at");

-- CreateIndex
CREATE INDEX "audit_logs_username_action_at_idx" ON "audit_logs"("username", "action", "at");

-- CreateIndex
CREATE INDEX "audit_logs_ip_action_at_idx" ON "audit_logs"("ip", "action", "at");

-- CreateIndex
CREATE INDEX "audit_logs_target_type_target_id_idx" ON "audit_logs"("target_type", "target_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_documents_sha256_key" ON "source_documents"("sha256");

-- CreateIndex
CREATE INDEX "source_documents_import_id_idx" ON "source_documents"("import_id");

-- CreateIndex
CREATE UNIQUE INDEX "corpus_speeches_document_id_order_key" ON "corpus_speeches"("document_id", "order");

-- CreateIndex
CREATE UNIQUE INDEX "categories_key_key" ON "categories"("key");

-- CreateIndex
CREATE INDEX "blocks_category_id_idx" ON "blocks"("category_id");

-- CreateIndex
CREATE INDEX "blocks_source_document_id_idx" ON "blocks"("source_document_id");

-- CreateIndex
CREATE INDEX "blocks_source_speech_id_position_idx" ON "blocks"("source_speech_id", "position");

-- CreateIndex
CREATE INDEX "blocks_dup_group_id_idx" ON "blocks"("dup_group_id");

-- CreateIndex
CREATE INDEX "blocks_tags_idx" ON "blocks" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "blocks_search_vector_idx" ON "blocks" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "blocks_text_trgm_idx" ON "blocks" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "block_sources_document_id_idx" ON "block_sources"("document_id");

-- CreateIndex
CREATE UNIQUE INDEX "block_sources_block_id_document_id_position_key" ON "block_sources"("block_id", "document_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "duplicate_groups_canonical_block_id_key" ON "duplicate_groups"("canonical_block_id");

-- CreateIndex
CREATE INDEX "block_revisions_block_id_created_at_idx" ON "block_revisions"("block_id", "created_at");

-- CreateIndex
CREATE INDEX "meetings_date_idx" ON "meetings"("date");

-- CreateIndex
CREATE INDEX "speeches_meeting_id_idx" ON "speeches"("meeting_id");

-- CreateIndex
CREATE INDEX "speeches_speaker_idx" ON "speeches"("speaker");

-- CreateIndex
CREATE UNIQUE INDEX "speech_revisions_speech_id_version_key" ON "speech_revisions"("speech_id", "version");

-- CreateIndex
CREATE INDEX "block_usages_speech_id_idx" ON "block_usages"("speech_id");

-- CreateIndex
CREATE INDEX "block_usages_meeting_id_idx" ON "block_usages"("meeting_id");

-- CreateIndex
CREATE INDEX "block_usages_speaker_used_at_idx" ON "block_usages"("speaker", "used_at");

-- CreateIndex
CREATE UNIQUE INDEX "block_usages_block_id_speech_id_key" ON "block_usages"("block_id", "speech_id");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corpus_imports" ADD CONSTRAINT "corpus_imports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "corpus_imports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corpus_speeches" ADD CONSTRAINT "corpus_speeches_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "categories" ADD CONSTRAINT "categories_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_source_speech_id_fkey" FOREIGN KEY ("source_speech_id") REFERENCES "corpus_speeches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_dup_group_id_fkey" FOREIGN KEY ("dup_group_id") REFERENCES "duplicate_groups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_sources" ADD CONSTRAINT "block_sources_block_id_fkey" FOREIGN KEY ("block_id") REFERENCES "blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_sources" ADD CONSTRAINT "block_sources_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_sources" ADD CONSTRAINT "block_sources_speech_id_fkey" FOREIGN KEY ("speech_id") REFERENCES "corpus_speeches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_groups" ADD CONSTRAINT "duplicate_groups_canonical_block_id_fkey" FOREIGN KEY ("canonical_block_id") REFERENCES "blocks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_revisions" ADD CONSTRAINT "block_revisions_block_id_fkey" FOREIGN KEY ("block_id") REFERENCES "blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_revisions" ADD CONSTRAINT "block_revisions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_favorites" ADD CONSTRAINT "block_favorites_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_favorites" ADD CONSTRAINT "block_favorites_block_id_fkey" FOREIGN KEY ("block_id") REFERENCES "blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speeches" ADD CONSTRAINT "speeches_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speeches" ADD CONSTRAINT "speeches_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speeches" ADD CONSTRAINT "speeches_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speech_revisions" ADD CONSTRAINT "speech_revisions_speech_id_fkey" FOREIGN KEY ("speech_id") REFERENCES "speeches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speech_revisions" ADD CONSTRAINT "speech_revisions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_usages" ADD CONSTRAINT "block_usages_block_id_fkey" FOREIGN KEY ("block_id") REFERENCES "blocks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_usages" ADD CONSTRAINT "block_usages_speech_id_fkey" FOREIGN KEY ("speech_id") REFERENCES "speeches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_usages" ADD CONSTRAINT "block_usages_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "block_usages" ADD CONSTRAINT "block_usages_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Full-text search: the application segments Chinese text into space-separated words (search_text);
-- PostgreSQL keeps the tsvector in step. Prisma does not model triggers, so they live only here.
CREATE FUNCTION "blocks_search_vector_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := to_tsvector('simple', coalesce(NEW."search_text", ''));
  RETURN NEW;
END
$$;

CREATE TRIGGER "blocks_search_vector_trigger"
  BEFORE INSERT OR UPDATE OF "search_text" ON "blocks"
  FOR EACH ROW EXECUTE FUNCTION "blocks_search_vector_update"();
