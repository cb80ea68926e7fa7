import { db } from "../db/client";
import { DEFAULT_TAXONOMY } from "./default-taxonomy";

/** Seeds the default taxonomy when the table is empty (first start). Returns how many were created. */
export async function seedCategoriesIfEmpty(): Promise<number> {
  if ((await db().category.count()) > 0) return 0;
  const r = await db().category.createMany({
    data: DEFAULT_TAXONOMY.map((c, i) => ({
      key: c.key,
      name: c.key,
      description: c.description,
      signals: c.signals,
      sortOrder: (i + 1) * 10,
    })),
    skipDuplicates: true,
  });
  return r.count;
}

export async function listCategories() {
  return db().category.findMany({ where: { mergedIntoId: null }, orderBy: { sortOrder: "asc" } });
}
