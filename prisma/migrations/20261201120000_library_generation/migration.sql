-- The library's generation: bumped by every statement that can alter the facet counts of a search, so that those
-- counts can be kept between searches
-- (lib/search/facet-cache.ts). A sequence, so that writers never wait for each other on it. (Prisma's schema
-- engine cannot read deferred constraint triggers, so these fire at the end of the statement.)
CREATE SEQUENCE "library_generation";

CREATE FUNCTION "bump_library_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('library_generation');
  RETURN NULL;
END
$$;

CREATE TRIGGER "blocks_library_generation"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "text", "search_text", "search_vector", "category_id", "kind",
    "curated", "placeholders", "use_count", "char_count", "tags", "hidden", "merged_into_id", "source_document_id",
    "source_speech_id"
  ON "blocks" FOR EACH STATEMENT EXECUTE FUNCTION "bump_library_generation"();
CREATE TRIGGER "block_usages_library_generation"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE ON "block_usages"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_library_generation"();
CREATE TRIGGER "block_favorites_library_generation"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE ON "block_favorites"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_library_generation"();
CREATE TRIGGER "block_sources_library_generation"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE ON "block_sources"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_library_generation"();
