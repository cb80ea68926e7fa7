-- AlterTable
ALTER TABLE "blocks" ADD COLUMN     "lsh_bands" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "norm_hash" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "corpus_speeches" ADD COLUMN     "salutation" TEXT;

-- CreateIndex
CREATE INDEX "blocks_norm_hash_idx" ON "blocks"("norm_hash");

-- CreateIndex
CREATE INDEX "blocks_lsh_bands_idx" ON "blocks" USING GIN ("lsh_bands");

