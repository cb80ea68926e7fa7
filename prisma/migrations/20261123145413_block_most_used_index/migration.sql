-- CreateIndex
CREATE INDEX "blocks_most_used_order_idx" ON "blocks"("use_count" DESC, "created_at" DESC, "id" DESC);

