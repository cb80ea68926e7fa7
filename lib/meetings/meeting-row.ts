// One meeting row as the pages read it (shared by list, get, create and update).
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import type { MeetingRow } from "./types";

export const meetingRowSelect = {
  id: true,
  title: true,
  date: true,
  type: true,
  level: true,
  audience: true,
  location: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { speeches: true } },
} satisfies Prisma.MeetingSelect;

type Row = Prisma.MeetingGetPayload<{ select: typeof meetingRowSelect }>;

/** A DATE column as written: 2025-03-01. */
export const dayOrNull = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

export const toMeetingRow = ({ _count, ...m }: Row): MeetingRow => ({
  ...m,
  date: dayOrNull(m.date),
  speechCount: _count.speeches,
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
});

export const meetingNotFound = () => new AppError("not_found", "会议不存在或已被删除。");
