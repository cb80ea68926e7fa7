-- Issue 11, items 4 and 5: each speech's genre (体裁) for the report and the library's filter, and the hash of a
-- document's kept text, by which the same speech imported again in another encoding or format is recognised.
ALTER TABLE "corpus_speeches" ADD COLUMN "genre" TEXT NOT NULL DEFAULT '讲话';

-- Speeches mined before genres were read: their title says it when it names another genre (the text is not read
-- here; nearly all of them are leaders' speeches, the default).
UPDATE "corpus_speeches" SET "genre" = CASE
    WHEN "title" ~ '主持(词|稿|讲话)' THEN '主持词'
    WHEN "title" ~ '表态' THEN '表态发言'
    WHEN "title" ~ '(致辞|欢迎词|贺词|开幕词|闭幕词)' THEN '致辞'
    WHEN "title" ~ '(通知|方案|实施意见|工作要点)$' THEN '通知/方案'
    ELSE '讲话'
  END
WHERE "title" IS NOT NULL;

-- Null for documents imported before: they are matched by their bytes only.
ALTER TABLE "source_documents" ADD COLUMN "content_hash" TEXT;

CREATE UNIQUE INDEX "source_documents_content_hash_key" ON "source_documents"("content_hash");
