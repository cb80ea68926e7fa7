-- The 最新加入 and 最近使用 sorts walk these on empty and broad queries (as the default order walks
-- blocks_reuse_order_idx), instead of sorting every match.
CREATE INDEX "blocks_newest_order_idx" ON "blocks"("created_at" DESC, "id" DESC);
CREATE INDEX "blocks_recently_used_order_idx" ON "blocks"("last_used_at" DESC NULLS LAST, "created_at" DESC, "id" DESC);
