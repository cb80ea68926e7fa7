// The hot read paths that query the pool directly (lib/db/raw-sql.ts) get the values Prisma's $queryRaw gives,
// whatever the server process's time zone: a clerk's server in China runs at UTC+8, and a timestamp without time
// zone (how Prisma stores DateTime, in UTC) read as local time would move every date by eight hours.
import { afterEach, describe, expect, it } from "vitest";
import { db, dbPool } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { preparedRows, rawRows } from "@/lib/db/raw-sql";
import { createTestBlock, unique } from "@/lib/testing/factories";

const savedZone = process.env.TZ;
afterEach(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

describe("rawRows", () => {
  it.each(["Asia/Shanghai", "America/New_York", "UTC"])("reads and binds as $queryRaw does in %s", async (zone) => {
    process.env.TZ = zone;
    const tag = unique("原始");
    const block = await createTestBlock({ text: "压实企业主体责任。", tags: [tag, "责任"] });
    const usedAt = new Date("2026-03-01T00:30:00.123Z"); // a date on which the zones disagree
    await db().block.update({ where: { id: block.id }, data: { lastUsedAt: usedAt, placeholders: [{ text: "×" }] } });
    const sql = Prisma.sql`
      SELECT b.id, b.created_at, b.last_used_at, b.tags, b.placeholders, b.char_count, b.use_count > 0 AS used,
             (extract(epoch FROM b.last_used_at))::float8 AS seconds, count(*) OVER ()::int AS n,
             b.last_used_at = ${usedAt} AS same, b.last_used_at >= ${new Date(usedAt.getTime() + 1)} AS later
      FROM blocks b WHERE b.id = ${block.id}`;
    const [direct] = await rawRows<Record<string, unknown>[]>(dbPool(), sql);
    const [prisma] = await db().$queryRaw<Record<string, unknown>[]>(sql);
    expect(direct).toEqual(prisma);
    expect(direct).toMatchObject({ last_used_at: usedAt, tags: [tag, "责任"], same: true, later: false, n: 1 });
    expect(direct!.seconds).toBe(usedAt.getTime() / 1000);
  });
});

describe("preparedRows", () => {
  it("answers as rawRows does, run after run (past the five custom plans), for each statement's own text", async () => {
    const tag = unique("预备");
    const blocks = [];
    for (const text of ["燃气管道巡查。", "压实企业主体责任。", "汛期防汛。"])
      blocks.push(await createTestBlock({ text, tags: [tag] }));
    const byIds = (ids: string[]) =>
      Prisma.sql`SELECT b.id, b.text, b.created_at FROM unnest(${ids}::text[]) AS x(id) JOIN blocks b ON b.id = x.id
        ORDER BY b.text`;
    const count = (t: string) => Prisma.sql`SELECT count(*)::int AS n FROM blocks b WHERE ${t} = ANY(b.tags)`;
    for (let run = 0; run < 8; run++) {
      const ids = blocks.slice(run % 3).map((b) => b.id);
      expect(await preparedRows(byIds(ids))).toEqual(await rawRows(dbPool(), byIds(ids)));
      expect(await preparedRows(count(tag))).toEqual([{ n: 3 }]); // another text: another statement
    }
  });
});
