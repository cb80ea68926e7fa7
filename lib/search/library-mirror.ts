// A copy of the library's visible blocks in this process's memory: what the facet counts need of each block (its
// text as the index sees it, category, kind, flags, length, tags), what the explicit sorts order by, and what a
// near match shows (mirror-hits.ts). Counting a common word's facets in PostgreSQL reads most of the table (安全 is
// in nine blocks of ten: 60–100 ms at 100,000 blocks); the copy counts them in a tenth of that (mirror-facets.ts).
//
// The copy is loaded once, behind the first search that wants it (PostgreSQL counts meanwhile), and then caught up
// before each use by reading again only the blocks that changed: triggers on blocks log them with their
// transaction (migration 20261203090000_library_changes). Each read remembers the oldest transaction still running
// at its snapshot, and the next read takes every change from that transaction on, so a change that commits late is
// never missed. A search waits for a catch-up that starts after it arrived, so it sees every change committed
// before it (a clerk's own edit, for one).
import { CATEGORIES_FINGERPRINT_SQL } from "../categories/category-refs";
import { db, dbPool } from "../db/client";
import { preparedRows, rawRows } from "../db/raw-sql";
import { Prisma } from "../db/generated/client";
import { MirrorColumns, type MirrorRow } from "./mirror-columns";

/** `categories`: the categories table's fingerprint as of the last read (category-refs.ts). */
export type LibraryMirror = { columns: MirrorColumns; horizon: string; readAt: number; categories: string };

/** A copy not caught up for this long may have lost changes to the log's pruning: it is loaded anew. */
const STALE_AFTER_MS = 30 * 60_000;
/** The log keeps an hour of changes (twice the above), pruned at most this often by each process. */
const PRUNE_EVERY_MS = 10 * 60_000;
/** More changed blocks than this at once (a large import) are cheaper to load anew, behind the searches. */
const MAX_CHANGES = 5000;

type Horizon = { horizon: string; categories: string };
type ChangeRow = Horizon & { changed: string | null; visible: boolean } & Partial<MirrorRow>;

const visibleBlock = Prisma.sql`b.merged_into_id IS NULL AND b.hidden = false`;
const columns = Prisma.sql`b.id, b.text, b.category_id AS category, b.kind = 'HEADING' AS heading, b.curated,
  b.placeholders <> '[]'::jsonb AS ph, b.use_count > 0 AS used, b.char_count AS chars, b.tags, b.use_count AS uses,
  (extract(epoch FROM b.created_at) * 1000000)::float8 AS created,
  (extract(epoch FROM b.last_used_at) * 1000000)::float8 AS "lastUsed", b.level, b.version, b.placeholders AS spans,
  coalesce((SELECT s.title FROM corpus_speeches s WHERE s.id = b.source_speech_id),
           (SELECT d.file_name FROM source_documents d WHERE d.id = b.source_document_id)) AS "sourceTitle"`;
