// Connection pools (node-postgres) for the Prisma client's adapter and for the few hot read paths that query
// directly (raw-sql.ts). Values come back as Prisma's $queryRaw returns them where the two differ: a timestamp
// without time zone (how Prisma stores DateTime) is UTC, not the server process's local time.
import pg from "pg";

const TIMESTAMP = 1114;

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
  });
  // An idle connection the server ended (a restart, a dropped database) is replaced on the next query; without a
  // listener its error would end the process.
  pool.on("error", () => undefined);
  return pool;
}
