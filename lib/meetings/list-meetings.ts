// 会议 list: newest meeting day first (meetings without a day after those with one, newest registered first),
// each with its number of speeches; optionally filtered by a title substring; paged.
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { meetingRowSelect, toMeetingRow } from "./meeting-row";
import type { ListMeetingsQuery } from "./schemas";
import type { MeetingList } from "./types";
import { clampPage } from "../db/clamp-page";
import { likeLiteral } from "../db/like-literal";

export async function listMeetings({ q, page, pageSize }: ListMeetingsQuery): Promise<MeetingList> {
  const where: Prisma.MeetingWhereInput = q ? { title: { contains: likeLiteral(q), mode: "insensitive" } } : {};
  const total = await db().meeting.count({ where });
  const shown = clampPage(page, total, pageSize);
  const rows = await db().meeting.findMany({
    where,
    select: meetingRowSelect,
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    take: pageSize,
    skip: (shown - 1) * pageSize,
  });
  return { meetings: rows.map(toMeetingRow), total, page: shown, pageSize };
}
