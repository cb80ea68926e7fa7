// Recognises errors that mean "the database cannot be reached right now" (it is down, restarting, or dropped
// the connection), so that the route wrapper answers 503 with a Chinese message instead of a 500 and a stack trace.
// Prisma wraps them in different ways depending on where they happened: its own codes (P1001 cannot reach,
// P1017 connection closed, P2024 pool timeout), the adapter's kinds (DatabaseNotReachable, ConnectionClosed,
// SocketTimeout), PostgreSQL's SQLSTATEs (57P01–57P03 shutting down or starting up, class 08 connection
// exceptions), or pg's own "Connection terminated" messages and socket error codes.
export const DATABASE_UNAVAILABLE_MESSAGE = "数据库暂时不可用，请稍后重试；如果持续出现，请联系管理员。";

const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const SQLSTATE = /^(57P0[123]|08\d{3})$/;
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const MESSAGES =
  /Connection terminated|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to (administrator command|crash of another server process)|ECONNREFUSED|ECONNRESET|Timed out fetching a new connection|connection timeout expired/i;

type Shape = { code?: unknown; kind?: unknown; cause?: unknown; meta?: unknown; message?: unknown };

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as Shape;
  const code = typeof e.code === "string" ? e.code : "";
  if (PRISMA_CODES.has(code) || SQLSTATE.test(code) || SOCKET_CODES.has(code)) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  // Prisma's errors carry the driver adapter's error in `meta.driverAdapterError` or `cause`.
  const meta = e.meta as { driverAdapterError?: unknown } | undefined;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}
