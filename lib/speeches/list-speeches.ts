// 讲话稿 list: filtered by status, meeting (or none), speaker (a substring: 县长 finds 县长 张三) and title
// (a substring); newest updated first; paged.
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { ListSpeechesQuery } from "./schemas";
import { speechListSelect, toSpeechListItem } from "./speech-row";
import type { SpeechList } from "./types";
import { clampPage } from "../db/clamp-page";
import { likeLiteral } from "../db/like-literal";

export async function listSpeeches({
  status,
  meetingId,
  speaker,
  q,
  page,
  pageSize,
}: ListSpeechesQuery): Promise<SpeechList> {
  const where: Prisma.SpeechWhereInput = {
    ...(status ? { status } : {}),
    ...(meetingId ? { meetingId: meetingId === "none" ? null : meetingId } : {}),
    ...(speaker ? { speaker: { contains: likeLiteral(speaker), mode: "insensitive" } } : {}),
    ...(q ? { title: { contains: likeLiteral(q), mode: "insensitive" } } : {}),
  };
  const total = await db().speech.count({ where });
  const shown = clampPage(page, total, pageSize);
  const rows = await db().speech.findMany({
    where,
    select: speechListSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: pageSize,
    skip: (shown - 1) * pageSize,
  });
  return { speeches: rows.map(toSpeechListItem), total, page: shown, pageSize };
}
