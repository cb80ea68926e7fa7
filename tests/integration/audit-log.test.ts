import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listAudit, writeAudit } from "@/lib/audit/audit-log";
import { createTestUser, unique } from "@/lib/testing/factories";

describe("audit log", () => {
  it("writeAudit stores the entry; listAudit filters by action, newest first, with the user", async () => {
    const user = await createTestUser({ displayName: "审计人" });
    const action = unique("test.action");
    await writeAudit({
      action,
      userId: user.id,
      targetType: "block",
      targetId: "b1",
      ip: "192.0.2.1",
      details: { n: 1 },
    });
    await writeAudit({ action, username: "typed-name" });
    const rows = await listAudit({ action });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ action, userId: null, username: "typed-name", ip: null, user: null });
    expect(rows[1]).toMatchObject({
      action,
      userId: user.id,
      targetType: "block",
      targetId: "b1",
      ip: "192.0.2.1",
      details: { n: 1 },
      user: { username: user.username, displayName: "审计人" },
    });
  });

  it("listAudit caps take at 500 and defaults to 100", async () => {
    const action = unique("bulk");
    await db().auditLog.createMany({ data: Array.from({ length: 510 }, () => ({ action })) });
    expect(await listAudit({ action, take: 10_000 })).toHaveLength(500);
    expect(await listAudit({ action })).toHaveLength(100);
    expect(await listAudit({ action, take: 3 })).toHaveLength(3);
  });

  it("keeps the entry when the user is deleted (user set to null)", async () => {
    const user = await createTestUser();
    const action = unique("keep");
    await writeAudit({ action, userId: user.id });
    await db().user.delete({ where: { id: user.id } });
    const [row] = await listAudit({ action });
    expect(row.userId).toBeNull();
  });
});
