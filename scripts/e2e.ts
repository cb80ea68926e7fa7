// `npm run test:e2e`: fresh database, production build, then Playwright; the database is dropped afterwards.
// The import worker runs in this process while Playwright runs, as it runs inside `npm start`.
import { spawn } from "node:child_process";
import { BROWSER_ENV, describeBrowser, NO_BROWSER_MESSAGE, resolveChromium } from "../e2e/support/browser";
import { findFreePort } from "../lib/db/embedded";
import { createTestDatabase } from "../tests/support/test-database";
import { seedCategoriesIfEmpty } from "../lib/categories/seed-categories";
import { db } from "../lib/db/client";
import { startImportWorker } from "../lib/imports/import-worker";
import { ensureBuild } from "./build";

async function main(): Promise<number> {
  const browser = await resolveChromium();
  if (!browser) {
    console.error(NO_BROWSER_MESSAGE);
    return 1;
  }
  console.log(`[e2e] 浏览器：${describeBrowser(browser)}`);
  ensureBuild();
  const database = await createTestDatabase("e2e");
  try {
    process.env.DATABASE_URL = database.url;
    await seedCategoriesIfEmpty();
    const worker = await startImportWorker({ pollingIntervalSeconds: 0.5 });
    const port = await findFreePort(3210);
    console.log(`[e2e] 测试数据库 ${database.name} @ ${database.server}，端口 ${port}`);
    const playwright = spawn(
      process.execPath,
      ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          [BROWSER_ENV]: JSON.stringify(browser),
          E2E_DATABASE_URL: database.url,
          E2E_PORT: String(port),
          DATABASE_URL: database.url,
        },
      },
    );
    const status = await new Promise<number>((resolve) => playwright.on("exit", (code) => resolve(code ?? 1)));
    await worker.stop();
    await db().$disconnect();
    return status;
  } finally {
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
