// Seeding happens only into an empty taxonomy, so this file works in its own database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEFAULT_TAXONOMY } from "@/lib/categories/default-taxonomy";
import { listCategories, seedCategoriesIfEmpty } from "@/lib/categories/seed-categories";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";

let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await useIsolatedDatabase("cats");
});
afterAll(async () => {
  await iso.restore();
});

describe("seedCategoriesIfEmpty", () => {
  it("seeds the 10 default categories into an empty database, in order, then does nothing", async () => {
    expect(DEFAULT_TAXONOMY).toHaveLength(10);
    expect(await db().category.count()).toBe(0);
    expect(await seedCategoriesIfEmpty()).toBe(10);

    const rows = await db().category.findMany({ orderBy: { sortOrder: "asc" } });
    expect(rows.map((c) => c.key)).toEqual([
      "开场",
      "形势分析",
      "思想认识",
      "隐患排查",
      "监管执法",
      "责任落实",
      "应急管理",
      "宣传培训",
      "基层基础",
      "结尾",
    ]);
    expect(rows.map((c) => c.sortOrder)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    for (const [i, row] of rows.entries()) {
      expect(row).toMatchObject({
        name: DEFAULT_TAXONOMY[i].key,
        description: DEFAULT_TAXONOMY[i].description,
        signals: DEFAULT_TAXONOMY[i].signals,
        mergedIntoId: null,
      });
    }

    expect(await seedCategoriesIfEmpty()).toBe(0);
    expect(await db().category.count()).toBe(10);
  });

  it("keeps an administrator's edits: no re-seed after deletions", async () => {
    await db().category.delete({ where: { key: "结尾" } });
    expect(await seedCategoriesIfEmpty()).toBe(0);
    expect(await db().category.count()).toBe(9);
  });

  it("listCategories hides merged categories and keeps the order", async () => {
    const survivor = await db().category.findUniqueOrThrow({ where: { key: "开场" } });
    await db().category.update({ where: { key: "形势分析" }, data: { mergedIntoId: survivor.id } });
    const keys = (await listCategories()).map((c) => c.key);
    expect(keys).not.toContain("形势分析");
    expect(keys[0]).toBe("开场");
    expect(keys).toHaveLength(8);
  });
});
