// Append-only audit trail of sign-ins and changes.
import type { Prisma } from "../db/generated/client";
import { db, type DbTx } from "../db/client";
import { auditAddress } from "./audit-address";

export type AuditEntry = {
  action: string;
  userId?: string | null;
  username?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
};

export async function writeAudit(entry: AuditEntry, tx: DbTx = db()): Promise<void> {
  await tx.auditLog.create({
    data: {
      action: entry.action,
      userId: entry.userId ?? null,
      username: entry.username ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.ip ?? auditAddress(),
      details: entry.details,
    },
  });
}

export async function listAudit(opts: { take?: number; action?: string } = {}) {
  return db().auditLog.findMany({
    where: opts.action ? { action: opts.action } : undefined,
    orderBy: { at: "desc" },
    take: Math.min(opts.take ?? 100, 500),
    include: { user: { select: { username: true, displayName: true } } },
  });
}
