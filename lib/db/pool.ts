// Connection pools (node-postgres) for the Prisma client's adapter and for the few hot read paths that query
// directly (raw-sql.ts). Values come back as Prisma's $queryRaw returns them where the two differ: a timestamp
// without time zone (how Prisma stores DateTime) is UTC, not the server process's local time.
import pg from "pg";

const TIMESTAMP = 1114;
const IDLE_MS = 10 * 60_000;

const utcTimestamp = (value: string) => new Date(value.replace(" ", "T") + "Z");

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP && format !== "binary"
      ? utcTimestamp
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

export function createPool(url: string, opts: { max: number; options?: string }): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max,
    options: opts.options,
    types,
    // Idle connections do not keep a finished process (a test, a command) alive.
    allowExitOnIdle: true,
    // Kept open between a clerk's searches: node-postgres's default closes them after 10 s idle, and the next
    // statement then paid a new connection (set-up, cold catalog caches, prepared statements again): 17 ms instead
    // of 1.6 for the category lookup after 11 s.
    idleTimeoutMillis: IDLE_MS,
  });
  // An idle connection the server ended (a restart, a dropped database) is replaced on the next query; without a
  // listener its error would end the process.
  pool.on("error", () => undefined);
  return pool;
}
