// The audit page's query: filter by action, user name (the acting user's or the name typed at sign-in) and a
// range of days in China time, newest first, one page at a time.
import { z } from "zod";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { likeLiteral } from "../db/like-literal";

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 年-月-日。")
  // A day that exists: Date.parse reads 2026-02-30 as 2026-03-02, so the day must come back as written.
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, "请输入有效的日期（这一天不存在）。");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const auditQuery = z
  .object({
    action: z.preprocess(blankToUndefined, z.string().trim().max(64, "操作类型过长。").optional()),
    username: z.preprocess(blankToUndefined, z.string().trim().max(64, "用户名过长。").optional()),
    from: z.preprocess(blankToUndefined, day.optional()),
    to: z.preprocess(blankToUndefined, day.optional()),
    page: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "页码无效。" })
        .int("页码无效。")
        .min(1, "页码无效。")
        .max(100_000, "页码无效。")
        .default(1),
    ),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, "开始日期不能晚于结束日期。");
export type AuditQuery = z.infer<typeof auditQuery>;

/** Midnight at the start of a China-time day (UTC+8 all year). */
const chinaMidnight = (d: string) => new Date(`${d}T00:00:00+08:00`);
const DAY_MS = 24 * 60 * 60 * 1000;

export async function searchAudit(q: Partial<AuditQuery>, pageSize = AUDIT_PAGE_SIZE) {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (q.action) and.push({ action: q.action });
  if (q.username) {
    const name = { contains: likeLiteral(q.username), mode: "insensitive" as const };
    and.push({ OR: [{ username: name }, { user: { username: name } }] });
  }
  if (q.from) and.push({ at: { gte: chinaMidnight(q.from) } });
  if (q.to) and.push({ at: { lt: new Date(chinaMidnight(q.to).getTime() + DAY_MS) } });
  const where: Prisma.AuditLogWhereInput = and.length ? { AND: and } : {};

  const total = await db().auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(q.page ?? 1, pageCount);
  const rows = await db().auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    include: { user: { select: { username: true, displayName: true } } },
  });
  // Entries about a user name that user (accounts are never deleted, but a name may have been shown wrong).
  const userIds = [...new Set(rows.filter((r) => r.targetType === "user" && r.targetId).map((r) => r.targetId!))];
  const targets = userIds.length
    ? await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, username: true } })
    : [];
  const targetName = new Map(targets.map((t) => [t.id, t.username]));
  const entries = rows.map((r) => ({
    id: r.id.toString(),
    at: r.at.toISOString(),
    action: r.action,
    username: r.user?.username ?? r.username,
    displayName: r.user?.displayName ?? null,
    typedUsername: r.username,
    ip: r.ip,
    targetType: r.targetType,
    targetId: r.targetId,
    targetName: r.targetType === "user" && r.targetId ? (targetName.get(r.targetId) ?? null) : null,
    details: r.details,
  }));
  return { entries, total, page, pageCount, pageSize };
}
export type AuditPage = Awaited<ReturnType<typeof searchAudit>>;
export type AuditEntryView = AuditPage["entries"][number];
