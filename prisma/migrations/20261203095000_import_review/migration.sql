-- Import review (issue 11): a file judged 需要检查 is held in REVIEW with its mined document (draft) until a clerk
-- fixes its split and categories and confirms it; the draft's version guards concurrent edits.
ALTER TYPE "ImportFileStatus" ADD VALUE 'REVIEW';

ALTER TABLE "corpus_imports" ADD COLUMN "hold_for_review" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "import_files" ADD COLUMN "draft" JSONB,
ADD COLUMN "draft_version" INTEGER NOT NULL DEFAULT 1;
