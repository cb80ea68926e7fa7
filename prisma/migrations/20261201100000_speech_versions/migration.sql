-- Speech versions (issue 13): named versions and automatic snapshots of a speech's text. Several versions may hold
-- the same text (a named version of the text an automatic snapshot already kept), so the version number is no
-- longer unique per speech; the list reads them newest first.
CREATE TYPE "SpeechRevisionKind" AS ENUM ('NAMED', 'AUTO', 'BEFORE_RESTORE', 'STATUS');

DROP INDEX "speech_revisions_speech_id_version_key";

ALTER TABLE "speech_revisions"
    ADD COLUMN "kind" "SpeechRevisionKind" NOT NULL DEFAULT 'NAMED',
    ADD COLUMN "name" TEXT,
    ADD COLUMN "char_count" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "status" "SpeechStatus" NOT NULL DEFAULT 'DRAFT';

CREATE INDEX "speech_revisions_speech_id_created_at_idx" ON "speech_revisions"("speech_id", "created_at" DESC);
