// The live category of each library block a speech uses (a block's category may have been merged into another).
import { db } from "../db/client";
import { resolveCategoryRef } from "../categories/category-refs";

export async function blockCategoriesOf(blockIds: readonly string[]): Promise<Map<string, string | null>> {
  if (!blockIds.length) return new Map();
  const [blocks, categories] = await Promise.all([
    db().block.findMany({ where: { id: { in: [...blockIds] } }, select: { id: true, categoryId: true } }),
    db().category.findMany({ select: { id: true, key: true, mergedIntoId: true } }),
  ]);
  return new Map(
    blocks.map((b) => [b.id, b.categoryId ? (resolveCategoryRef(b.categoryId, categories)?.id ?? null) : null]),
  );
}
