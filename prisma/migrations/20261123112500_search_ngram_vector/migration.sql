-- search_text now holds a tsvector literal built by the application (lib/search/ngram-index.ts: unigrams and
-- bigrams with positions), so the trigger casts it instead of running PostgreSQL's word parser over Chinese.
CREATE OR REPLACE FUNCTION "blocks_search_vector_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := coalesce(NEW."search_text", '')::tsvector;
  RETURN NEW;
END
$$;

-- Rows indexed the old way are re-indexed by the application at start (search_text = '' marks them).
UPDATE "blocks" SET "search_text" = '';
