// Which errors mean "the database is away" (503 「数据库暂时不可用」) and which stay ordinary server errors.
// tests/integration/embedded-watchdog.test.ts checks the real errors of a killed server.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's, the adapter's, PostgreSQL's and pg's ways of saying the database is away", () => {
    for (const err of [
      { code: "P1001", message: "Can't reach database server at 127.0.0.1:54329" },
      { code: "P2024", message: "Timed out fetching a new connection from the connection pool." },
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } },
      { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } },
      { code: "57P01", message: "terminating connection due to administrator command" },
      { code: "57P03", message: "the database system is starting up" },
      { code: "08006", message: "connection failure" },
      new Error("Connection terminated unexpectedly"),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54329"), { code: "ECONNREFUSED" }),
    ]) {
      expect(isDatabaseUnavailable(err), JSON.stringify(err)).toBe(true);
    }
  });

  it("leaves other errors alone", () => {
    for (const err of [
      null,
      "Connection terminated",
      new Error("boom"),
      { code: "P2002", message: "Unique constraint failed on the fields: (`name`)" },
      { code: "23505", message: "duplicate key value violates unique constraint" },
      { code: "57014", message: "canceling statement due to statement timeout" },
    ]) {
      expect(isDatabaseUnavailable(err), JSON.stringify(err)).toBe(false);
    }
  });
});