// The categories' fingerprint comes with every read: a search filtering by category then needs no lookup of its own.
const horizonSql = Prisma.sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
  ${CATEGORIES_FINGERPRINT_SQL} AS categories`;

type State = {
  mirror: LibraryMirror | null;
  loading: Promise<void> | null;
  running: Promise<LibraryMirror | null> | null;
  next: Promise<LibraryMirror | null> | null;
  prunedAt: number;
};
const globalForMirror = globalThis as unknown as { __jgtLibraryMirror?: State };
const state = () =>
  (globalForMirror.__jgtLibraryMirror ??= { mirror: null, loading: null, running: null, next: null, prunedAt: 0 });

async function load(): Promise<LibraryMirror> {
  // One statement: the blocks and the horizon come from the same snapshot.
  const rows = await rawRows<(Horizon & Partial<MirrorRow>)[]>(
    dbPool(),
    Prisma.sql`SELECT h.horizon, h.categories, ${columns} FROM (${horizonSql}) h LEFT JOIN blocks b ON ${visibleBlock}`,
  );
  const mirror = new MirrorColumns(Math.max(1024, rows.length));
  for (const [i, r] of rows.entries()) {
    if (r.id) mirror.put(r as MirrorRow);
    // Other requests get the event loop now and then: putting 100,000 blocks takes a few hundred milliseconds.
    if (i % 5000 === 4999) await new Promise((resolve) => setImmediate(resolve));
  }
  return { columns: mirror, horizon: rows[0]!.horizon, readAt: Date.now(), categories: rows[0]!.categories };
}

/** Loads the copy behind the caller (once at a time); a failed load leaves none, and a later search tries again. */
export function startLoading(): Promise<void> {
  const s = state();
  s.loading ??= load()
    .then((m) => void (s.mirror = m))
    .catch(() => undefined)
    .finally(() => (s.loading = null));
  return s.loading;
}

/** Reads the blocks changed since the copy's horizon; null when the copy must be loaded anew (started behind). */
async function readChanges(m: LibraryMirror): Promise<LibraryMirror | null> {
  const s = state();
  // Before every search that counts in the copy: on the pool directly, prepared (raw-sql.ts), a millisecond less.
  const rows = await preparedRows<ChangeRow[]>(Prisma.sql`
    WITH c AS (SELECT DISTINCT block_id FROM library_changes WHERE xid >= ${m.horizon}::xid8 LIMIT ${MAX_CHANGES + 1})
    SELECT h.horizon, h.categories, c.block_id AS changed, (b.id IS NOT NULL AND ${visibleBlock}) AS visible, ${columns}
    FROM (${horizonSql}) h LEFT JOIN c ON true LEFT JOIN blocks b ON b.id = c.block_id`);
  // The copy was forgotten meanwhile (forgetMirror): this reading belongs to it, not to the fresh state.
  if (s !== state()) return null;
  const changed = rows.filter((r) => r.changed !== null);
  if (changed.length > MAX_CHANGES || changed.some((r) => r.changed === "*")) {
    state().mirror = null;
    void startLoading();
    return null;
  }
  for (const r of changed) {
    if (r.visible) m.columns.put(r as MirrorRow);
    else m.columns.remove(r.changed!);
  }
  m.horizon = rows[0]!.horizon;
  m.categories = rows[0]!.categories;
  m.readAt = Date.now();
  pruneLater();
  return m;
}

function pruneLater() {
  const s = state();
  if (Date.now() - s.prunedAt < PRUNE_EVERY_MS) return;
  s.prunedAt = Date.now();
  db().$executeRaw`DELETE FROM library_changes WHERE changed_at < now() - interval '1 hour'`.catch(() => undefined);
}

/** One catch-up at a time; callers arriving while one runs share the next, which starts after it. */
function catchUp(m: LibraryMirror): Promise<LibraryMirror | null> {
  const s = state();
  if (s.next) return s.next;
  if (s.running) {
    s.next = s.running
      .catch(() => null)
      .then(() => {
        s.next = null;
        return s.mirror ? catchUp(s.mirror) : null;
      });
    return s.next;
  }
  s.running = readChanges(m).finally(() => (s.running = null));
  return s.running;
}

/**
 * The copy, caught up with every change committed before this call; null while it is being loaded (the caller
 * counts in PostgreSQL) or when it could not be read.
 */
export async function currentMirror(): Promise<LibraryMirror | null> {
  const m = state().mirror;
  if (!m || Date.now() - m.readAt > STALE_AFTER_MS) {
    state().mirror = null;
    void startLoading();
    return null;
  }
  return catchUp(m).catch(() => null);
}

/** For tests and the benchmark: forget the copy and any load or catch-up under way (the next search loads it
 *  anew), so that one begun on another database never lands in the fresh state. */
export function forgetMirror() {
  globalForMirror.__jgtLibraryMirror = undefined;
}
