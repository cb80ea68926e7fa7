-- The library's copy in memory now also holds what the explicit sorts order by (use count, last use, creation), so
-- that it can name a narrow query's page: a change to the last use or the creation time is logged too.
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
           n."tags", n."hidden", n."merged_into_id", n."last_used_at", n."created_at")
      IS DISTINCT FROM
          (o."text", o."category_id", o."kind", o."curated", o."placeholders", o."use_count", o."char_count",
           o."tags", o."hidden", o."merged_into_id", o."last_used_at", o."created_at");
  ELSE
    INSERT INTO "library_changes" ("block_id") VALUES ('*');
  END IF;
  RETURN NULL;
END
$$;
