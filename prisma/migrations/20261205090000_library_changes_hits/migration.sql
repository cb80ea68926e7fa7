-- The library's copy in memory now also holds what a near match shows (outline level, version, placeholders and the
-- source's title), so that near matches need no statement of their own: a change to those columns is logged too,
-- and so is a change to a source speech's title or a source document's file name, for every block it names.
CREATE OR REPLACE FUNCTION "log_block_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "library_changes" ("block_id") SELECT "id" FROM "new_blocks";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "library_changes" ("block_id") SELECT "id" FROM "old_blocks";
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "library_changes" ("block_id")
    SELECT n."id" FROM "new_blocks" n JOIN "old_blocks" o ON o."id" = n."id"
    WHERE (n."text", n."category_id", n."kind", n."curated", n."placeholders", n."use_count", n."char_count",
           n."tags", n."hidden", n."merged_into_id", n."last_used_at", n."created_at", n."level", n."version",
           n."source_speech_id", n."source_document_id")
      IS DISTINCT FROM
          (o."text", o."category_id", o."kind", o."curated", o."placeholders", o."use_count", o."char_count",
           o."tags", o."hidden", o."merged_into_id", o."last_used_at", o."created_at", o."level", o."version",
           o."source_speech_id", o."source_document_id");
  ELSE
    INSERT INTO "library_changes" ("block_id") VALUES ('*');
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "log_source_title_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'corpus_speeches' THEN
    INSERT INTO "library_changes" ("block_id")
    SELECT b."id" FROM "blocks" b WHERE b."source_speech_id" IN (
      SELECT n."id" FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id" WHERE n."title" IS DISTINCT FROM o."title");
  ELSE
    INSERT INTO "library_changes" ("block_id")
    SELECT b."id" FROM "blocks" b WHERE b."source_document_id" IN (
      SELECT n."id" FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
      WHERE n."file_name" IS DISTINCT FROM o."file_name");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "corpus_speeches_log_titles" AFTER UPDATE ON "corpus_speeches"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT
  EXECUTE FUNCTION "log_source_title_changes"();
CREATE TRIGGER "source_documents_log_titles" AFTER UPDATE ON "source_documents"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT
  EXECUTE FUNCTION "log_source_title_changes"();
