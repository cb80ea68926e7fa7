-- User names are unique regardless of letter case (issue 10, item 13): "zhangsan" and "ZhangSan" cannot both be
-- created any more. lib/users looks names up by lower(username), which this index also serves.
--
-- Accounts that already differ only by case are left as they are, so nobody loses access on upgrade: in each such
-- set the oldest account takes the name, the later ones are exempted from the index by id (they still sign in
-- with their exact spelling), and each exemption is written to the audit log (user.case_clash) so that an
-- administrator sees it on the audit page. No new clash can arise: every exempted name equals an indexed one.
DO $$
DECLARE
  exempt TEXT;
BEGIN
  SELECT string_agg(quote_literal(id), ', ' ORDER BY id) INTO exempt FROM (
    SELECT id, row_number() OVER (PARTITION BY lower(username) ORDER BY created_at, id) AS n FROM "users"
  ) ranked WHERE n > 1;

  IF exempt IS NULL THEN
    CREATE UNIQUE INDEX "users_username_lower_key" ON "users" (lower("username"));
  ELSE
    EXECUTE format(
      'CREATE UNIQUE INDEX "users_username_lower_key" ON "users" (lower("username")) WHERE "id" NOT IN (%s)', exempt);
    INSERT INTO "audit_logs" ("action", "username", "target_type", "target_id", "details")
    SELECT 'user.case_clash', u.username, 'user', u.id,
           jsonb_build_object('username', u.username, 'sameAs', (
             SELECT k.username FROM "users" k WHERE lower(k.username) = lower(u.username)
             ORDER BY k.created_at, k.id LIMIT 1))
    FROM "users" u
    WHERE u.id IN (SELECT id FROM (
      SELECT id, row_number() OVER (PARTITION BY lower(username) ORDER BY created_at, id) AS n FROM "users"
    ) ranked WHERE n > 1);
  END IF;
END $$;
