-- Every search order now ends in the id in byte order (COLLATE "C", idOrder in lib/search/search-blocks.ts),
-- whatever the database's collation, so that the library's copy in memory orders ties exactly as PostgreSQL does
-- and makes most pages itself (lib/search/mirror-page.ts). The sort indexes end in the same order, so that a walk
-- needs no sort of the rows tied on the other keys (an import's blocks share their creation time: at 100,000
-- blocks, 最新加入 read 2,000 rows to sort them instead of 20). Prisma's schema cannot state a column's collation
-- in an index: schema.prisma names these indexes with plain columns.
DROP INDEX "blocks_reuse_order_idx";
CREATE INDEX "blocks_reuse_order_idx" ON "blocks"("curated" DESC, "use_count" DESC, "created_at" DESC, "id" COLLATE "C" DESC);
DROP INDEX "blocks_most_used_order_idx";
CREATE INDEX "blocks_most_used_order_idx" ON "blocks"("use_count" DESC, "created_at" DESC, "id" COLLATE "C" DESC);
DROP INDEX "blocks_newest_order_idx";
CREATE INDEX "blocks_newest_order_idx" ON "blocks"("created_at" DESC, "id" COLLATE "C" DESC);
DROP INDEX "blocks_recently_used_order_idx";
CREATE INDEX "blocks_recently_used_order_idx" ON "blocks"("last_used_at" DESC NULLS LAST, "created_at" DESC, "id" COLLATE "C" DESC);
