// One live block per normalised text is a rule of the database (the partial unique index blocks_live_norm_hash_key).
// A curation step that would break it (an edit, a split part or an undo that says exactly what another block says)
// is refused with a message saying what to do instead, not with a 500.
import { conflict, MSG } from "./messages";

export function isSameTextViolation(err: unknown): boolean {
  const e = err as { code?: string; meta?: unknown; message?: unknown } | null;
  if (!e || (e.code !== "P2002" && e.code !== "P2010")) return false;
  const where = `${JSON.stringify(e.meta ?? {})} ${String(e.message ?? "")}`;
  return where.includes("norm_hash");
}

export async function refusingSameText<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isSameTextViolation(err)) throw conflict(MSG.sameText);
    throw err;
  }
}
