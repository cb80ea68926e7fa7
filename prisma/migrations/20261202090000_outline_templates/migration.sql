-- Outline templates (issue 13): a speech's outline saved to start new speeches from, each heading with its level,
-- text, category key and target length (JSON); the clerk's own are listed newest first.
CREATE TABLE "outline_templates" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "headings" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outline_templates_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "outline_templates_created_by_id_created_at_idx" ON "outline_templates"("created_by_id", "created_at" DESC);

ALTER TABLE "outline_templates" ADD CONSTRAINT "outline_templates_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
