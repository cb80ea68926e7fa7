// Vitest global setup for the integration project: one fresh database per run, dropped afterwards.
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("int");
  console.log(`[integration] 测试数据库 ${database.name} @ ${database.server}`);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}
