-- Which blocks changed, so that a search process's copy of the library (lib/search/library-mirror.ts) can catch up
-- by reading those blocks again instead of the whole library. Each row names the transaction that wrote it (xid):
-- a reader that remembers the oldest transaction still running when it last read (its snapshot's xmin) reads again
-- every row from that transaction on, and so misses none that commits later. Rows older than an hour are deleted
-- by the readers; a reader that has not read for half an hour loads the library anew. A block id of '*' means
-- every block (TRUNCATE).
CREATE TABLE "library_changes" (
    "id" BIGSERIAL NOT NULL,
    "block_id" TEXT NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "library_changes_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "library_changes_xid_idx" ON "library_changes"("xid");
CREATE INDEX "library_changes_changed_at_idx" ON "library_changes"("changed_at");

-- One function for the three statement triggers below (their transition tables carry the rows). An update is logged
-- only when a column the copy holds has changed, so that bookkeeping updates (updated_at, version) cost nothing.
CREATE FUNCTION "log_block_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "library_changes" ("block_id") SELECT "id" FROM "new_blocks";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "library_changes" ("block_id") SELECT "id" FROM "old_blocks";
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "library_changes" ("block_id")
    SELECT n."id" FROM "new_blocks" n JOIN "old_blocks" o ON o."id" = n."id"
    WHERE (n."text", n."category_id", n."kind", n."curated", n."placeholders", n."use_count", n."char_count",
           n."tags", n."hidden", n."merged_into_id")
      IS DISTINCT FROM
          (o."text", o."category_id", o."kind", o."curated", o."placeholders", o."use_count", o."char_count",
           o."tags", o."hidden", o."merged_into_id");
  ELSE
    INSERT INTO "library_changes" ("block_id") VALUES ('*');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "blocks_log_inserts" AFTER INSERT ON "blocks"
  REFERENCING NEW TABLE AS "new_blocks" FOR EACH STATEMENT EXECUTE FUNCTION "log_block_changes"();
CREATE TRIGGER "blocks_log_updates" AFTER UPDATE ON "blocks"
  REFERENCING OLD TABLE AS "old_blocks" NEW TABLE AS "new_blocks" FOR EACH STATEMENT EXECUTE FUNCTION "log_block_changes"();
CREATE TRIGGER "blocks_log_deletes" AFTER DELETE ON "blocks"
  REFERENCING OLD TABLE AS "old_blocks" FOR EACH STATEMENT EXECUTE FUNCTION "log_block_changes"();
CREATE TRIGGER "blocks_log_truncate" AFTER TRUNCATE ON "blocks"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_block_changes"();
