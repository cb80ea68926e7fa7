-- One speaker is one speaker however it is spaced: 县长张三, 县长 张三 and 县长　张三 (full-width) match in the reuse
-- warnings and the library's speaker filters. speaker_key removes the same characters as speakerKey in
-- lib/speech-doc/speaker-line.ts; it is a plain SQL function, which the planner inlines both in queries and in
-- the index expressions below, so `speaker_key(speaker) = $1` finds its rows through them (the warnings' "last N
-- meetings of this speaker" and the uses inside the window, read on every composer open). Prisma's schema cannot
-- state an expression index: schema.prisma does not name these.
CREATE FUNCTION speaker_key(t TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT regexp_replace(t, '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+', '', 'g') $$;

CREATE INDEX "speeches_speaker_key_idx" ON "speeches" (speaker_key("speaker"));
CREATE INDEX "block_usages_speaker_key_used_at_idx" ON "block_usages" (speaker_key("speaker"), "used_at");
