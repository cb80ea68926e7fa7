// What the 素材库 page needs besides search results: the taxonomy for tabs and forms, the meetings for the
// "used in meeting" filter, and whether the library holds anything at all; and the page's URL as it should read.
import { db } from "../db/client";
import { canonicalCategoryRefs } from "../categories/category-refs";
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

/**
 * The library's query string as it should read when the given one names a category by id (a link from before
 * categories were named by key) or by the key of a merged category; null when it already reads right. Every other
 * parameter keeps its place and value.
 */
export async function canonicalLibraryQuery(query: URLSearchParams): Promise<string | null> {
  const keys = await canonicalCategoryRefs(query.getAll("category"));
  if (!keys) return null;
  const next = new URLSearchParams();
  let i = 0;
  for (const [name, value] of query) next.append(name, name === "category" ? keys[i++]! : value);
  return next.toString();
}
