// What the 素材库 page needs besides search results: the taxonomy for tabs and forms, the meetings for the
// "used in meeting" filter, and whether the library holds anything at all.
import { db } from "../db/client";
import { listCategories } from "../categories/seed-categories";

export async function libraryPageData() {
  const [categories, meetings, blockCount] = await Promise.all([
    listCategories(),
    db().meeting.findMany({
      select: { id: true, title: true, date: true },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      take: 500,
    }),
    db().block.count({ where: { mergedIntoId: null } }),
  ]);
  return {
    categories: categories.map((c) => ({ id: c.id, key: c.key, name: c.name, description: c.description })),
    meetings: meetings.map((m) => ({ id: m.id, title: m.title, date: m.date ? m.date.toISOString() : null })),
    blockCount,
  };
}
