// User names are unique regardless of case (zhangsan and ZhangSan are one name): looked up by lower(username),
// the expression of the unique index users_username_lower_key (migration 20261130170000).
import { db, type DbTx } from "../db/client";

/**
 * The account a typed user name means, in any letter case. Accounts that already differed only by case before
 * the index existed were left in place (the migration exempts the later ones): the exact spelling wins, else the
 * oldest account.
 */
export async function findUserByName(username: string, tx: DbTx = db()) {
  const name = username.trim();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE lower(username) = lower(${name})
    ORDER BY (username = ${name}) DESC, created_at, id LIMIT 1`;
  const id = rows[0]?.id;
  return id ? tx.user.findUnique({ where: { id } }) : null;
}

/** The Chinese refusal for a name already taken, saying which spelling holds it when only the case differs. */
export function usernameTakenMessage(wanted: string, existing: string): string {
  return wanted === existing
    ? `用户名“${wanted}”已被使用，请换一个。`
    : `用户名“${wanted}”与已有的“${existing}”只差大小写，用户名不区分大小写，请换一个。`;
}
