-- CreateIndex
CREATE INDEX "blocks_reuse_order_idx" ON "blocks"("curated" DESC, "use_count" DESC, "created_at" DESC, "id" DESC);

