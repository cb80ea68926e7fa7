-- One live block per normalised text, enforced by the database (issue 10, item 10): parallel imports used to
-- create two blocks for a shared paragraph because each only looked the text up first.

-- Repeats already created that way: the oldest block of each text stays, later copies are merged into it (their
-- sources move to it; usages and favourites stay on the merged copy, which points at the survivor).
CREATE TEMP TABLE "_repeat_blocks" ON COMMIT DROP AS
  SELECT id, keep FROM (
    SELECT id, first_value(id) OVER (PARTITION BY norm_hash ORDER BY created_at, id) AS keep
    FROM "blocks" WHERE merged_into_id IS NULL AND norm_hash <> ''
  ) ranked WHERE id <> keep;

UPDATE "block_sources" s SET block_id = r.keep
FROM "_repeat_blocks" r
WHERE s.block_id = r.id AND NOT EXISTS (
  SELECT 1 FROM "block_sources" t WHERE t.block_id = r.keep AND t.document_id = s.document_id AND t.position = s.position);

UPDATE "duplicate_groups" SET canonical_block_id = NULL WHERE canonical_block_id IN (SELECT id FROM "_repeat_blocks");
UPDATE "blocks" b SET merged_into_id = r.keep, dup_group_id = NULL, is_canonical = true
FROM "_repeat_blocks" r WHERE b.id = r.id;

-- Groups left with fewer than two members dissolve; a group without a canonical block takes its oldest.
UPDATE "blocks" SET dup_group_id = NULL, is_canonical = true WHERE dup_group_id IN (
  SELECT g.id FROM "duplicate_groups" g WHERE (SELECT count(*) FROM "blocks" b WHERE b.dup_group_id = g.id) < 2);
DELETE FROM "duplicate_groups" g WHERE NOT EXISTS (SELECT 1 FROM "blocks" b WHERE b.dup_group_id = g.id);
UPDATE "duplicate_groups" g SET canonical_block_id = (
  SELECT b.id FROM "blocks" b WHERE b.dup_group_id = g.id ORDER BY b.created_at, b.id LIMIT 1)
WHERE g.canonical_block_id IS NULL;
UPDATE "blocks" b SET is_canonical = (g.canonical_block_id = b.id) FROM "duplicate_groups" g WHERE b.dup_group_id = g.id;

CREATE UNIQUE INDEX "blocks_live_norm_hash_key" ON "blocks" ("norm_hash") WHERE merged_into_id IS NULL AND norm_hash <> '';
