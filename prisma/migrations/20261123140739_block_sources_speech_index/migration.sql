-- CreateIndex
CREATE INDEX "block_sources_speech_id_idx" ON "block_sources"("speech_id");

