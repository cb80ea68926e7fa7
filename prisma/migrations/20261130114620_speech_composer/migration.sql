-- AlterTable
ALTER TABLE "speeches" ADD COLUMN     "char_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "settings" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "speeches_updated_at_id_idx" ON "speeches"("updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "speeches_status_updated_at_idx" ON "speeches"("status", "updated_at" DESC);

